#!/usr/bin/python3
"""Builds the benchmark text shared by every engine in scripts/bench/reference.sh.

Usage: /usr/bin/python3 scripts/bench/make_bench_text.py [OUT] [BYTES]
  OUT    default .bench/bench-5mb.txt
  BYTES  default 5242880 (5 MiB)

Source: the documents in corpus/ (*.txt that are valid UTF-8, and *.md), in path order; when corpus/ holds none,
the mostly-Chinese texts of tests/CampaignText.Tests/Specs/Segmentation/parity-inputs.jsonl. The sources are
repeated in order until the size is reached, cut at the last whole line that fits. Line breaks are normalised
to "\\n" so that every engine sees the same lines. The result is deterministic for a given set of sources.
"""

import json
import os
import sys

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
INPUTS = os.path.join(REPO, "tests", "CampaignText.Tests", "Specs", "Segmentation", "parity-inputs.jsonl")


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")


def corpus_texts():
    root = os.path.join(REPO, "corpus")
    paths = []
    for d, dirs, files in os.walk(root):
        for name in files:
            if name.endswith(".txt") or name.endswith(".md"):
                paths.append(os.path.join(d, name))
    texts = []
    for path in sorted(paths):
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text.startswith("\ufeff"):
            text = text[1:]
        text = normalise(text)
        if text and "\x00" not in text:
            texts.append(text)
    return texts


def chinese_inputs():
    texts = []
    with open(INPUTS, encoding="utf-8", newline="\n") as f:
        for line in f:
            text = json.loads(line)["text"]
            cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
            if len(text) >= 10 and cjk >= 0.6 * len(text):
                text = normalise(text)
                if text:
                    texts.append(text)
    return texts


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".bench", "bench-5mb.txt")
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 5 * 1024 * 1024
    texts = corpus_texts()
    source = "corpus/ (%d documents)" % len(texts)
    if not texts:
        texts = chinese_inputs()
        source = "parity-inputs.jsonl (%d mostly-Chinese texts)" % len(texts)
    if not texts:
        sys.exit("no source texts for the benchmark file")
    lines = [l.encode("utf-8") for t in texts for l in t.split("\n")]
    chunks = []
    total = 0
    i = 0
    while True:
        b = lines[i % len(lines)] + b"\n"
        if total + len(b) > size:
            break
        chunks.append(b)
        total += len(b)
        i += 1
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as f:
        f.write(b"".join(chunks))
    print("%s: %d bytes, %d lines, from %s" % (os.path.relpath(out, REPO), total, len(chunks), source))


if __name__ == "__main__":
    main()
