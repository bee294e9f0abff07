#!/usr/bin/python3
"""Converts python jieba 0.42.1's data (Debian package python3-jieba, MIT) into models/jieba/.

Run once after `apt-get install python3-jieba`:  /usr/bin/python3 scripts/jieba/convert_jieba.py

Outputs (UTF-8, LF):
  dict.txt      jieba's dict.txt, lines stable-sorted by the UTF-16 code units of the word, otherwise unchanged
                (duplicate words stay in their original relative order: the later one wins, as in jieba).
  dict.trie     the same dictionary as a ready-built prefix trie (format below), which the library loads
                without parsing; a test checks it equals the trie built from dict.txt.
  hmm.tsv       finalseg model: start/trans/emit log probabilities (states B, M, E, S).
  pos_hmm.tsv   posseg model: start/trans/emit log probabilities over (position, tag) states, and the
                char -> allowed states table.
  idf.txt       jieba.analyse's idf.txt, unchanged.
  stopwords.txt jieba.analyse's default stop words.
  LICENSE       jieba's MIT licence notice.
dict.trie (little-endian): b"CTTRIE01", int32 node count N, int64 total, int32 longest word, int32 entry
count, int32 tag count T, then T tags (byte length + ASCII), then label uint16[N], childStart int32[N+1],
freq int64[N], tag uint16[N], isEntry uint8[N]. Nodes are numbered breadth-first from the root (0); the
children of node n are the nodes childStart[n] .. childStart[n+1]-1, sorted by label.
Floats are written with repr(), which round-trips to the identical IEEE double. Characters in the HMM
tables are written as hexadecimal code points.
"""
import os
import shutil
import sys

import jieba
from jieba.analyse.tfidf import KeywordExtractor
from jieba.finalseg import prob_emit, prob_start, prob_trans
from jieba.posseg import char_state_tab, prob_emit as pemit, prob_start as pstart, prob_trans as ptrans

if jieba.__version__ != "0.42.1":
    sys.exit("expected jieba 0.42.1, found %s" % jieba.__version__)

SRC = os.path.dirname(jieba.__file__)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "models", "jieba")
os.makedirs(OUT, exist_ok=True)


def u16(word):
    return word.encode("utf-16-be")


def hexchar(c):
    return "%x" % ord(c)


def state(s):
    return "%s-%s" % s


with open(os.path.join(SRC, "dict.txt"), encoding="utf-8") as f:
    lines = [line.strip() for line in f if line.strip()]
lines.sort(key=lambda line: u16(line.split(" ")[0]))  # list.sort is stable
with open(os.path.join(OUT, "dict.txt"), "w", encoding="utf-8", newline="\n") as f:
    for line in lines:
        f.write(line + "\n")


def write_trie(path, lines):
    import struct
    entries = {}
    tags = [None]
    tag_index = {}
    total = 0
    for line in lines:
        parts = line.split(" ")
        word, freq = parts[0], int(parts[1])
        tag = parts[2] if len(parts) > 2 else None
        total += freq
        if tag is not None and tag not in tag_index:
            tag_index[tag] = len(tags)
            tags.append(tag)
        entries[word] = (freq, tag_index[tag] if tag is not None else 0)
    words = sorted(entries, key=u16)
    units = [u16(w) for w in words]
    units = [[int.from_bytes(b[i:i + 2], "big") for i in range(0, len(b), 2)] for b in units]
    label, child_start, freq, tag, is_entry = [0], [], [0], [0], [0]
    queue = [(0, 0, len(words), 0)]
    head = 0
    while head < len(queue):
        node, lo, hi, d = queue[head]
        head += 1
        i = lo
        if i < hi and len(units[i]) == d:
            i += 1
        while len(child_start) <= node:
            child_start.append(0)
        child_start[node] = len(label)
        while i < hi:
            c = units[i][d]
            j = i + 1
            while j < hi and units[j][d] == c:
                j += 1
            child = len(label)
            label.append(c)
            if len(units[i]) == d + 1:
                f, t = entries[words[i]]
                freq.append(f); tag.append(t); is_entry.append(1)
            else:
                freq.append(0); tag.append(0); is_entry.append(0)
            queue.append((child, i, j, d + 1))
            i = j
    n = len(label)
    while len(child_start) < n:
        child_start.append(0)
    child_start.append(n)
    longest = max(len(u) for u in units)
    with open(path, "wb") as f:
        f.write(b"CTTRIE01")
        f.write(struct.pack("<iqiii", n, total, longest, len(words), len(tags)))
        for t in tags[1:]:
            b = t.encode("ascii")
            f.write(struct.pack("<B", len(b)) + b)
        f.write(struct.pack("<%dH" % n, *label))
        f.write(struct.pack("<%di" % (n + 1), *child_start))
        f.write(struct.pack("<%dq" % n, *freq))
        f.write(struct.pack("<%dH" % n, *tag))
        f.write(bytes(is_entry))


write_trie(os.path.join(OUT, "dict.trie"), lines)

with open(os.path.join(OUT, "hmm.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for s, v in prob_start.P.items():
        f.write("start\t%s\t%r\n" % (s, v))
    for s, d in prob_trans.P.items():
        for t, v in d.items():
            f.write("trans\t%s\t%s\t%r\n" % (s, t, v))
    for s, d in prob_emit.P.items():
        for c, v in sorted(d.items()):
            f.write("emit\t%s\t%s\t%r\n" % (s, hexchar(c), v))

with open(os.path.join(OUT, "pos_hmm.tsv"), "w", encoding="utf-8", newline="\n") as f:
    for s, v in sorted(pstart.P.items()):
        f.write("start\t%s\t%r\n" % (state(s), v))
    for s, d in sorted(ptrans.P.items()):
        f.write("state\t%s\n" % state(s))  # every state, even one without transitions
        for t, v in sorted(d.items()):
            f.write("trans\t%s\t%s\t%r\n" % (state(s), state(t), v))
    for s, d in sorted(pemit.P.items()):
        for c, v in sorted(d.items()):
            f.write("emit\t%s\t%s\t%r\n" % (state(s), hexchar(c), v))
    for c, states in sorted(char_state_tab.P.items()):
        f.write("chars\t%s\t%s\n" % (hexchar(c), " ".join(state(s) for s in states)))

shutil.copyfile(os.path.join(SRC, "analyse", "idf.txt"), os.path.join(OUT, "idf.txt"))
with open(os.path.join(OUT, "stopwords.txt"), "w", encoding="utf-8", newline="\n") as f:
    for w in sorted(KeywordExtractor.STOP_WORDS):
        f.write(w + "\n")

copyright_file = "/usr/share/doc/python3-jieba/copyright"
with open(os.path.join(OUT, "LICENSE"), "w", encoding="utf-8", newline="\n") as f:
    f.write("Data in this folder is converted from jieba 0.42.1 (https://github.com/fxsjy/jieba),\n")
    f.write("as packaged by Debian (python3-jieba 0.42.1). jieba is released under the MIT licence:\n\n")
    if os.path.exists(copyright_file):
        f.write(open(copyright_file, encoding="utf-8").read())
print("wrote", OUT)
