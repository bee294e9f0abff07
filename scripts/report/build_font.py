#!/usr/bin/env python3
"""Build models/report/cjk-subset.woff2: Noto Sans CJK SC (OFL 1.1, models/report/OFL.txt) cut down to the
characters the report can show: the 3,500 characters most frequent in jieba's dictionary (weighted by word
frequency), every character of the gazetteer, the report's labels, the stop lists and the corpus, plus ASCII
and common CJK punctuation. Characters outside the subset fall back to the reader's fonts.

Needs fontTools and brotli (Debian: python3-fonttools python3-brotli) and the font
(Debian: fonts-noto-cjk, /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc; or pass its path).

    python3 scripts/report/build_font.py [NotoSansCJK-Regular.ttc]
"""
import collections
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parents[2]
FONT = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC = 2  # Noto Sans CJK SC in the collection (JP, KR, SC, TC, HK, ...)


def cjk(ch):
    return "\u3400" <= ch <= "\u9fff"


def main():
    freq = collections.Counter()
    for line in (ROOT / "models/jieba/dict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            for ch in parts[0]:
                if cjk(ch):
                    freq[ch] += int(parts[1])
    chars = {ch for ch, _ in freq.most_common(3500)}
    sources = [ROOT / "models/gazetteer", ROOT / "models/report", ROOT / "models/terms", ROOT / "corpus"]
    for source in sources:
        for path in sorted(source.rglob("*")):
            if path.suffix in (".tsv", ".txt", ".md"):
                chars.update(ch for ch in path.read_text(encoding="utf-8", errors="ignore") if cjk(ch))
    chars.update(chr(c) for c in range(0x20, 0x7F))
    chars.update("，。、；：？！“”‘’（）【】《》〈〉「」—…·％～￥×－＋／　")
    unicodes = sorted(ord(c) for c in chars)

    font = TTCollection(FONT).fonts[SC]
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    out = ROOT / "models/report/cjk-subset.woff2"
    font.flavor = "woff2"
    font.save(str(out))
    print(f"{out.relative_to(ROOT)}: {len(unicodes)} characters, {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
