#!/usr/bin/env python3
"""Build models/structure/traditional-chars.tsv from OpenCC's TSCharacters dictionary.

OpenCC (Apache-2.0) ships data/dictionary/TSCharacters.txt in its npm package `opencc`: one traditional
character, a tab, and its simplified forms separated by spaces. CampaignText keeps the rows where one
BMP character maps to one BMP character (the first simplified form), so folding text keeps every offset.
The structure stage folds lines only to recognise headings, footer keys, masthead words and office
endings in traditional-script copies; the text itself is kept as written.

Usage: python3 scripts/structure/build_traditional_chars.py [path/to/TSCharacters.txt]
Without a path it runs `npm pack opencc` in a temporary folder and reads the file from the package.
"""
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "models", "structure", "traditional-chars.tsv"))


def source_lines(argv):
    if len(argv) > 1:
        with open(argv[1], encoding="utf-8") as f:
            return f.read().splitlines(), "given file"
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["npm", "pack", "opencc", "--silent"], cwd=tmp, check=True, capture_output=True, text=True)
        tgz = os.path.join(tmp, out.stdout.strip().splitlines()[-1])
        with tarfile.open(tgz) as t:
            member = t.extractfile("package/data/dictionary/TSCharacters.txt")
            version = os.path.basename(tgz)[len("opencc-"):-len(".tgz")]
            return member.read().decode("utf-8").splitlines(), f"opencc {version} (npm)"


def main(argv):
    lines, origin = source_lines(argv)
    rows = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and ord(key) < 0x10000 and ord(first) < 0x10000 and key != first:
            rows.setdefault(key, first)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Traditional -> simplified, one character to one, from OpenCC's TSCharacters.txt ({origin}),\n")
        f.write("# Apache-2.0 (see models/SOURCES.md). Built by scripts/structure/build_traditional_chars.py.\n")
        for k in sorted(rows):
            f.write(f"{k}\t{rows[k]}\n")
    print(f"{OUT}: {len(rows)} characters")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
