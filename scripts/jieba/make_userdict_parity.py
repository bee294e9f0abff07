#!/usr/bin/python3
"""Golden data for user dictionaries: python jieba 0.42.1 after load_userdict, add_word, del_word.

Run: /usr/bin/python3 scripts/jieba/make_userdict_parity.py
Reads tests/CampaignText.Tests/Specs/Segmentation/userdict.txt and writes userdict-parity.jsonl next to it:
one object per sentence with cut (HMM on/off), posseg and search after the dictionary changes, and the
suggest_freq values and total the changes produce.
"""
import json
import os

import jieba
import jieba.posseg

assert jieba.__version__ == "0.42.1"
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "CampaignText.Tests", "Specs", "Segmentation")

SENTENCES = [
    "东城区召开全国文明城区复查迎检工作部署会，各街道要发挥属地主责作用。",
    "新建文明实践站12个，创城办牵头落实门前三包责任制。",
    "市民通过接诉即办渠道反映背街小巷整治问题，周末卫生大扫除活动持续开展。",
    "石景山区八角街道新时代文明实践所开展志愿服务。",
    "他们在文明城区创建中勇于担当，把创城工作做细做实。",
    "今天天气不错，我们去公园散步吧。",
]

jieba.initialize()
jieba.load_userdict(os.path.join(HERE, "userdict.txt"))
jieba.add_word("复查迎检")
jieba.add_word("担当作为", 50, "l")
jieba.del_word("做实")
out = {"total": jieba.dt.total,
       "suggest": {w: jieba.suggest_freq(w, False) for w in ["文明城区", "部署会", "志愿服务队"]},
       "suggest_split": jieba.suggest_freq(("属地", "主责"), False),
       "cases": []}
for s in SENTENCES:
    out["cases"].append({
        "text": s,
        "cut": jieba.lcut(s),
        "cut_no_hmm": jieba.lcut(s, HMM=False),
        "search": jieba.lcut_for_search(s),
        "posseg": [[w, f] for w, f in jieba.posseg.lcut(s)],
    })
with open(os.path.join(HERE, "userdict-parity.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print("ok")
