#!/usr/bin/env python3
"""Rebuilds text-radicals.tsv and text-compat-ideographs.tsv from the Unicode Character Database.

Usage: python3 models/text/build_tables.py [UCD_DIR]
UCD_DIR defaults to /usr/share/unicode (Debian package unicode-data) and must hold
EquivalentUnifiedIdeograph.txt. The compatibility ideograph table uses Python's unicodedata (NFKC of
each code point on its own). text-chars.tsv is written by hand and not touched here.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# from\tto\twhen\tnote\n"


def row(src, dst, note):
    to = " ".join(f"{ord(c):04X}" for c in dst)
    return f"{src:04X}\t{to}\talways\t{chr(src)}→{dst} {note}".rstrip() + "\n"


def radicals(ucd):
    rows = []
    path = os.path.join(ucd, "EquivalentUnifiedIdeograph.txt")
    with open(path, encoding="utf-8") as f:
        version = f.readline().lstrip("# ").strip()
        for line in f:
            data = line.split("#", 1)[0].strip()
            if not data:
                continue
            cps, target = (p.strip() for p in data.split(";"))
            lo, _, hi = cps.partition("..")
            lo = int(lo, 16)
            hi = int(hi, 16) if hi else lo
            for cp in range(lo, hi + 1):
                if 0x2E80 <= cp <= 0x2FDF:
                    name = unicodedata.name(chr(cp), "")
                    rows.append(row(cp, chr(int(target, 16)), name))
    with open(os.path.join(HERE, "text-radicals.tsv"), "w", encoding="utf-8") as f:
        f.write("# CJK Radicals Supplement (U+2E80-U+2EFF) and Kangxi Radicals (U+2F00-U+2FD5) to the unified\n")
        f.write("# ideograph Unicode names as their equivalent (" + version + "). Rebuilt by build_tables.py.\n")
        f.write(HEADER)
        f.writelines(rows)
    return len(rows)


def compat():
    rows = []
    for cp in list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20)):
        c = chr(cp)
        if not unicodedata.name(c, "") or not unicodedata.name(c).startswith("CJK COMPATIBILITY IDEOGRAPH"):
            continue
        n = unicodedata.normalize("NFKC", c)
        if n != c:
            rows.append(row(cp, n, ""))
    with open(os.path.join(HERE, "text-compat-ideographs.tsv"), "w", encoding="utf-8") as f:
        f.write("# CJK Compatibility Ideographs (U+F900-U+FAFF, U+2F800-U+2FA1F) to their NFKC form, taken one\n")
        f.write("# code point at a time (Unicode " + unicodedata.unidata_version + "). Rebuilt by build_tables.py.\n")
        f.write(HEADER)
        f.writelines(rows)
    return len(rows)


if __name__ == "__main__":
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    print("radicals", radicals(ucd))
    print("compat", compat())
