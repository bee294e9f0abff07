#!/usr/bin/env python3
"""Build models/text/traditional-chars.tsv and models/text/traditional-phrases.tsv from OpenCC's dictionaries.

OpenCC (Apache-2.0) ships data/dictionary/TSCharacters.txt and TSPhrases.txt in its npm package `opencc`:
one traditional character or phrase, a tab, and its simplified forms separated by spaces (first is the
default). CampaignText folds text to simplified for analysis without changing its length, so every index
in the folded copy is an index in the original:

- traditional-chars.tsv: the rows where one BMP character maps to one BMP character (first form);
- traditional-phrases.tsv: the TSPhrases rows whose simplified form has the same length as the phrase
  and differs from folding it character by character (乾坤 stays 乾坤, 一目瞭然 becomes 一目了然). A
  character the phrase leaves as written is folded by the character table unless TSCharacters lists it
  among its own simplified forms (乾 → 干 乾), since OpenCC applies no character table after a phrase.

Usage: python3 scripts/text/build_traditional.py [path/to/opencc/data/dictionary]
Without a path it runs `npm pack opencc` in a temporary folder and reads the files from the package.
"""
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.normpath(os.path.join(HERE, "..", "..", "models", "text"))


def read_sources(argv):
    names = ("TSCharacters.txt", "TSPhrases.txt")
    if len(argv) > 1:
        out = {}
        for n in names:
            with open(os.path.join(argv[1], n), encoding="utf-8") as f:
                out[n] = f.read().splitlines()
        pkg = os.path.join(argv[1], "..", "..", "package.json")
        if os.path.exists(pkg):
            import json
            with open(pkg, encoding="utf-8") as f:
                return out, f"opencc {json.load(f)['version']} (npm)"
        return out, "given folder"
    with tempfile.TemporaryDirectory() as tmp:
        res = subprocess.run(["npm", "pack", "opencc", "--silent"], cwd=tmp, check=True, capture_output=True, text=True)
        tgz = os.path.join(tmp, res.stdout.strip().splitlines()[-1])
        version = os.path.basename(tgz)[len("opencc-"):-len(".tgz")]
        out = {}
        with tarfile.open(tgz) as t:
            for n in names:
                out[n] = t.extractfile("package/data/dictionary/" + n).read().decode("utf-8").splitlines()
        return out, f"opencc {version} (npm)"


def rows(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        forms = values.split(" ") if values else []
        if key and forms and forms[0]:
            yield key, forms


def bmp(s):
    return all(ord(c) < 0x10000 for c in s)


def main(argv):
    src, origin = read_sources(argv)
    chars, alternatives = {}, {}
    for key, forms in rows(src["TSCharacters.txt"]):
        if len(key) != 1:
            continue
        alternatives[key] = set(forms)
        first = forms[0]
        if len(first) == 1 and bmp(key + first) and key != first:
            chars.setdefault(key, first)

    def fold(s):
        return "".join(chars.get(c, c) for c in s)

    phrases = {}
    for key, forms in rows(src["TSPhrases.txt"]):
        target = forms[0]
        if len(key) < 2 or len(target) != len(key) or not bmp(key + target):
            continue
        out = []
        for k, p in zip(key, target):
            if p != k or k not in chars or k in alternatives.get(k, ()):
                out.append(p)
            else:
                out.append(chars[k])
        final = "".join(out)
        if final != fold(key):
            phrases.setdefault(key, final)

    head = (f"# from OpenCC's {{}} ({origin}), Apache-2.0 (see models/SOURCES.md).\n"
            "# Built by scripts/text/build_traditional.py; do not edit by hand.\n")
    with open(os.path.join(MODELS, "traditional-chars.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Traditional -> simplified, one character to one,\n" + head.format("TSCharacters.txt"))
        for k in sorted(chars):
            f.write(f"{k}\t{chars[k]}\n")
    with open(os.path.join(MODELS, "traditional-phrases.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Traditional phrase -> simplified phrase of the same length, where it differs from folding char by char,\n"
                + head.format("TSPhrases.txt"))
        for k in sorted(phrases):
            f.write(f"{k}\t{phrases[k]}\n")
    print(f"{len(chars)} characters, {len(phrases)} phrases")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
