#!/usr/bin/python3
"""Writes the expected jieba 0.42.1 results that the CampaignText segmenter is tested against.

Inputs:
  tests/CampaignText.Tests/Specs/Segmentation/parity-inputs.jsonl   (from scripts/jieba/make_lines.py)
  corpus/**/*.txt that decode as UTF-8, and corpus/**/*.md          (each file is one whole text)

Outputs (in tests/CampaignText.Tests/Specs/Segmentation/; a file over 15 MB is written gzipped as NAME.jsonl.gz):
  parity.jsonl    one object per text: id, text, cut, cut_no_hmm, cut_all, search, search_no_hmm,
                  tokenize, tokenize_search (offsets as UTF-16 code units, end-exclusive), posseg, posseg_no_hmm
  keywords.jsonl  for every corpus document and the 150 longest generated texts: id, text,
                  tfidf, tfidf_pos, textrank, textrank_pos ([word, weight] pairs, weights at full float precision)

Run from anywhere, with Debian's python3-jieba (0.42.1, stock dictionary):

    /usr/bin/python3 scripts/jieba/make_parity.py

The script refuses to run with any other jieba version or a non-stock dictionary, re-executes itself with
PYTHONHASHSEED=0 so the output is reproducible, and checks its own output (cut modes concatenate to the
text, tokenize offsets are contiguous and match the words) before writing anything.
"""

import argparse
import gzip
import hashlib
import io
import json
import logging
import os
import sys
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SPEC_DIR = os.path.join(REPO, "tests", "CampaignText.Tests", "Specs", "Segmentation")
INPUTS = os.path.join(SPEC_DIR, "parity-inputs.jsonl")
CORPUS = os.path.join(REPO, "corpus")
MAX_PLAIN_BYTES = 15 * 1024 * 1024
KEYWORD_LONGEST = 150

EXPECTED_VERSION = "0.42.1"
# dict.txt as shipped in jieba 0.42.1 (python3-jieba in Debian): 349,046 entries.
EXPECTED_DICT_SHA256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8"
EXPECTED_DICT_ENTRIES = 349046


def reexec_with_fixed_hash_seed():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable] + sys.argv, env)


def fail(message):
    print("make_parity: " + message, file=sys.stderr)
    sys.exit(1)


def load_jieba():
    try:
        import jieba
        import jieba.posseg
        import jieba.analyse
    except ImportError as e:
        fail("cannot import jieba (%s); run with /usr/bin/python3 and the python3-jieba package" % e)
    jieba.setLogLevel(logging.WARNING)
    if jieba.__version__ != EXPECTED_VERSION:
        fail("jieba %s found, %s required" % (jieba.__version__, EXPECTED_VERSION))
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        fail("jieba.dt uses dictionary %r, not the stock dict.txt" % (jieba.dt.dictionary,))
    dict_path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    with open(dict_path, "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != EXPECTED_DICT_SHA256:
        fail("%s has sha256 %s, not the stock dictionary's %s" % (dict_path, digest, EXPECTED_DICT_SHA256))
    entries = data.count(b"\n")
    if entries != EXPECTED_DICT_ENTRIES:
        fail("%s has %d lines, expected %d" % (dict_path, entries, EXPECTED_DICT_ENTRIES))
    jieba.initialize()
    if jieba.dt.user_word_tag_tab or jieba.posseg.dt.tokenizer is not jieba.dt:
        fail("jieba has user words or a replaced posseg tokenizer")
    tfidf_module = sys.modules["jieba.analyse.tfidf"]
    if jieba.analyse.default_tfidf.idf_loader.path != tfidf_module.DEFAULT_IDF:
        fail("jieba.analyse uses a non-default idf file")
    if jieba.analyse.default_tfidf.stop_words != tfidf_module.KeywordExtractor.STOP_WORDS:
        fail("jieba.analyse uses non-default stop words")
    return jieba


def read_jsonl(path):
    rows = []
    with open(path, "r", encoding="utf-8", newline="\n") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            obj = json.loads(line)
            if "id" not in obj or "text" not in obj:
                fail("%s:%d lacks id or text" % (path, n))
            rows.append({"id": obj["id"], "text": obj["text"]})
    return rows


def read_corpus():
    """Every corpus/**/*.txt that is valid UTF-8 and every corpus/**/*.md, in path order."""
    docs = []
    skipped = []
    if not os.path.isdir(CORPUS):
        return docs, skipped
    paths = []
    for root, dirs, files in os.walk(CORPUS):
        dirs.sort()
        for name in files:
            if name.endswith(".txt") or name.endswith(".md"):
                paths.append(os.path.join(root, name))
    for path in sorted(paths, key=lambda p: os.path.relpath(p, REPO).replace(os.sep, "/")):
        rel = os.path.relpath(path, REPO).replace(os.sep, "/")
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            skipped.append(rel)
            continue
        if "\x00" in text:
            skipped.append(rel)
            continue
        docs.append({"id": rel, "text": text})
    return docs, skipped


def utf16_offsets(text):
    """offsets[i] = UTF-16 index of code point i; offsets[len(text)] = UTF-16 length."""
    offsets = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        offsets[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = pos
    return offsets


def utf16_slice(text, index, s, e):
    """The text between UTF-16 offsets s and e; index maps UTF-16 offsets back to code point indexes."""
    if s not in index or e not in index:
        return None
    return text[index[s]:index[e]]


def segment(jieba, row):
    text = row["text"]
    offsets = utf16_offsets(text)
    out = {"id": row["id"], "text": text}
    out["cut"] = jieba.lcut(text)
    out["cut_no_hmm"] = jieba.lcut(text, HMM=False)
    out["cut_all"] = jieba.lcut(text, cut_all=True)
    out["search"] = jieba.lcut_for_search(text)
    out["search_no_hmm"] = jieba.lcut_for_search(text, HMM=False)
    out["tokenize"] = [[w, offsets[s], offsets[e]] for w, s, e in jieba.tokenize(text)]
    out["tokenize_search"] = [[w, offsets[s], offsets[e]] for w, s, e in jieba.tokenize(text, mode="search")]
    out["posseg"] = [[p.word, p.flag] for p in jieba.posseg.lcut(text)]
    out["posseg_no_hmm"] = [[p.word, p.flag] for p in jieba.posseg.lcut(text, HMM=False)]
    return out


def check_row(row):
    """Sanity checks on one parity row; returns a list of problems."""
    text = row["text"]
    problems = []
    for key in ("cut", "cut_no_hmm"):
        if "".join(row[key]) != text:
            problems.append(key + " does not concatenate to the text")
    for key in ("posseg", "posseg_no_hmm"):
        if "".join(w for w, _ in row[key]) != text:
            problems.append(key + " does not concatenate to the text")
    # cut_all legitimately yields "" around whitespace in non-Chinese blocks (re_skip.split leftovers).
    for key in ("cut", "cut_no_hmm", "search", "search_no_hmm"):
        if any(w == "" for w in row[key]):
            problems.append(key + " has an empty token")
    for key in ("cut", "cut_no_hmm", "cut_all", "search", "search_no_hmm"):
        if any(w not in text for w in row[key]):
            problems.append(key + " has a token that is not in the text")
    offsets = utf16_offsets(text)
    index = {u: i for i, u in enumerate(offsets)}
    length = offsets[-1]
    pos = 0
    for w, s, e in row["tokenize"]:
        if s != pos or e <= s:
            problems.append("tokenize offsets not contiguous at %d" % s)
            break
        if utf16_slice(text, index, s, e) != w:
            problems.append("tokenize word %r does not match text[%d:%d]" % (w, s, e))
            break
        pos = e
    if pos != length:
        problems.append("tokenize ends at %d, text length %d" % (pos, length))
    if [t[0] for t in row["tokenize"]] != row["cut"]:
        problems.append("tokenize words differ from cut")
    for w, s, e in row["tokenize_search"]:
        if not (0 <= s < e <= length) or utf16_slice(text, index, s, e) != w:
            problems.append("tokenize_search word %r does not match text[%d:%d]" % (w, s, e))
            break
    return problems


def keywords(jieba, row):
    text = row["text"]
    pairs = lambda items: [[w, float(x)] for w, x in items]
    return {
        "id": row["id"],
        "text": text,
        "tfidf": pairs(jieba.analyse.extract_tags(text, topK=20, withWeight=True)),
        "tfidf_pos": pairs(jieba.analyse.extract_tags(text, topK=20, withWeight=True, allowPOS=("ns", "n", "vn", "v"))),
        "textrank": pairs(jieba.analyse.textrank(text, topK=20, withWeight=True)),
        "textrank_pos": pairs(jieba.analyse.textrank(text, topK=20, withWeight=True, allowPOS=("ns", "n"))),
    }


def dumps(obj):
    """One JSON line; U+0085, U+2028 and U+2029 are escaped so line-splitting readers keep records whole."""
    s = json.dumps(obj, ensure_ascii=False)
    return s.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write_jsonl(name, rows):
    """Writes SPEC_DIR/name, or name.gz when the plain file would exceed 15 MB; removes the other variant."""
    data = "".join(dumps(r) + "\n" for r in rows).encode("utf-8")
    plain = os.path.join(SPEC_DIR, name)
    gz = plain + ".gz"
    if len(data) > MAX_PLAIN_BYTES:
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as g:
            g.write(data)
        target, payload, stale = gz, buf.getvalue(), plain
    else:
        target, payload, stale = plain, data, gz
    with open(target, "wb") as f:
        f.write(payload)
    if os.path.exists(stale):
        os.remove(stale)
    return target, len(data), len(payload)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", default=INPUTS, help="generated texts (default: %(default)s)")
    args = ap.parse_args()
    reexec_with_fixed_hash_seed()
    jieba = load_jieba()

    generated = read_jsonl(args.inputs)
    corpus, skipped = read_corpus()
    for rel in skipped:
        print("make_parity: skipped %s (not UTF-8 text)" % rel, file=sys.stderr)
    ids = [r["id"] for r in generated + corpus]
    if len(set(ids)) != len(ids):
        fail("duplicate ids in inputs")

    started = time.time()
    parity = []
    problems = 0
    for row in generated + corpus:
        out = segment(jieba, row)
        for p in check_row(out):
            problems += 1
            if problems <= 50:
                print("make_parity: %s: %s" % (row["id"], p), file=sys.stderr)
        parity.append(out)
    if problems:
        fail("%d sanity problems; nothing written" % problems)
    seg_seconds = time.time() - started

    started = time.time()
    by_length = sorted(range(len(generated)), key=lambda i: (-len(generated[i]["text"]), i))
    chosen = sorted(by_length[:KEYWORD_LONGEST])
    keyword_rows = [keywords(jieba, row) for row in corpus] + [keywords(jieba, generated[i]) for i in chosen]
    kw_seconds = time.time() - started

    for name, rows in (("parity.jsonl", parity), ("keywords.jsonl", keyword_rows)):
        target, raw, written = write_jsonl(name, rows)
        print("make_parity: wrote %d rows to %s (%d bytes%s)" % (
            len(rows), os.path.relpath(target, REPO), written,
            ", %d uncompressed" % raw if written != raw else ""), file=sys.stderr)
    print("make_parity: %d generated texts, %d corpus documents; segmentation %.1fs, keywords %.1fs" % (
        len(generated), len(corpus), seg_seconds, kw_seconds), file=sys.stderr)


if __name__ == "__main__":
    main()
