#!/usr/bin/env python3
"""Score the structure CampaignText gives a folder of marked documents.

The folder holds documents (any format analyze reads) and a marks.jsonl with one object per document:
  {"file": "name.txt", "date": "YYYY-MM-DD" or null, "titles": [...], "boilerplate": [...], "partHeadings": [...]}
(written by hand for documents kept out of the repository). For each document the script runs
`campaigntext analyze FILE --format json` and reports three measures:

  boilerplate  share of marked boilerplate lines that appear in no paragraph (whitespace ignored)
  titles       share of marked titles found as the document title or an article title
               (whitespace ignored; a title counts when it equals one found, or one contains the other
               and they differ by at most 4 characters)
  dates        share of documents with a marked date whose document date equals it
  parts        share of marked part headings that are not paragraphs
  labels       share of marked paragraphs ("paragraphLabels": [{"start": first 15 characters of the
               paragraph's line, "category": ...}]) whose output paragraph has that category; the paragraph
               is the one whose text starts with the start (whitespace removed), else the one containing
               it; a mark found in no paragraph counts as wrong ("not found"). Per category, and with
               --verbose the confusion (rows marked, columns given) and every miss.

Usage: python3 scripts/quality/score-pages.py FOLDER [--verbose]     (JOBS=N analyses at once, default 2)
       CAMPAIGNTEXT="dotnet path/to/CampaignText.Cli.dll" python3 scripts/quality/score-pages.py FOLDER
       ANALYZE_ARGS="--model other.zip" python3 scripts/quality/score-pages.py FOLDER   (labels of another model)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import analyzed, read_marks, squeeze  # noqa: E402


PARTIAL_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,7}$")


def title_found(mark, titles):
    m = squeeze(mark)
    for t in titles:
        t = squeeze(t)
        if t == m or ((m in t or t in m) and abs(len(t) - len(m)) <= 4 and min(len(t), len(m)) >= 4):
            return True
    return False


def main(argv):
    if not argv:
        print(__doc__)
        return 1
    folder = argv[0]
    verbose = "--verbose" in argv
    marks_path = os.path.join(folder, "marks.jsonl")
    if not os.path.exists(marks_path):
        marks_path = os.path.join(os.path.dirname(folder.rstrip("/")), "marks.jsonl")
    marks = read_marks(marks_path)
    totals = {k: [0, 0] for k in ("boilerplate", "titles", "dates", "parts", "labels")}
    per_label = {}
    confusion = {}
    confidences = []  # (confidence, right) of the core marks labelled by the model
    failures = [0]
    for m, d in analyzed(folder, marks, failures):
        paras = [p["text"] for s in d["sections"] for a in s["articles"] for p in a["paragraphs"]]
        squeezed = [squeeze(p) for p in paras]
        body = "\n".join(squeezed)
        titles = [d.get("title")] + [a.get("title") for s in d["sections"] for a in s["articles"]]
        # An article's 【column】 tag is read apart from its title; the mark may hold both.
        titles += [f"【{a['tag']}】{a['title']}" for s in d["sections"] for a in s["articles"] if a.get("tag") and a.get("title")]
        titles = [t for t in titles if t]
        problems = []
        for b in m.get("boilerplate", []):
            sb = squeeze(b)
            if len(sb) < 2:
                continue
            totals["boilerplate"][1] += 1
            # A short line (a word or two) counts as kept when it is a whole paragraph or glued to one's start or
            # end, where a line joined into a paragraph sits; inside a sentence it is the text's own word.
            kept = sb in body if len(sb) >= 8 else any(q == sb or q.startswith(sb) or q.endswith(sb) for q in squeezed)
            if kept:
                problems.append(f"boilerplate kept: {b[:40]}")
            else:
                totals["boilerplate"][0] += 1
        for t in m.get("titles", []):
            totals["titles"][1] += 1
            if title_found(t, titles):
                totals["titles"][0] += 1
            else:
                problems.append(f"title missed: {t[:40]} (got {[x[:20] for x in titles[:3]]})")
        if m.get("date"):
            totals["dates"][1] += 1
            if d.get("date") == m["date"]:
                totals["dates"][0] += 1
            else:
                problems.append(f"date: expected {m['date']}, got {d.get('date')}")
        for h in m.get("partHeadings", []):
            totals["parts"][1] += 1
            if any(squeeze(p) == squeeze(h) for p in paras):
                problems.append(f"part heading as paragraph: {h[:30]}")
            else:
                totals["parts"][0] += 1
        squeezed = [(squeeze(p["text"]), p) for s in d["sections"] for a in s["articles"] for p in a["paragraphs"]]
        for lab in m.get("paragraphLabels", []):
            # a start cut inside a pinyin annotation (區(q) loses the partial annotation
            start = squeeze(PARTIAL_PINYIN.sub("", lab["start"]))
            want = lab["category"]
            hit = next((p for t, p in squeezed if start and t.startswith(start)), None) \
                or next((p for t, p in squeezed if start and start in t), None)
            got = (hit.get("category") or "none") if hit else "not found"
            totals["labels"][1] += 1
            if want != "other" and hit and hit.get("labelSource") == "model" and hit.get("confidence") is not None:
                confidences.append((hit["confidence"], got == want))
            per_label.setdefault(want, [0, 0])[1] += 1
            confusion.setdefault(want, {}).setdefault(got, 0)
            confusion[want][got] += 1
            if got == want:
                totals["labels"][0] += 1
                per_label[want][0] += 1
            else:
                conf = hit.get("confidence") if hit else None
                src = hit.get("labelSource") if hit else None
                problems.append(f"label: {lab['start'][:15]} marked {want}, got {got}"
                                + (f" ({src}, {conf:.2f})" if conf is not None else ""))
        if verbose and problems:
            print(f"== {m['file']}")
            for p in problems:
                print("   " + p)
    print(f"\n{len(marks)} documents, {failures[0]} failed")
    for k, (ok, n) in totals.items():
        print(f"  {k:12s} {ok:4d}/{n:<4d} {100.0 * ok / n if n else 0:5.1f}%")
    core = [c for c in per_label if c != "other"]
    ok_core, n_core = sum(per_label[c][0] for c in core), sum(per_label[c][1] for c in core)
    if n_core:
        print(f"  {'labels core':12s} {ok_core:4d}/{n_core:<4d} {100.0 * ok_core / n_core:5.1f}%"
              "   (marks of the five core categories only)")
    for c in sorted(per_label):
        ok, n = per_label[c]
        print(f"    {c:10s} {ok:4d}/{n:<4d} {100.0 * ok / n:5.1f}%")
    if confidences:
        # Expected calibration error over 10 equal-width bins, as `campaigntext evaluate` reports it.
        bins = [[0, 0, 0.0] for _ in range(10)]
        for c, right in confidences:
            b = bins[min(9, int(c * 10))]
            b[0] += 1
            b[1] += right
            b[2] += c
        ece = sum(abs(b[1] - b[2]) for b in bins if b[0]) / len(confidences)
        high = [right for c, right in confidences if c > 0.8]
        mean = sum(c for c, _ in confidences) / len(confidences)
        print(f"  calibration  ECE {ece:.3f} over {len(confidences)} core marks labelled by the model"
              f" (mean confidence {mean:.3f}); confidence > 0.8: {len(high)},"
              f" accuracy {sum(high) / len(high) if high else 0:.3f}")
    if verbose and confusion:
        cols = sorted({g for row in confusion.values() for g in row})
        print("\n  label confusion (rows marked, columns given)")
        print("  " + " " * 11 + "".join(f"{c[:10]:>11s}" for c in cols))
        for r in sorted(confusion):
            print(f"  {r:11s}" + "".join(f"{confusion[r].get(c, 0):11d}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
