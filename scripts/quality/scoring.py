"""What the scoring scripts share: the CLI to run, the analysis of a folder of marked documents, and how a
reader's characters are compared (whitespace and pinyin annotations removed)."""
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys

CLI = shlex.split(os.environ.get("CAMPAIGNTEXT", "dotnet run -c Release --project src/CampaignText.Cli --"))
# more analyze options, such as "--model path/to/model.zip" to score the labels of another model
ANALYZE_ARGS = shlex.split(os.environ.get("ANALYZE_ARGS", ""))

PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[1-5]?\s*[)）]")


def squeeze(s):
    """Whitespace and pinyin annotations (創(chuàng)) removed: the characters as a reader takes them."""
    return re.sub(r"\s+", "", PINYIN.sub("", s or ""))


def analyze(path):
    """The analysis of one file as JSON (first document), or None and the CLI's last error line."""
    r = subprocess.run(CLI + ["analyze", path, "--format", "json"] + ANALYZE_ARGS, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        return None, (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[-1]
    d = json.loads(r.stdout)
    return (d[0] if isinstance(d, list) else d), None


def analyze_marked(folder, marks):
    """Analyses every marked file of the folder, JOBS at once (default 2): a list of (analysis, error)."""
    jobs = int(os.environ.get("JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(lambda m: analyze(os.path.join(folder, m["file"])), marks))


CORE = ["creation", "exchange", "briefs", "dispatch", "inspection"]


def read_labels(path):
    """The paragraph labels of a FILE<TAB>KEY<TAB>LABEL[<TAB>NOTE] file (marks.tsv, a second reader's labels2.tsv), in
    file order, as dicts with file, key, label and note; a line without a core label is reported and skipped."""
    labels = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[2].strip() not in CORE:
            print(f"{path}:{n}: not FILE<TAB>KEY<TAB>LABEL with a core label; skipped", file=sys.stderr)
            continue
        labels.append({"file": cols[0].strip(), "key": cols[1], "label": cols[2].strip(),
                       "note": cols[3] if len(cols) > 3 else ""})
    return labels


def read_marks(path):
    """The marks of a JSON Lines file, one object a line."""
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def analyzed(folder, marks, failures):
    """Each marked document with its analysis, in order; a document the CLI fails on is printed and counted in
    failures (a one-element list) instead."""
    for m, (d, err) in zip(marks, analyze_marked(folder, marks)):
        if d is None:
            failures[0] += 1
            print(f"{m['file']}: analyze failed: {err}")
            continue
        yield m, d
