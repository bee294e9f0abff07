#!/usr/bin/env python3
"""Score the town, district and date mentions CampaignText finds in a folder of marked documents.

The folder holds documents (any format analyze reads) and a marks-mentions.jsonl with one object per
marked document (written by hand for documents kept out of the repository):

  {"file": "name.txt",
   "towns":     [{"text": "冶河镇", "code": "130111103" or null}, ...],        # 街道/镇/乡 as written
   "districts": [{"text": "潮陽區", "normalized": "潮阳区", "code": "440513"}, ...],  # county level
   "dates":     [{"text": "4月15日", "value": "2021-04-15"}, ...],   # value YYYY[-MM[-DD]] or --MM-DD
   "optional":  ["青羊区", "今年", ...]}                              # right if found, no miss if not

Only the documents listed are scored. For each one the script runs `campaigntext analyze FILE --format
json` and compares, per document, the distinct surfaces (whitespace and pinyin annotations removed):

  towns, districts  a found surface equal to a marked one is right; one neither marked nor optional is
                    wrong; a marked one not found is missed. Codes are compared where both give one.
  dates             a marked date is right when a found date has the same value and one surface contains
                    the other; a found date matching no marked date (by value) and no optional surface
                    is wrong.
  no year           found dates with no normalized value at all (a month and day whose year was not
                    known should still come out as --MM-DD).

Vague words (近日, 日前, 近期 …) are not marked and not scored. A 全区/全县/全市 (or 本区 …) mention is not
scored when its code is that of a marked district with the same suffix (全区 for a 区), and is wrong otherwise.

Usage: python3 scripts/quality/score-mentions.py FOLDER [--verbose]   (JOBS=N analyses at once, default 2)
       CAMPAIGNTEXT="dotnet path/to/CampaignText.Cli.dll" python3 scripts/quality/score-mentions.py FOLDER
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import analyzed, read_marks, squeeze  # noqa: E402


VAGUE = {"近日", "日前", "近期", "近段时间", "连日来", "近年来", "目前", "当前"}
ANAPHOR = re.compile(r"^[全本我该][区區县縣市旗]$")
SUFFIX = str.maketrans("區縣", "区县")


def score_places(kind, marked, found, optional, totals, problems):
    """found: {surface: code}; marked: list of {text, code}."""
    gold = {squeeze(m["text"]): m.get("code") for m in marked}
    suffixed = {(m.get("code"), (m.get("normalized") or m["text"])[-1:].translate(SUFFIX)) for m in marked}
    t = totals[kind]
    for surface, code in found.items():
        if ANAPHOR.match(surface) and surface not in gold:
            if (code, surface[-1].translate(SUFFIX)) not in suffixed:
                t["wrong"] += 1
                problems.append(f"{kind} wrong: {surface} {code or ''}")
            continue
        if surface in gold:
            t["right"] += 1
            want = gold[surface]
            if want and code:
                t["coded"] += 1
                if want == code:
                    t["codeRight"] += 1
                else:
                    problems.append(f"{kind} code: {surface} {code} (marked {want})")
        elif surface not in optional:
            t["wrong"] += 1
            problems.append(f"{kind} wrong: {surface} {code or ''}")
    for surface in gold:
        if surface not in found:
            t["missed"] += 1
            problems.append(f"{kind} missed: {surface}")


def score_dates(marked, found, optional, totals, problems):
    """found: set of (surface, value)."""
    t = totals["dates"]
    used = set()
    for m in marked:
        ms, mv = squeeze(m["text"]), m["value"]
        hit = next((f for f in found if f[1] == mv and (ms in f[0] or f[0] in ms)), None)
        if hit:
            t["right"] += 1
            used.add(hit)
        else:
            t["missed"] += 1
            got = [f"{s}={v}" for s, v in found if s in ms or ms in s]
            problems.append(f"date missed: {ms}={mv}" + (f" (found {', '.join(got)})" if got else ""))
    values = {m["value"] for m in marked}
    for f in found:
        if f in used or any(o in f[0] or f[0] in o for o in optional) or f[1] in values and any(f[0] in squeeze(m["text"]) or squeeze(m["text"]) in f[0] for m in marked):
            continue
        t["wrong"] += 1
        problems.append(f"date wrong: {f[0]}={f[1]}")


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    folder = argv[0]
    verbose = "--verbose" in argv
    marks = read_marks(os.path.join(folder, "marks-mentions.jsonl"))
    totals = {k: {"right": 0, "wrong": 0, "missed": 0, "coded": 0, "codeRight": 0} for k in ("towns", "districts", "dates")}
    no_year = 0
    failures = [0]
    for m, d in analyzed(folder, marks, failures):
        optional = {squeeze(o) for o in m.get("optional", [])}
        towns, districts, dates = {}, {}, set()
        for x in d["mentions"]:
            s = squeeze(x["text"])
            if x["kind"] == "town":
                towns.setdefault(s, x.get("code"))
            elif x["kind"] == "district":
                districts.setdefault(s, x.get("code"))
            elif x["kind"] == "date":
                if s in VAGUE:
                    continue
                if not x.get("normalized"):
                    no_year += 1
                dates.add((s, x.get("normalized")))
        problems = []
        score_places("towns", m.get("towns", []), towns, optional, totals, problems)
        score_places("districts", m.get("districts", []), districts, optional, totals, problems)
        score_dates(m.get("dates", []), dates, optional, totals, problems)
        if verbose and problems:
            print(f"== {m['file']}")
            for p in problems:
                print("   " + p)
    print(f"\n{len(marks)} documents, {failures[0]} failed")
    print(f"  {'kind':10s} {'P':>6s} {'R':>6s} {'F1':>6s}   right wrong missed   codes right/compared")
    for k, t in totals.items():
        found, marked = t["right"] + t["wrong"], t["right"] + t["missed"]
        p = t["right"] / found if found else 0.0
        r = t["right"] / marked if marked else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        codes = f"{t['codeRight']}/{t['coded']}" if k != "dates" else ""
        print(f"  {k:10s} {p:6.3f} {r:6.3f} {f1:6.3f}   {t['right']:5d} {t['wrong']:5d} {t['missed']:6d}   {codes}")
    print(f"  dates with no value (dropped for lack of a year): {no_year}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
