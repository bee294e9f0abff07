#!/usr/bin/python3
"""Assemble models/lexicon/campaign.txt (jieba user-dictionary format).

    /usr/bin/python3 scripts/lexicon/build_campaign.py

Sections, in this order (the order matters: a jieba-compatible loader computes the frequency of an
entry without one from the words already loaded):
  1. county-level division names from models/gazetteer/divisions.tsv (deduplicated), tag ns
  2. Beijing 街道/乡/镇/地区 names from the Beijing rows (code 11…) of models/gazetteer/towns.tsv, tag ns
  3. alias names from models/gazetteer/aliases.tsv, tag ns
  4. office and body names from scripts/lexicon/terms/bodies.txt
  5. campaign vocabulary from scripts/lexicon/terms/campaign.txt
Place names are kept even when jieba's dictionary has them (their tag becomes ns). A term from 4 or 5
that jieba's dictionary already has is left out unless its source line starts with "+".
Within 4 and 5 the terms are written shortest first, so that longer terms are sized against the
shorter ones already loaded.
"""
import csv
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GAZ = os.path.join(ROOT, "models", "gazetteer")
TERMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "terms")
OUT = os.path.join(ROOT, "models", "lexicon", "campaign.txt")

# County-level names that are also everyday words; tagging them ns would mislabel ordinary text.
GENERIC_PLACE_NAMES = {"城区", "郊区", "矿区", "东区", "西区"}
COUNTY_SUFFIXES = ("区", "县", "市", "旗", "特区", "林区")

TOWN_SUFFIXES = ("街道", "地区", "镇", "乡")


def place_freq(name, suffixes, base):
    """Frequency for a place name, or None to let the loader compute one.

    A name whose stem (the name without its 区/县/镇/街道… suffix) is a dictionary word gets one more
    than the stem, so that "[stem][区文明办]" or "[stem][街道办事处]" never beats "[name][文明办]" or
    "[name][办事处]". One-character stems (和县, 新县…) are left alone: they would swallow 和/新.
    """
    for suffix in suffixes:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) >= 2 and stem in base:
                return str(max(base.get(name, 0), base[stem] + 1))
            return None
    return None

ENTRY = re.compile(r"^(\+?)(\S+)(?: (\d+))?(?: ([a-z]+))?$")


def jieba_freq():
    import jieba
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    freq = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts:
                freq[parts[0]] = int(parts[1])
    return freq


def read_tsv(name):
    with open(os.path.join(GAZ, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_terms(name):
    terms = []
    with open(os.path.join(TERMS, name), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = ENTRY.match(line)
            if not m or not m.group(4):
                sys.exit(f"{name}:{lineno}: expected 'word [freq] tag', got {line!r}")
            terms.append((m.group(2), m.group(3), m.group(4), m.group(1) == "+"))
    return terms


def main():
    base = jieba_freq()
    out = []  # (word, freq or None, tag)
    seen = set()
    dropped = []

    def add(word, freq, tag):
        if word in seen:
            return
        seen.add(word)
        out.append((word, freq, tag))

    counties = [r for r in read_tsv("divisions.tsv") if r["level"] == "county"]
    for r in counties:
        name = r["name"]
        if name in GENERIC_PLACE_NAMES or not name.endswith(COUNTY_SUFFIXES):
            continue
        add(name, place_freq(name, COUNTY_SUFFIXES, base), "ns")
    n_places = len(out)
    for r in read_tsv("towns.tsv"):
        if not r["code"].startswith("11"):
            continue
        add(r["name"], place_freq(r["name"], TOWN_SUFFIXES, base), "ns")
    for r in read_tsv("aliases.tsv"):
        add(r["alias"], place_freq(r["alias"], COUNTY_SUFFIXES + TOWN_SUFFIXES, base), "ns")
    n_all_places = len(out)

    for source in ("bodies.txt", "campaign.txt"):
        terms = read_terms(source)
        terms.sort(key=lambda t: len(t[0]))  # stable: keeps file order within a length
        for word, freq, tag, keep in terms:
            if word in seen:
                continue
            if word in base and not keep and freq is None:
                dropped.append(word)
                continue
            add(word, freq, tag)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for word, freq, tag in out:
            f.write(" ".join(x for x in (word, freq, tag) if x) + "\n")

    print(f"campaign.txt: {len(out)} entries ({n_places} county-level names, "
          f"{n_all_places - n_places} Beijing town and alias names, {len(out) - n_all_places} terms)")
    if dropped:
        print(f"left out {len(dropped)} terms jieba already has: {' '.join(dropped)}")


if __name__ == "__main__":
    main()
