#!/usr/bin/env python3
"""How often two readers give a marked paragraph the same label: the ceiling a classifier is measured against.

Each folder holds the first reader's marks.tsv (FILE<TAB>KEY<TAB>LABEL[<TAB>NOTE], see marking-protocol.md) and a second
reader's file of the same keys, labelled blind (never having seen marks.tsv or any model output). Pairs are matched on
file and key; keys only one reader has are counted apart, never as agreement.

Reports per folder and over all: agreement, Cohen's kappa, how many marks either reader put `?` on and the agreement
on the rest, and with --confusion the first reader × second reader matrix.

Usage: python3 scripts/quality/agreement.py FOLDER... [--second labels2.tsv] [--confusion]
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import CORE, read_labels  # noqa: E402


def read(path):
    """(file, key) → (label, note) of one reader."""
    return {(m["file"], m["key"]): (m["label"], m["note"]) for m in read_labels(path)}


def kappa(pairs):
    """Cohen's kappa of (first, second) label pairs."""
    n = len(pairs)
    if n == 0:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first = collections.Counter(a for a, _ in pairs)
    second = collections.Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in CORE) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def line(name, pairs, unsure, only):
    agree = sum(a == b for a, b in pairs)
    sure = [p for p, u in zip(pairs, unsure) if not u]
    sure_agree = sum(a == b for a, b in sure)
    rate = agree / len(pairs) if pairs else 0.0
    sure_rate = sure_agree / len(sure) if sure else 0.0
    print(f"{name}: {rate:.3f} ({agree}/{len(pairs)}), kappa {kappa(pairs):.3f}; "
          f"without ? {sure_rate:.3f} ({sure_agree}/{len(sure)}); keys of one reader only: {only}")


def main(argv):
    second_name = "labels2.tsv"
    confusion = "--confusion" in argv
    folders = []
    i = 0
    while i < len(argv):
        if argv[i] == "--second":
            second_name = argv[i + 1]
            i += 2
            continue
        if not argv[i].startswith("--"):
            folders.append(argv[i])
        i += 1
    if not folders:
        print(__doc__, file=sys.stderr)
        return 2
    all_pairs, all_unsure, all_only = [], [], 0
    for folder in folders:
        paths = [os.path.join(folder, "marks.tsv"), os.path.join(folder, second_name)]
        missing = [p for p in paths if not os.path.isfile(p)]
        if missing:
            print(f"{missing[0]}: no such file; folder skipped", file=sys.stderr)
            continue
        first, second = read(paths[0]), read(paths[1])
        pairs, unsure = [], []
        for key, (label, note) in first.items():
            if key in second:
                pairs.append((label, second[key][0]))
                unsure.append("?" in note or "?" in second[key][1])
        only = len(first.keys() ^ second.keys())
        line(folder.rstrip("/"), pairs, unsure, only)
        all_pairs += pairs
        all_unsure += unsure
        all_only += only
    if len(folders) > 1:
        line("all", all_pairs, all_unsure, all_only)
    if confusion:
        counts = collections.Counter(all_pairs)
        print("first \\ second " + " ".join(c[:5].rjust(5) for c in CORE))
        for a in CORE:
            print(a.rjust(14) + " " + " ".join(str(counts[(a, b)]).rjust(5) for b in CORE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
