#!/usr/bin/env python3
"""Precision and recall of `campaigntext analyze` mentions against the hand marks in seeds-marks/.

For each bulletin with a marks file (seeds-marks/<name>.tsv), runs the CLI on the bulletin, keeps the
district, town, person, date and quantity mentions and compares them with the marks: a mention counts
as right when a mark has the same paragraph, kind, surface text and value (districts and towns: the
normalized name; persons: the name; dates: the normalized date; quantities: value, unit and approx).

Usage: scripts/quality/score-seeds.py [--seeds DIR] [--marks DIR] [--cli DLL] [--verbose] [--json OUT]
  --marks scripts/quality/corpus-marks --seeds corpus scores the hand-marked corpus bulletins the same way.
Exit status 0 always: this is a measurement, not a test.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["district", "town", "person", "date", "quantity"]


def number(v):
    if v is None:
        return "-"
    f = float(v)
    return str(int(f)) if f == int(f) else repr(f)


def value_of(m):
    k = m["kind"]
    if k in ("district", "town", "person", "date"):
        return m.get("normalized") or ""
    if k == "quantity":
        return f"{number(m.get('value'))} {m.get('unit') or '-'} {m.get('approx') or 'exact'}"
    return ""


def read_marks(path):
    marks = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            para, kind, text, value = line.split("\t")
            if kind == "quantity":
                v, unit, approx = value.split(" ")
                value = f"{number(v)} {unit} {approx}"
            marks.append((int(para), kind, text, value))
    return marks


def analyze(cli, path):
    cmd = ["dotnet", cli, "analyze", path, "--format", "json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    return [(m["paragraph"], m["kind"], m["text"], value_of(m)) for m in doc["mentions"] if m["kind"] in KINDS]


def score(found, marks):
    """Per kind: (right, found, marked) plus the lists of wrong and missed mentions."""
    gold = collections.Counter(marks)
    got = collections.Counter(found)
    right = gold & got
    wrong = got - right
    missed = gold - right
    table = {}
    for k in KINDS:
        table[k] = (
            sum(n for m, n in right.items() if m[1] == k),
            sum(n for m, n in got.items() if m[1] == k),
            sum(n for m, n in gold.items() if m[1] == k),
        )
    return table, sorted(wrong.elements()), sorted(missed.elements())


def pct(a, b):
    return "  -  " if b == 0 else f"{100.0 * a / b:5.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="/work/shared/seeds", help="folder of the bulletins (searched recursively)")
    ap.add_argument("--marks", default=os.path.join(HERE, "seeds-marks"), help="folder of the mark files")
    ap.add_argument("--cli", default=os.path.join(ROOT, "src/CampaignText.Cli/bin/Release/net10.0/CampaignText.Cli.dll"))
    ap.add_argument("--verbose", action="store_true", help="list wrong and missed mentions")
    ap.add_argument("--json", help="write the numbers to this file")
    args = ap.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"{args.cli}: not built (dotnet build src/CampaignText.Cli -c Release)")
    totals = {k: [0, 0, 0] for k in KINDS}
    report = {}
    print(f"{'seed':<24} {'kind':<9} {'right':>5} {'found':>5} {'marked':>6} {'P%':>6} {'R%':>6}")
    sources = {}
    for folder, _, files in os.walk(args.seeds):
        for f in files:
            base, ext = os.path.splitext(f)
            if ext in (".txt", ".md", ".docx"):
                sources.setdefault(base, os.path.join(folder, f))
    for name in sorted(os.listdir(args.marks)):
        if not name.endswith(".tsv"):
            continue
        base = name[:-4]
        src = sources.get(base)
        if src is None:
            print(f"{base}: bulletin not found in {args.seeds}", file=sys.stderr)
            continue
        table, wrong, missed = score(analyze(args.cli, src), read_marks(os.path.join(args.marks, name)))
        report[base] = {k: dict(zip(("right", "found", "marked"), v)) for k, v in table.items()}
        for k in KINDS:
            r, f, g = table[k]
            for i, x in enumerate((r, f, g)):
                totals[k][i] += x
            print(f"{base:<24} {k:<9} {r:>5} {f:>5} {g:>6} {pct(r, f):>6} {pct(r, g):>6}")
        if args.verbose:
            for m in wrong:
                print(f"    wrong  {m}")
            for m in missed:
                print(f"    missed {m}")
    for k in KINDS:
        r, f, g = totals[k]
        print(f"{'ALL':<24} {k:<9} {r:>5} {f:>5} {g:>6} {pct(r, f):>6} {pct(r, g):>6}")
    r, f, g = (sum(totals[k][i] for k in KINDS) for i in range(3))
    print(f"{'ALL':<24} {'all':<9} {r:>5} {f:>5} {g:>6} {pct(r, f):>6} {pct(r, g):>6}")
    report["ALL"] = {k: dict(zip(("right", "found", "marked"), v)) for k, v in totals.items()}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
