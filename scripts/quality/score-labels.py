#!/usr/bin/env python3
"""Score the paragraph labels CampaignText gives folders of marked documents.

Each folder holds documents (any format analyze reads) and a marks.tsv written by hand for documents kept
out of the repository, one marked paragraph a line:

  FILE<TAB>KEY<TAB>LABEL[<TAB>NOTE]

KEY is the paragraph's first characters as the file has them (20 or so, never across a line break), LABEL one
of the five core categories (creation, exchange, briefs, dispatch, inspection). The script analyses every marked
file in one `campaigntext analyze … --format json` call per folder and finds, for each mark, the paragraph that
starts with the key (whitespace and pinyin annotations ignored); failing that, the paragraph that holds the key
after a page marker (第1页共4页) or a leading comma is cut from it, or whose text the key starts with (a paragraph
the reader split). A mark found in no paragraph counts as missed, not wrong.

Reports per folder and over all: accuracy of the found marks, found/marked, accuracy on the clear marks (no `?` in the
note, and, when the folder holds a second blind reader's labels2.tsv of the same keys (see agreement.py), the same
label from both readers, neither unsure) and on the rest, per category recall, and with
--confusion the confusion matrix, with --calibration the expected calibration error (10 bins) and the accuracy
above 0.8 confidence, with --verbose every wrong and missed mark.

Usage: python3 scripts/quality/score-labels.py FOLDER... [--verbose] [--confusion] [--calibration]
       CAMPAIGNTEXT="dotnet path/to/CampaignText.Cli.dll" ANALYZE_ARGS="--model other.zip" python3 …
"""
import collections
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import ANALYZE_ARGS, CLI, CORE, read_labels, squeeze  # noqa: E402

PAGE_MARK = re.compile(r"第\d+页(?:共\d+页)?|共\d+页")
LEAD = re.compile(r"^[，,、。；;：:\s]+")
TAG = re.compile(r"^【[^】]{1,8}】")  # a column tag the parser keeps as the item's tag
CHUNK = re.compile(r"^\d{1,2}、(?=\D)")  # a sharing site's chunk number (1、) the parser cuts
CUT_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*$")  # a key cut inside 創(chuàng)


def read_marks(folder):
    marks = read_labels(os.path.join(folder, "marks.tsv"))
    path2 = os.path.join(folder, "labels2.tsv")
    second = {(m["file"], m["key"]): m for m in read_labels(path2)} if os.path.isfile(path2) else {}
    for m in marks:
        # Clear: the reader was sure, and a second blind reader (labels2.tsv, when there is one) gave the same label, sure too.
        other = second.get((m["file"], m["key"]))
        m["clear"] = "?" not in m["note"] and (not second or (other is not None and other["label"] == m["label"] and "?" not in other["note"]))
    return marks


def analyze_all(folder, files):
    """File name → list of (squeezed text, category, confidence) of its paragraphs, in order."""
    out = {}
    batch = 25
    for i in range(0, len(files), batch):
        part = files[i:i + batch]
        paths = [os.path.join(folder, f) for f in part]
        r = subprocess.run(CLI + ["analyze"] + paths + ["--format", "jsonl"] + ANALYZE_ARGS,
                           capture_output=True, text=True, timeout=1200)
        if r.returncode != 0 and not r.stdout.strip():
            print(f"{folder}: analyze failed: {(r.stderr.strip().splitlines() or ['exit %d' % r.returncode])[-1]}",
                  file=sys.stderr)
            continue
        docs = [json.loads(l) for l in r.stdout.splitlines() if l.strip().startswith("{")]
        by_source = {os.path.basename(d["source"]): d for d in docs}
        for f in part:
            d = by_source.get(f)
            if d is None:
                print(f"{folder}/{f}: analyze gave no document ({r.stderr.strip()[-200:]})", file=sys.stderr)
                continue
            paras = []
            for s in d.get("sections") or []:
                for a in s.get("articles") or []:
                    for p in a.get("paragraphs") or []:
                        paras.append((squeeze(p.get("text")), p.get("category"), p.get("confidence") or 0.0))
            out[f] = paras
    return out


def find(paras, key):
    raw = CUT_PINYIN.sub("", squeeze(key))
    # The parser drops a markdown * (and a censored name's * with it); a plain-text * it keeps.
    for k in dict.fromkeys((raw.replace("*", ""), raw)):
        hit = find_key(paras, k)
        if hit is not None:
            return hit
    return None


def find_key(paras, k):
    k2 = LEAD.sub("", PAGE_MARK.sub("", TAG.sub("", CHUNK.sub("", k))))
    if not k2:
        return None
    for t, c, p in paras:
        if t.startswith(k) or t.startswith(k2):
            return c, p
    for t, c, p in paras:
        t2 = LEAD.sub("", PAGE_MARK.sub("", t))
        if t2.startswith(k2) or (len(k2) >= 12 and k2 in t2):
            return c, p
    for t, c, p in paras:
        if len(t) >= 8 and k2.startswith(t):
            return c, p
    return None


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    folders = [a for a in argv if not a.startswith("--")]
    if not folders:
        print(__doc__)
        return 2
    total = collections.Counter()
    conf = collections.Counter()
    cal = []
    for folder in folders:
        marks = read_marks(folder)
        analyses = analyze_all(folder, sorted({m["file"] for m in marks}))
        c = collections.Counter()
        for m in marks:
            hit = find(analyses.get(m["file"], []), m["key"])
            c["marked"] += 1
            c["marked:" + m["label"]] += 1
            if hit is None:
                c["missed"] += 1
                if "--verbose" in flags:
                    print(f"  MISSED {folder}/{m['file']} {m['key']} [{m['label']}]")
                continue
            got, p = hit
            c["found"] += 1
            if m["clear"]:
                c["clear"] += 1
                c["clear right"] += got == m["label"]
            conf[(m["label"], got)] += 1
            cal.append((p, got == m["label"]))
            if got == m["label"]:
                c["right"] += 1
                c["right:" + m["label"]] += 1
            elif "--verbose" in flags:
                print(f"  WRONG  {folder}/{m['file']} {m['key']} [{m['label']}] got {got} {p:.2f} {m['note']}")
        total.update(c)
        acc = c["right"] / max(1, c["found"])
        print(f"{folder}: {acc:.3f} ({c['right']}/{c['found']} found of {c['marked']} marked)")
    acc = total["right"] / max(1, total["found"])
    print(f"all: {acc:.3f} ({total['right']}/{total['found']} found of {total['marked']} marked)")
    print(f"clear marks: {total['clear right'] / max(1, total['clear']):.3f} ({total['clear right']}/{total['clear']}), "
          f"the rest: {(total['right'] - total['clear right']) / max(1, total['found'] - total['clear']):.3f} "
          f"({total['right'] - total['clear right']}/{total['found'] - total['clear']})")
    print("recall: " + ", ".join(f"{k} {total['right:' + k]}/{total['marked:' + k]}" for k in CORE))
    if "--confusion" in flags:
        cols = CORE + ["other"]
        print("marked \\ given " + " ".join(f"{k[:5]:>6}" for k in cols))
        for k in CORE:
            row = [conf[(k, g)] for g in CORE] + [sum(v for (a, g), v in conf.items() if a == k and g not in CORE)]
            print(f"{k:>14} " + " ".join(f"{v:>6}" for v in row))
    if "--calibration" in flags and cal:
        bins = collections.defaultdict(list)
        for p, ok in cal:
            bins[min(9, int(p * 10))].append((p, ok))
        ece = sum(abs(sum(p for p, _ in b) - sum(ok for _, ok in b)) for b in bins.values()) / len(cal)
        high = [ok for p, ok in cal if p > 0.8]
        print(f"ECE {ece:.3f}; above 0.8: {sum(high)}/{len(high)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
