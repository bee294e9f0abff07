#!/usr/bin/env python3
"""Render the bulletin corpus from its structured sources.

For every corpus/src/<name>.json this writes
  - corpus/<year>/<name>.<ext>: the bulletin as a reader would have it (plain text, markdown or .docx,
    in the encoding and line endings the source asks for), and
  - tests/CampaignText.Tests/Specs/Structure/<name>.expected.json: the structure CampaignText must
    return for it, in the shape of the output contract.

After writing, every rendered file is read back and checked: each expected string (masthead fields,
headings, titles, attributions, paragraphs, footer names) must be found in the file in order, with
only whitespace, bold marks and page numbers allowed in between, so the expected JSON holds nothing
the file does not say.

Markers inside source strings:
  "|"  in a masthead publication or an article title: where the title breaks over two lines;
  "¶"  inside a paragraph: a page break (rendered by the next style in render.pageStyles);
  "**" around a run-in head inside a paragraph: bold in markdown and .docx, dropped in plain text.

It also writes corpus/labels.csv (document, paragraph index, category) for every paragraph that sits
under a section heading with a known category, checks that no paragraph shares a run of 12 characters
with the reference bulletins in ../shared/seeds (when that folder is present), and that no two bulletins
share a run of 30 characters.

Usage: python3 scripts/corpus/render.py [--check-only]
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC_DIR = os.path.join(ROOT, "corpus", "src")
SPEC_DIR = os.path.join(ROOT, "tests", "CampaignText.Tests", "Specs", "Structure")
LABELS_PATH = os.path.join(ROOT, "corpus", "labels.csv")
SEED_DIR = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
SEED_WINDOW = 12
SHARED_WINDOW = 30
YEARS = range(2017, 2026)

sys.path.insert(0, HERE)
import make_docx  # noqa: E402

# Section heading -> category. The first five rows are the output contract's table.
CATEGORIES = {
    "文明创建": "creation",
    "工作交流": "exchange",
    "简讯": "briefs",
    "指挥调度": "dispatch",
    "检查督导": "inspection",
    "文明实践": "practice",
    "经验做法": "practice",
    "志愿服务": "volunteer",
    "媒体关注": "media",
    "工作动态": "news",
    "督查通报": "inspection",
    "宣传教育": "publicity",
    "典型选树": "models",
}

CN_DIGITS = "〇一二三四五六七八九"

FOOTER_LABELS = {
    "editor": "责编",
    "reviewer": "核稿",
    "phone": "电话",
    "fax": "传真",
    "email": "邮箱",
    "reportTo": "报",
    "copyTo": "送",
    "distributeTo": "发",
}
FOOTER_LISTS = ("reportTo", "copyTo", "distributeTo")


class SourceError(Exception):
    pass


# ---------------------------------------------------------------- text helpers

def clean(s):
    """The text a careful reader would type: markers and bold marks removed."""
    return s.replace("|", "").replace("¶", "").replace("**", "")


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def render_date(iso, style, spaced):
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "cn":
        return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_number(m) + "月" + cn_number(d) + "日"
    if style == "dotted":
        return f"{y}.{m:02d}.{d:02d}"
    if spaced:
        return f"{y} 年 {m} 月 {d} 日"
    return f"{y}年{m}月{d}日"


DIGIT_RUN = re.compile(r"[0-9][0-9.]*%?")


def space_digits(s):
    """Put spaces around digit runs that touch non-ASCII text, as PDF text extraction does."""
    out = []
    last = 0
    for m in DIGIT_RUN.finditer(s):
        a, b = m.span()
        out.append(s[last:a])
        before = s[a - 1] if a > 0 else ""
        after = s[b] if b < len(s) else ""
        run = m.group(0)
        if run.endswith(".") and len(run) > 1:
            run = run[:-1]
            b -= 1
            after = s[b]
        left = " " if before and ord(before) > 127 and before not in "¶“”‘’（(" else ""
        right = " " if after and ord(after) > 127 and after not in "¶，。、；：）)”’" else ""
        out.append(left + run + right)
        last = b
    out.append(s[last:])
    return "".join(out)


class Pages:
    """Hands out page-break renderings in order, counting pages from 2."""

    def __init__(self, styles):
        self.styles = styles or ["blank"]
        self.count = 0
        self.page = 1
        self.total = None

    def next(self, nl):
        style = self.styles[self.count % len(self.styles)]
        self.count += 1
        self.page += 1
        n = self.page
        if style == "blank":
            return nl + nl
        if style == "dash":
            return f"{nl}{nl}- {n} -{nl}{nl}"
        if style == "num":
            return f"{nl}{nl}{n}{nl}{nl}"
        if style == "cn":
            return f"{nl}{nl}第{n}页{nl}{nl}"
        if style == "ff":
            return f"{nl}\f{nl}{n}{nl}"
        if style == "ffonly":
            return f"{nl}\f"
        if style == "glued":
            return str(n)
        if style == "gluedspaced":
            return f" {n} "
        raise SourceError(f"unknown page style {style!r}")


# ---------------------------------------------------------------- expected JSON

def para_entries(article):
    """(kind, text) for each paragraph of an article: kind is 'part' or 'text'."""
    for p in article.get("paragraphs", []):
        if isinstance(p, dict):
            yield "part", p["part"]
        else:
            yield "text", p


def build_expected(src, source_path):
    m = src.get("masthead")
    index = 0
    sections = []
    for sec in src["sections"]:
        heading = sec.get("heading")
        heading_clean = heading.replace(" ", "") if heading else None
        category = CATEGORIES.get(heading_clean, "other") if heading_clean else "other"
        articles = []
        for art in sec["articles"]:
            paragraphs = []
            for _kind, text in para_entries(art):
                paragraphs.append({"index": index, "text": clean(text), "category": None, "confidence": None})
                index += 1
            articles.append({
                "title": clean(art["title"]) if art.get("title") else None,
                "attribution": art.get("attribution"),
                "tag": art.get("tag"),
                "paragraphs": paragraphs,
            })
        sections.append({"heading": heading_clean, "category": category, "articles": articles})

    f = src.get("footer")
    footer = None
    if f is not None:
        footer = {
            "editor": f.get("editor"),
            "reviewer": f.get("reviewer"),
            "staff": dict(f.get("staff", {})),
            "phone": f.get("phone"),
            "fax": f.get("fax"),
            "email": f.get("email"),
            "reportTo": list(f.get("reportTo", [])),
            "copyTo": list(f.get("copyTo", [])),
            "distributeTo": list(f.get("distributeTo", [])),
        }
    return {
        "source": source_path,
        "publication": clean(m["publication"]).replace(" ", "") if m else None,
        "issue": m.get("issue") if m else None,
        "totalIssue": m.get("totalIssue") if m else None,
        "issuer": m.get("issuer") if m else None,
        "date": m.get("date") if m else None,
        "title": clean(src["title"]) if src.get("title") else None,
        "sections": sections,
        "footer": footer,
        "mentions": [],
    }


# ---------------------------------------------------------------- plain text / markdown

def bracket(text, style):
    return f"({text})" if style == "half" else f"（{text}）"


def masthead_lines(src, opt, md):
    m = src.get("masthead")
    if not m:
        return []
    spaced = opt.get("mastheadSpaces", True)
    sp = " " if spaced else ""
    br = opt.get("titleBreak", "space")
    pub = m["publication"].replace("|", "\n" if br == "newline" else " ")
    if not m.get("publication").count("|"):
        pub = m["publication"]
    fields = {
        "publication": ("# " + pub.replace("\n", " ")) if md else pub,
        "issue": f"第{sp}{m['issue']}{sp}期" if m.get("issue") is not None else None,
        "totalIssue": None,
        "issuer": m.get("issuer"),
        "date": render_date(m["date"], opt.get("dateStyle", "arabic"), spaced) if m.get("date") else None,
    }
    if m.get("totalIssue") is not None:
        t = f"总第{sp}{m['totalIssue']}{sp}期"
        fields["totalIssue"] = bracket(t, opt.get("totalBrackets", "half"))
    order = opt.get("mastheadOrder", ["publication", "issue", "totalIssue", "issuer", "date"])
    lines = []
    for item in order:
        names = item.split("+")
        values = [fields[n] for n in names if fields.get(n)]
        if values:
            lines.append(opt.get("mastheadJoin", "    ").join(values))
    for n, v in fields.items():
        if v and not any(n in item.split("+") for item in order):
            raise SourceError(f"masthead field {n} is set but not in mastheadOrder")
    return lines


def footer_lines(src, opt, md):
    f = src.get("footer")
    if f is None:
        return []
    fo = opt.get("footer", {})
    colon = fo.get("colon", "：")
    labels = dict(FOOTER_LABELS)
    labels.update(fo.get("labels", {}))
    list_sep = fo.get("listSep", "，")
    list_end = fo.get("listEnd", "")
    field_sep = fo.get("fieldSep", "  ")
    layout = fo.get("lines")
    if layout is None:
        layout = [[k] for k in ("editor", "reviewer", *f.get("staff", {}).keys(), "phone", "fax", "email",
                                *FOOTER_LISTS)]
    seen = set()
    lines = []
    for row in layout:
        if row == ["---"]:
            lines.append("---" if md else fo.get("rule", "---"))
            continue
        parts = []
        for key in row:
            seen.add(key)
            if key in FOOTER_LISTS:
                items = f.get(key) or []
                if items:
                    parts.append(f"{labels[key]}{colon}{list_sep.join(items)}{list_end}")
            elif key in f.get("staff", {}):
                parts.append(f"{key}{colon}{f['staff'][key]}")
            elif f.get(key):
                parts.append(f"{labels[key]}{colon}{f[key]}")
        if parts:
            lines.append(field_sep.join(parts))
    for key in ("editor", "reviewer", "phone", "fax", "email", *FOOTER_LISTS, *f.get("staff", {}).keys()):
        if f.get(key) or f.get("staff", {}).get(key):
            if key not in seen:
                raise SourceError(f"footer field {key} is set but not in render.footer.lines")
    return lines


def render_text(src, md):
    opt = src.get("render", {})
    nl = "\n"
    gap = nl * (1 + opt.get("lineGap", 1))
    pages = Pages(opt.get("pageStyles"))
    digits = opt.get("bodyDigitSpaces", False)
    keep_bold = md or opt.get("keepBold", False)
    attr_default = opt.get("attribution", {})
    tag_sep = opt.get("tagSep", " ")

    def body(s):
        if not keep_bold:
            s = s.replace("**", "")
        if digits:
            s = space_digits(s)
        pieces = s.split("¶")
        out = pieces[0]
        for piece in pieces[1:]:
            out += pages.next(nl) + piece
        return out

    def title_text(s):
        br = opt.get("articleTitleBreak", "space")
        s = s.replace("|", " " if br == "space" else nl)
        if digits:
            s = space_digits(s)
        return s

    blocks = []
    web = opt.get("web")
    if web:
        blocks.extend(web.get("before", []))
    lead = opt.get("leadingBlank", 2)
    head = masthead_lines(src, opt, md)
    blocks.extend(head)
    if src.get("title"):
        t = src["title"].replace("|", " ")
        blocks.append(("# " + t) if md else t)
    if md and head:
        blocks.append("---")
    elif opt.get("mastheadRule"):
        blocks.append(opt["mastheadRule"])

    for sec in src["sections"]:
        if sec.get("heading"):
            h = f"【{sec['heading']}】"
            blocks.append(("## " + h) if md else h)
        for art in sec["articles"]:
            ao = dict(attr_default)
            ao.update(art.get("render", {}))
            pos = ao.get("pos", "end")
            br = ao.get("brackets", "half")
            attr = art.get("attribution")
            attr_s = bracket(attr, br) if attr else None
            if attr_s and ao.get("bold") and md:
                attr_s = f"**{attr_s}**"
            if art.get("title"):
                t = title_text(art["title"])
                if attr_s and pos == "afterTitle":
                    t += ao.get("sep", "") + attr_s
                blocks.append(("### " + t) if md else t)
            if attr_s and pos == "afterTitleLine":
                blocks.append(attr_s)
            entries = list(para_entries(art))
            for i, (kind, text) in enumerate(entries):
                if kind == "part":
                    blocks.append(f"**{text}**" if md else text)
                    continue
                s = body(text)
                if art.get("tag") and i == 0:
                    s = f"【{art['tag']}】{tag_sep}{s}"
                if attr_s and pos == "endInline" and i == len(entries) - 1:
                    s += ao.get("sep", " ") + attr_s
                blocks.append(s)
            if attr_s and pos == "end":
                blocks.append(attr_s)
            if art.get("tables"):
                raise SourceError("tables are only rendered in .docx")
    foot = footer_lines(src, opt, md)
    if foot:
        if md:
            blocks.append("---")
        elif opt.get("footerRule"):
            blocks.append(opt["footerRule"])
        blocks.extend(foot)
        if md and opt.get("closingRule", True):
            blocks.append("---")
    if web:
        blocks.extend(web.get("after", []))
    text = nl * lead + gap.join(blocks) + opt.get("trailing", nl)
    if opt.get("newline") == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


# ---------------------------------------------------------------- docx

def runs_of(s):
    """Split '**bold**' marks into (text, bold) runs."""
    parts = s.replace("¶", "").split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def render_docx_blocks(src):
    opt = src.get("render", {})
    attr_default = opt.get("attribution", {})
    blocks = []

    def p(text, **kw):
        b = {"type": "p", "runs": runs_of(text) if isinstance(text, str) else text}
        b.update(kw)
        blocks.append(b)

    m = src.get("masthead")
    if m:
        spaced = opt.get("mastheadSpaces", False)
        sp = " " if spaced else ""
        pub = m["publication"]
        if "|" in pub:
            a, b = pub.split("|", 1)
            p([(a, True), (b, True)], align="center", size=52, color="FF0000", breaks=[1])
        else:
            p([(pub, True)], align="center", size=52, color="FF0000")
        fields = {
            "issue": f"第{sp}{m['issue']}{sp}期" if m.get("issue") is not None else None,
            "totalIssue": bracket(f"总第{sp}{m['totalIssue']}{sp}期", opt.get("totalBrackets", "full"))
            if m.get("totalIssue") is not None else None,
            "issuer": m.get("issuer"),
            "date": render_date(m["date"], opt.get("dateStyle", "arabic"), spaced) if m.get("date") else None,
        }
        order = opt.get("mastheadOrder", ["publication", "issue", "totalIssue", "issuer+date"])
        for item in order:
            if item == "publication":
                continue
            values = [fields[n] for n in item.split("+") if fields.get(n)]
            if values:
                p(opt.get("mastheadJoin", "        ").join(values), align="center")
    if src.get("title"):
        p([(src["title"].replace("|", ""), True)], align="center", size=36)
    for sec in src["sections"]:
        if sec.get("heading"):
            p([(f"【{sec['heading']}】", True)])
        for art in sec["articles"]:
            ao = dict(attr_default)
            ao.update(art.get("render", {}))
            pos = ao.get("pos", "end")
            attr = art.get("attribution")
            attr_s = bracket(attr, ao.get("brackets", "full")) if attr else None
            if art.get("title"):
                t = art["title"].replace("|", "")
                runs = [(t, True)]
                if attr_s and pos == "afterTitle":
                    runs.append((attr_s, False))
                p(runs, align="center")
            if attr_s and pos == "afterTitleLine":
                p(attr_s)
            entries = list(para_entries(art))
            tables = {t["afterParagraph"]: t for t in art.get("tables", [])}
            for i, (kind, text) in enumerate(entries):
                if kind == "part":
                    p([(text, True)])
                else:
                    runs = runs_of(text)
                    if art.get("tag") and i == 0:
                        runs.insert(0, (f"【{art['tag']}】", True))
                    if attr_s and pos == "endInline" and i == len(entries) - 1:
                        runs.append((attr_s, False))
                    p(runs)
                if i in tables:
                    t = tables[i]
                    if t.get("caption"):
                        raise SourceError("table captions would be paragraphs; put the caption in the text")
                    blocks.append({"type": "table", "rows": t["rows"], "header": True})
            if attr_s and pos == "end":
                p(attr_s, align="right")
    foot = footer_lines(src, opt, False)
    for line in foot:
        p(line)
    return blocks


# ---------------------------------------------------------------- checks

JUNK = r"(?:\*\*|-\d{1,3}-|第\d{1,3}页|\d{1,3}){0,2}"


def squeeze(s):
    return re.sub(r"\s+", "", s)


def find_in_order(haystack, needle, pos, what):
    """Find needle in haystack from pos, allowing page numbers and bold marks between characters."""
    chars = squeeze(needle)
    if not chars:
        raise SourceError(f"{what}: empty")
    pattern = JUNK.join(re.escape(c) for c in chars)
    m = re.compile(pattern).search(haystack, pos)
    if not m:
        raise SourceError(f"{what}: not found in the rendered file after offset {pos}: {needle[:40]}…")
    return m.end()


def read_back(path, src):
    opt = src.get("render", {})
    fmt = src.get("format", "txt")
    if fmt == "docx":
        return make_docx.read_docx_text(path)
    raw = open(path, "rb").read()
    enc = opt.get("encoding", "utf-8")
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), f"{path}: no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM"
        text = raw[3:].decode("utf-8")
    elif enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise AssertionError(f"{path}: GB18030 file also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
    else:
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path}: unexpected BOM"
        text = raw.decode("utf-8")
    if opt.get("newline") == "crlf":
        assert text.count("\r\n") == text.count("\n") > 0, f"{path}: not CRLF throughout"
    else:
        assert "\r" not in text, f"{path}: stray CR"
    return text


def check(src, expected, path):
    text = read_back(path, src)
    hay = squeeze(text)
    m = src.get("masthead")
    if m:
        for key in ("publication", "issuer"):
            find_in_order(hay, expected[key], 0, key)
        if expected["issue"] is not None:
            find_in_order(hay, f"第{expected['issue']}期", 0, "issue")
        if expected["totalIssue"] is not None:
            find_in_order(hay, f"总第{expected['totalIssue']}期", 0, "totalIssue")
        opt = src.get("render", {})
        find_in_order(hay, render_date(expected["date"], opt.get("dateStyle", "arabic"), False), 0, "date")
    pos = 0
    if expected["title"]:
        pos = find_in_order(hay, expected["title"], pos, "title")
    for s_i, sec in enumerate(expected["sections"]):
        if sec["heading"]:
            pos = find_in_order(hay, "【" + sec["heading"] + "】", pos, f"section {s_i}")
        for a_i, art in enumerate(sec["articles"]):
            src_art = src["sections"][s_i]["articles"][a_i]
            attr_pos = src_art.get("render", {}).get("pos") or src.get("render", {}).get("attribution", {}).get("pos", "end")
            where = f"section {s_i} article {a_i}"
            if art["title"]:
                pos = find_in_order(hay, art["title"], pos, where + " title")
            if art["attribution"] and attr_pos in ("afterTitle", "afterTitleLine"):
                pos = find_in_order(hay, art["attribution"], pos, where + " attribution")
            if art["tag"]:
                pos = find_in_order(hay, "【" + art["tag"] + "】", pos, where + " tag")
            for para in art["paragraphs"]:
                pos = find_in_order(hay, para["text"], pos, f"paragraph {para['index']}")
            if art["attribution"] and attr_pos in ("end", "endInline"):
                pos = find_in_order(hay, art["attribution"], pos, where + " attribution")
    f = expected["footer"]
    if f:
        values = [f["editor"], f["reviewer"], f["phone"], f["fax"], f["email"], *f["staff"].values(),
                  *f["reportTo"], *f["copyTo"], *f["distributeTo"]]
        for v in values:
            if v:
                find_in_order(hay, v, pos, "footer " + v)
    # Lints on the expected text itself.
    for sec in expected["sections"]:
        for art in sec["articles"]:
            for para in art["paragraphs"]:
                t = para["text"]
                if re.search(r"\s", t):
                    raise SourceError(f"paragraph {para['index']} has whitespace: {t[:30]}")
    return len(text)


def lint_source(src):
    """Content rules: prose paragraphs 120–600 characters, brief items 40–150, footer list items
    without separators."""
    errors = []
    for sec in src["sections"]:
        for art in sec["articles"]:
            for kind, text in para_entries(art):
                n = len(clean(text))
                if kind == "part":
                    if not re.match(r"^[一二三四五六七八九十]+、", text):
                        raise SourceError(f"part heading must start with 一、: {text}")
                    continue
                brief = art.get("tag") or (sec.get("heading") or "").replace(" ", "") == "简讯"
                low, high = (40, 150) if brief else (120, 600)
                if not low <= n <= high:
                    errors.append(f"{src['name']}: paragraph of {n} characters: {text[:30]}…")
    footer = src.get("footer") or {}
    for key in FOOTER_LISTS:
        for item in footer.get(key, []):
            if re.search(r"[，、,。\s]", item):
                errors.append(f"{src['name']}: footer {key} item holds a list separator: {item}")
    if errors:
        raise SourceError("\n".join(errors))


def windows(text, size):
    return {text[i:i + size] for i in range(len(text) - size + 1)}


def load_seed_windows():
    """Every run of SEED_WINDOW characters (whitespace removed) in the reference bulletins."""
    if not os.path.isdir(SEED_DIR):
        return None
    grams = set()
    for fname in sorted(os.listdir(SEED_DIR)):
        if fname.endswith(".txt"):
            with open(os.path.join(SEED_DIR, fname), encoding="utf-8", errors="replace") as fh:
                grams |= windows(squeeze(fh.read()), SEED_WINDOW)
    return grams


def expected_texts(expected):
    for sec in expected["sections"]:
        for art in sec["articles"]:
            if art["title"]:
                yield art["title"]
            for para in art["paragraphs"]:
                yield para["text"]


def check_overlap(all_expected, seed_grams):
    """No text shares SEED_WINDOW characters with a seed, nor SHARED_WINDOW characters with another
    bulletin."""
    errors = []
    owner = {}
    for expected in all_expected:
        doc = expected["source"]
        mine = set()
        for text in expected_texts(expected):
            t = squeeze(text)
            if seed_grams is not None:
                hits = windows(t, SEED_WINDOW) & seed_grams
                if hits:
                    errors.append(f"{doc}: shares text with a reference bulletin: {sorted(hits)[0]}")
            mine |= windows(t, SHARED_WINDOW)
        for g in sorted(mine):
            other = owner.setdefault(g, doc)
            if other != doc:
                errors.append(f"{doc}: repeats {SHARED_WINDOW} characters of {other}: {g}")
                break
    if errors:
        raise SourceError("\n".join(errors))


def label_rows(all_expected):
    """(document, paragraph index, category) for paragraphs under a heading with a known category."""
    rows = []
    for expected in sorted(all_expected, key=lambda e: e["source"]):
        for sec in expected["sections"]:
            if sec["heading"] is None or sec["heading"] not in CATEGORIES:
                continue
            for art in sec["articles"]:
                for para in art["paragraphs"]:
                    rows.append((expected["source"], para["index"], sec["category"]))
    return rows


def labels_csv(rows):
    return "document,paragraph,category\n" + "".join(f"{d},{i},{c}\n" for d, i, c in rows)


# ---------------------------------------------------------------- main

ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: b"\xff\xfe" + s.encode("utf-16-le"),
    "gb18030": lambda s: s.encode("gb18030"),
}


def main(argv):
    check_only = "--check-only" in argv
    names = sorted(n for n in os.listdir(SRC_DIR) if n.endswith(".json"))
    os.makedirs(SPEC_DIR, exist_ok=True)
    total_chars = 0
    total_paras = 0
    all_expected = []
    for fname in names:
        with open(os.path.join(SRC_DIR, fname), encoding="utf-8") as fh:
            src = json.load(fh)
        name = src["name"]
        if fname != name + ".json":
            raise SourceError(f"{fname}: name field is {name}")
        year = int(src.get("masthead", {}).get("date", str(src.get("year")))[:4]) if src.get("masthead") else src["year"]
        if year not in YEARS:
            raise SourceError(f"{name}: year {year} outside {YEARS[0]}–{YEARS[-1]}")
        fmt = src.get("format", "txt")
        ext = fmt
        rel = f"corpus/{year}/{name}.{ext}"
        path = os.path.join(ROOT, rel)
        lint_source(src)
        expected = build_expected(src, rel)
        spec_path = os.path.join(SPEC_DIR, f"{name}.expected.json")
        if not check_only:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if fmt == "docx":
                make_docx.write_docx(path, render_docx_blocks(src), title=expected["publication"] or "",
                                     date=expected["date"] or f"{year}-01-01")
            else:
                text = render_text(src, md=(fmt == "md"))
                with open(path, "wb") as fh:
                    fh.write(ENCODERS[src.get("render", {}).get("encoding", "utf-8")](text))
            with open(spec_path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
        else:
            with open(spec_path, encoding="utf-8") as fh:
                if json.load(fh) != expected:
                    raise SourceError(f"{spec_path} is out of date: run render.py")
        n = check(src, expected, path)
        all_expected.append(expected)
        paras = sum(len(a["paragraphs"]) for s in expected["sections"] for a in s["articles"])
        total_chars += n
        total_paras += paras
        print(f"ok  {rel:55s} {paras:3d} paragraphs")
    check_overlap(all_expected, load_seed_windows())
    rows = label_rows(all_expected)
    csv_text = labels_csv(rows)
    if check_only:
        with open(LABELS_PATH, encoding="utf-8") as fh:
            if fh.read() != csv_text:
                raise SourceError(f"{LABELS_PATH} is out of date: run render.py")
    else:
        with open(LABELS_PATH, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(csv_text)
    counts = {}
    for _d, _i, c in rows:
        counts[c] = counts.get(c, 0) + 1
    print(f"{len(names)} bulletins, {total_paras} paragraphs checked, {len(rows)} labelled:")
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (SourceError, AssertionError) as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
