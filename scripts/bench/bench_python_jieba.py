#!/usr/bin/python3
"""Times python jieba on a text file, line by line. Used by scripts/bench/reference.sh.

Usage: /usr/bin/python3 scripts/bench/bench_python_jieba.py FILE [RUNS]
Prints tab-separated lines:  load <seconds>   and   cut <mode> <best seconds> <tokens>
"""

import logging
import sys
import time

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
with open(path, encoding="utf-8", newline="\n") as f:
    lines = f.read().split("\n")

t0 = time.perf_counter()
import jieba  # noqa: E402

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
print("load\t%.3f" % (time.perf_counter() - t0), flush=True)
print("version\t%s" % jieba.__version__, flush=True)

for mode, hmm in (("HMM on", True), ("HMM off", False)):
    best = None
    tokens = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = 0
        for line in lines:
            n += len(jieba.lcut(line, HMM=hmm))
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
        tokens = n
    print("cut\t%s\t%.4f\t%d" % (mode, best, tokens), flush=True)
