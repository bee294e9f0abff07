#!/usr/bin/python3
"""Check models/lexicon/campaign.txt against jieba.

    /usr/bin/python3 scripts/lexicon/check_campaign.py [--diff FILE...]

1. Validates the lexicon file (format, duplicates, tags).
2. Segments every case of tests/CampaignText.Tests/Specs/Segmentation/campaign-lexicon.tsv (sentence<TAB>expected tokens separated by
   spaces) with jieba's own dictionary alone and with campaign.txt loaded through jieba.load_userdict,
   in jieba's default mode (accurate, HMM on). A case passes when the token sequence equals the
   expected one exactly, so a case also fails when the lexicon breaks an ordinary word around a term.
3. Prints how jieba's own dictionary splits the key campaign terms, next to the split with the lexicon.
With --diff, also prints every stretch of the given text files that the lexicon segments differently.
Exit status 0 when every case passes with the lexicon, 1 otherwise.
"""
import collections
import logging
import os
import re
import sys

import jieba

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LEXICON = os.path.join(ROOT, "models", "lexicon", "campaign.txt")
CASES = os.path.join(HERE, "..", "..", "tests", "CampaignText.Tests", "Specs", "Segmentation", "campaign-lexicon.tsv")

# The same pattern jieba.load_userdict uses.
USERDICT_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$")
ALLOWED_TAGS = {"ns", "nt", "n", "vn", "nz"}

KEY_TERMS = [
    "全国文明城区", "全国文明城市", "文明城区创建", "创城", "创文", "复查迎检", "属地主责",
    "新时代文明实践中心", "新时代文明实践所", "新时代文明实践站", "志愿服务", "门前三包", "垃圾分类",
    "接诉即办", "爱国卫生运动", "背街小巷", "文明引导", "测评体系", "实地考察", "网上申报", "占道经营",
    "乱停乱放", "文明餐桌", "光盘行动", "礼让斑马线", "老旧小区", "物业管理", "一刻钟便民生活圈",
    "首都精神文明办", "首都文明委", "区文明办", "区委宣传部", "创城办", "街道办事处", "精神文明建设委员会",
    "延庆区", "高米店街道", "南磨房地区", "檀营地区",
]


def validate_lexicon(path):
    problems = []
    words = collections.OrderedDict()
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("file starts with a byte order mark")
    text = raw.decode("utf-8")
    if "\r" in text:
        problems.append("file has CR characters")
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line:
            continue
        m = USERDICT_LINE.match(line)
        parts = line.split(" ")
        if not m or len(parts) > 3 or " " in m.group(1):
            problems.append(f"line {lineno}: not 'word [freq] tag': {line!r}")
            continue
        word = m.group(1)
        freq = int(m.group(2)) if m.group(2) else None
        tag = m.group(3).strip() if m.group(3) else None
        if tag not in ALLOWED_TAGS:
            problems.append(f"line {lineno}: tag {tag!r} not one of {sorted(ALLOWED_TAGS)}")
        if word in words:
            problems.append(f"line {lineno}: duplicate entry {word}")
        if freq is not None and freq <= 0:
            problems.append(f"line {lineno}: frequency must be positive")
        words[word] = (freq, tag)
    return words, problems


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            sentence, sep, expected = line.partition("\t")
            tokens = expected.split(" ")
            if not sep or "".join(tokens) != sentence:
                sys.exit(f"campaign-lexicon.tsv:{lineno}: expected tokens do not spell the sentence")
            cases.append((lineno, sentence, tokens))
    return cases


def diff_file(path, plain, lexicon):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    changed = 0
    for para in filter(None, (p.strip() for p in text.split("\n"))):
        a = list(plain.cut(para))
        b = list(lexicon.cut(para))
        if a == b:
            continue
        # report the stretches that differ, aligned on token boundaries common to both
        bounds_a = set(_bounds(a))
        bounds_b = set(_bounds(b))
        common = sorted(bounds_a & bounds_b)
        for start, end in zip(common, common[1:]):
            pa = [t for t, s in zip(a, _starts(a)) if start <= s < end]
            pb = [t for t, s in zip(b, _starts(b)) if start <= s < end]
            if pa != pb:
                changed += 1
                print(f"  {' '.join(pa)}  ->  {' '.join(pb)}")
    print(f"{path}: {changed} stretches segmented differently")


def _starts(tokens):
    pos = 0
    for t in tokens:
        yield pos
        pos += len(t)


def _bounds(tokens):
    pos = 0
    yield 0
    for t in tokens:
        pos += len(t)
        yield pos


def main(argv):
    jieba.setLogLevel(logging.WARNING)
    words, problems = validate_lexicon(LEXICON)
    tags = collections.Counter(tag for _, tag in words.values())
    with_freq = sum(1 for freq, _ in words.values() if freq is not None)
    print(f"lexicon: {len(words)} entries ({', '.join(f'{t} {n}' for t, n in tags.most_common())}); "
          f"{with_freq} with an explicit frequency")
    for p in problems:
        print(f"  problem: {p}")

    plain = jieba.Tokenizer()
    plain.initialize()
    lexicon = jieba.Tokenizer()
    lexicon.load_userdict(LEXICON)
    base_words = {w for w, f in plain.FREQ.items() if f > 0}
    print(f"  {sum(1 for w in words if w in base_words)} entries are also in jieba's dictionary "
          f"(place names and re-tagged words)")

    cases = read_cases(CASES)
    passed_plain = passed_lexicon = 0
    failures = []
    for lineno, sentence, expected in cases:
        got_plain = list(plain.cut(sentence))
        got = list(lexicon.cut(sentence))
        passed_plain += got_plain == expected
        if got == expected:
            passed_lexicon += 1
        else:
            failures.append((lineno, sentence, expected, got))
    print(f"cases: {passed_lexicon}/{len(cases)} pass with the lexicon; "
          f"{passed_plain}/{len(cases)} with jieba's dictionary alone")
    for lineno, sentence, expected, got in failures:
        print(f"  FAIL line {lineno}: {sentence}")
        print(f"    expected: {' '.join(expected)}")
        print(f"    got:      {' '.join(got)}")

    print("key terms: jieba's dictionary alone (no HMM | HMM)  ->  with the lexicon")
    for term in KEY_TERMS:
        a = "/".join(plain.cut(term, HMM=False))
        b = "/".join(plain.cut(term))
        c = "/".join(lexicon.cut(term))
        print(f"  {term}: {a} | {b}  ->  {c}")

    args = argv[1:]
    if args and args[0] == "--diff":
        for path in args[1:]:
            diff_file(path, plain, lexicon)

    return 0 if not failures and not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
