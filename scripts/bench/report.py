#!/usr/bin/python3
"""Turns the raw outputs collected by scripts/bench/reference.sh into a markdown report.

Usage: /usr/bin/python3 scripts/bench/report.py RESULTS_DIR BENCH_FILE

RESULTS_DIR holds, per engine (python, node, dotnet): NAME.out (the engine's stdout), NAME.rc (exit code)
and NAME.time (GNU time -v output, optional). MB/s is file bytes / 10^6 / seconds.
"""

import datetime
import os
import re
import subprocess
import sys


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def peak_rss_mb(results, name):
    m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", read(os.path.join(results, name + ".time")))
    return int(m.group(1)) / 1024.0 if m else None


def exit_code(results, name):
    text = read(os.path.join(results, name + ".rc")).strip()
    return int(text) if text.lstrip("-").isdigit() else None


def parse_reference(results, name, size):
    """load/version/cut lines from the python and node helpers."""
    out = {"load": None, "version": "", "modes": []}
    if exit_code(results, name) != 0:
        return out
    for line in read(os.path.join(results, name + ".out")).splitlines():
        parts = line.split("\t")
        if parts[0] == "load" and len(parts) == 2:
            out["load"] = float(parts[1])
        elif parts[0] == "version" and len(parts) == 2:
            out["version"] = parts[1]
        elif parts[0] == "cut" and len(parts) == 4:
            seconds = float(parts[2])
            out["modes"].append((parts[1], size / 1e6 / seconds, int(parts[3])))
    return out


def parse_campaigntext(results):
    """`name<TAB>MB/s` lines from the CampaignText throughput command; a `load...<TAB>seconds` line is load time."""
    out = {"load": None, "modes": []}
    if exit_code(results, "dotnet") != 0:
        return out
    for line in read(os.path.join(results, "dotnet.out")).splitlines():
        m = re.match(r"^([^\t]+)\t\s*([0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\s*$", line)
        if not m:
            continue
        name, value = m.group(1).strip(), float(m.group(2))
        if name.lower().startswith("load"):
            out["load"] = value
        else:
            out["modes"].append((name, value, None))
    return out


def hmm_off(mode):
    m = mode.lower().replace(" ", "").replace("_", "").replace("-", "")
    return any(k in m for k in ("hmmoff", "nohmm", "hmm=false", "hmmfalse", "withouthmm"))


def cpu_model():
    for line in read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def fmt(x, spec):
    return "n/a" if x is None else format(x, spec)


def main():
    results, bench_file = sys.argv[1], sys.argv[2]
    size = os.path.getsize(bench_file)
    py = parse_reference(results, "python", size)
    node = parse_reference(results, "node", size)
    ct = parse_campaigntext(results)

    node_rate = {False: None, True: None}
    for mode, rate, _ in node["modes"]:
        node_rate[hmm_off(mode)] = rate

    rows = []
    notes = []

    def add(engine, mode, load, rate, tokens, rss):
        base = node_rate[hmm_off(mode)] if mode else None
        ratio = rate / base if rate is not None and base else None
        rows.append([engine, mode or "n/a", fmt(load, ".2f"), fmt(rate, ".2f"),
                     fmt(ratio, ".2f") + ("×" if ratio is not None else ""),
                     fmt(tokens, ",d") if tokens is not None else "", fmt(rss, ".0f")])

    engines = [
        ("python jieba " + (py["version"] or "0.42.1"), py, "python", ["HMM on", "HMM off"]),
        ("@node-rs/jieba " + (node["version"] or ""), node, "node", ["HMM on", "HMM off"]),
        ("CampaignText", ct, "dotnet", ["throughput"]),
    ]
    for label, data, name, expected in engines:
        rss = peak_rss_mb(results, name)
        if data["modes"]:
            for mode, rate, tokens in data["modes"]:
                add(label.strip(), mode, data["load"], rate, tokens, rss)
        else:
            for mode in expected:
                rows.append([label.strip(), mode, "n/a", "n/a", "n/a", "", "n/a"])
            if exit_code(results, name) == 0:
                notes.append("%s: exit code 0 but no results in %s" % (name, os.path.join(os.path.relpath(results), name + ".out")))

    cores = os.cpu_count()
    try:
        cores = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    except (OSError, ValueError):
        pass
    lines = [
        "# Segmentation throughput",
        "",
        "- Date: %s" % datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "- CPU: %s, %s cores" % (cpu_model(), cores),
        "- Text: `%s`, %s bytes UTF-8, cut line by line; best of the runs; MB/s = bytes / 10^6 / seconds"
        % (os.path.relpath(bench_file), format(size, ",d")),
        "- Load = time to load the stock dictionary (python: import + initialize, which reads jieba's cache file"
        " when present; node: require + Jieba.withDict)",
        "",
        "| engine | mode | load (s) | MB/s | × @node-rs/jieba | tokens | peak RSS (MB) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += [""] + notes if notes else []
    for name in ("python", "node", "dotnet"):
        rc = exit_code(results, name)
        if rc not in (0,):
            lines += ["", "%s: %s (see %s)" % (name, "not run" if rc is None else "exit code %d" % rc,
                                                 os.path.join(os.path.relpath(results), name + ".err"))]
    lines += end_to_end(results, size)
    print("\n".join(lines))


def end_to_end(results, size):
    """The end-to-end rows: best wall time per command from e2e.tsv (name, seconds, peak KB)."""
    path = os.path.join(results, "e2e.tsv")
    if not os.path.exists(path):
        return []
    best = {}
    for line in read(path).splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        try:
            secs, kb = float(parts[1]), int(parts[2])
        except ValueError:
            continue
        if parts[0] not in best or secs < best[parts[0]][0]:
            best[parts[0]] = (secs, max(kb, best.get(parts[0], (0, 0))[1]))
    if "node" not in best or "campaigntext" not in best:
        return []
    base = best["node"][0]
    out = ["", "End to end (one process: start, load, read, cut line by line with the HMM, write words joined by \" / \"):",
           "", "| command | seconds | MB/s | × node script | peak RSS (MB) |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, label in (("node", "node segment_node_jieba.mjs (@node-rs/jieba)"), ("campaigntext", "campaigntext segment - --lexicon jieba")):
        secs, kb = best[name]
        out.append("| %s | %.2f | %.2f | %.2f× | %.0f |" % (label, secs, size / 1e6 / secs, base / secs, kb / 1024))
    return out


if __name__ == "__main__":
    main()
