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
under a section heading with a known category and every paragraph its source labels ("labels" or
"label" on an article of a headless document), checks that no paragraph shares a run of 12 characters
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
    # the same headings in traditional script (traditional-script copies keep their text as written)
    "文明創建": "creation",
    "簡訊": "briefs",
    "指揮調度": "dispatch",
    "檢查督導": "inspection",
    "文明實踐": "practice",
    "經驗做法": "practice",
    "志願服務": "volunteer",
    "媒體關注": "media",
    "工作動態": "news",
    "督查通報": "inspection",
    "宣傳教育": "publicity",
    "典型選樹": "models",
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

PINYIN = re.compile(r"\{([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+ ?)\}")
PART_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]|[(（]\d{1,2}[)）]|第[一二三四五六七八九十]+部分)")


def clean(s):
    """The text a careful reader would type: markers, bold marks and pinyin annotations removed."""
    return PINYIN.sub("", s.replace("|", "").replace("¶", "").replace("**", ""))


def pinyin(s, style="half"):
    """Render {pinyin} annotations as (pinyin) or （pinyin） after their character."""
    if style == "full":
        return PINYIN.sub(lambda m: "（" + m.group(1) + "）", s)
    return PINYIN.sub(lambda m: "(" + m.group(1) + ")", s)


def run_in_title(art):
    """The title of an untitled article that opens with a headline sentence, bold (**…。**) or plain."""
    first = next((t for k, t in para_entries(art) if k == "text"), "")
    m = re.match(r"^\*\*([^*]+?)。\*\*", first) or re.match(r"^([^*。，,：:；;]{6,40})。", first)
    if not m:
        raise SourceError(f"runIn article does not open with a headline sentence (**…。** or …。): {first[:30]}")
    return clean(m.group(1))


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

    def __init__(self, styles, total=None, share_file=None):
        self.styles = styles or ["blank"]
        self.count = 0
        self.page = 1
        self.total = total
        self.share_file = share_file

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
        if style == "chunk":
            # a document-sharing preview: each page's text chunk starts "2、" on a new line
            return f"{nl}{n}、"
        if style == "share":
            return f"{nl}{nl}第{n}页 / 共{self.total}页{nl}{nl}"
        if style == "sharefile":
            if not self.share_file:
                raise SourceError("page style sharefile needs render.shareFile")
            return f"{nl}{nl}{self.share_file}_第{n}页{nl}{nl}"
        raise SourceError(f"unknown page style {style!r}")


# ---------------------------------------------------------------- expected JSON

def para_entries(article):
    """(kind, text) for each paragraph of an article: kind is 'part' or 'text'."""
    for p in article.get("paragraphs", []):
        if isinstance(p, dict):
            yield "part", p["part"]
        else:
            yield "text", p


def doc_date(src):
    """(date, dateSource, issuer) of a document: the masthead's, else the source's meta."""
    m = src.get("masthead") or {}
    meta = src.get("meta") or {}
    if meta.get("date") and meta.get("dateSource") not in ("metadata", "signoff"):
        raise SourceError(f"{src['name']}: meta.dateSource must be metadata or signoff")
    issuer = m.get("issuer") or meta.get("issuer")
    issuer = clean(issuer) if issuer else None
    if m.get("date"):
        return m["date"], "masthead", issuer
    if meta.get("date"):
        return meta["date"], meta["dateSource"], issuer
    return None, None, issuer


def build_expected(src, source_path):
    m = src.get("masthead")
    index = 0
    sections = []
    doc_title = clean(src["title"]) if src.get("title") else None
    first_article = True
    for sec in src["sections"]:
        heading = sec.get("heading")
        heading_clean = heading.replace(" ", "") if heading else None
        category = CATEGORIES.get(heading_clean, "other") if heading_clean else "other"
        articles = []
        for art in sec["articles"]:
            paragraphs = []
            part = None
            for kind, text in para_entries(art):
                if kind == "part":
                    part = clean(text)
                    continue
                paragraphs.append({"index": index, "text": clean(text), "part": part,
                                   "category": None, "confidence": None})
                index += 1
            title = clean(art["title"]) if art.get("title") else None
            if art.get("runIn"):
                if title:
                    raise SourceError("a runIn article has no title of its own")
                title = run_in_title(art)
            if title is None and first_article and not m and doc_title and not art.get("tag"):
                title = doc_title  # a headless document is one article under its title (a tagged item has none)
            first_article = False
            articles.append({
                "title": title,
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
    date, date_source, issuer = doc_date(src)
    return {
        "source": source_path,
        "publication": clean(m["publication"]).replace(" ", "") if m else None,
        "issue": m.get("issue") if m else None,
        "totalIssue": m.get("totalIssue") if m else None,
        "issuer": issuer,
        "date": date,
        "dateSource": date_source,
        "title": doc_title,
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
        "publication": pinyin(("# " + pub.replace("\n", " ")) if md else pub, opt.get("pinyinBrackets", "half")),
        "issue": f"第{sp}{m['issue']}{sp}期" if m.get("issue") is not None else None,
        "totalIssue": None,
        "issuer": pinyin(m["issuer"], opt.get("pinyinBrackets", "half")) if m.get("issuer") else None,
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


def page_total(src):
    return 1 + sum(t.count("¶") for sec in src["sections"] for art in sec["articles"]
                   for k, t in para_entries(art) if k == "text")


def signoff_lines(src):
    """The issuer and date of a notice's sign-off, as (issuer, date) strings, or None."""
    meta = src.get("meta") or {}
    if meta.get("dateSource") != "signoff":
        return None
    so = src.get("render", {}).get("signoff", {})
    if so.get("inText"):
        # The sign-off stands inside the text (a notice whose attachment follows it): the source's web.between
        # lines write it there.
        return None
    issuer = meta.get("issuer")
    date = render_date(meta["date"], so.get("dateStyle", "arabic"), False)
    return issuer, date


def render_text(src, md):
    opt = src.get("render", {})
    nl = "\n"
    gap = nl * (1 + opt.get("lineGap", 1))
    pages = Pages(opt.get("pageStyles"), page_total(src), opt.get("shareFile"))
    digits = opt.get("bodyDigitSpaces", False)
    keep_bold = md or opt.get("keepBold", False)
    attr_default = opt.get("attribution", {})
    tag_sep = opt.get("tagSep", " ")
    py_style = opt.get("pinyinBrackets", "half")
    web = opt.get("web") or {}
    between = web.get("between", {})

    def body(s):
        if not keep_bold:
            s = s.replace("**", "")
        s = pinyin(s, py_style)
        if digits:
            s = space_digits(s)
        pieces = s.split("¶")
        out = pieces[0]
        for piece in pieces[1:]:
            out += pages.next(nl) + piece
        return out

    def title_text(s):
        br = opt.get("articleTitleBreak", "space")
        s = pinyin(s, py_style).replace("|", " " if br == "space" else nl)
        if digits:
            s = space_digits(s)
        return s

    blocks = []
    blocks.extend(web.get("before", []))
    content_start = len(blocks)
    lead = opt.get("leadingBlank", 2)
    head = masthead_lines(src, opt, md)
    blocks.extend(head)
    if opt.get("issuerAbove"):
        blocks.append(pinyin(src["meta"]["issuer"], py_style))
    if src.get("title"):
        sep = nl if opt.get("docTitleBreak") == "newline" else " "
        t = pinyin(src["title"], py_style) + opt.get("titleSuffix", "")
        if md:
            blocks.append("# " + t.replace("|", " "))
        else:
            blocks.append(t.replace("|", sep))
    if src.get("byline"):
        blocks.append(src["byline"])
    blocks.extend(web.get("afterTitle", []))
    if md and head:
        blocks.append("---")
    elif opt.get("mastheadRule"):
        blocks.append(opt["mastheadRule"])

    index = 0
    last_text = None
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
                    blocks.append(f"**{pinyin(text, py_style)}**" if md and opt.get("boldParts", True)
                                  else pinyin(text, py_style))
                    continue
                s = body(text)
                if art.get("tag") and i == 0:
                    s = f"【{art['tag']}】{tag_sep}{s}"
                if attr_s and pos == "endInline" and i == len(entries) - 1:
                    s += ao.get("sep", " ") + attr_s
                blocks.append(s)
                last_text = len(blocks) - 1
                blocks.extend(between.get(str(index), []))
                index += 1
            if attr_s and pos == "end":
                blocks.append(attr_s)
            if art.get("tables"):
                raise SourceError("tables are only rendered in .docx")
    if opt.get("cutMark") is not None:
        blocks[last_text] += opt["cutMark"]
    so = signoff_lines(src)
    if so:
        fill = opt.get("signoff", {}).get("fill", " " * 24)
        if opt.get("signoff", {}).get("oneLine"):
            blocks.append(fill + so[0] + opt["signoff"].get("sep", " ") + so[1])
        else:
            blocks.append(fill + so[0] + nl + fill + so[1])
    foot = footer_lines(src, opt, md)
    if foot:
        if md:
            blocks.append("---")
        elif opt.get("footerRule"):
            blocks.append(opt["footerRule"])
        blocks.extend(foot)
        if md and opt.get("closingRule", True):
            blocks.append("---")
    blocks.extend(web.get("after", []))
    if opt.get("chunkFirst"):
        blocks[content_start] = "1、" + blocks[content_start]
    text = nl * lead + gap.join(blocks) + opt.get("trailing", nl)
    if opt.get("newline") == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


# ---------------------------------------------------------------- html

HTML_NAV = ["首页", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏"]
HTML_FOOTER = ["主办：区人民政府办公室  承办：区融媒体中心", "ICP备案号：京ICP备05012345号",
               "京公网安备 11010102000001号", "网站标识码：1101010001"]


def html_escape(s, entities=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        for ch, ent in (("“", "&ldquo;"), ("”", "&rdquo;"), ("‘", "&lsquo;"), ("’", "&rsquo;"),
                        ("—", "&mdash;"), ("·", "&middot;"), ("…", "&hellip;"), ("\u3000", "&#12288;")):
            s = s.replace(ch, ent)
    return s


def html_inline(s, entities):
    """Paragraph text to HTML: ¶ dropped, **bold** as <strong>, pinyin in brackets."""
    parts = pinyin(s.replace("¶", "")).split("**")
    return "".join(f"<strong>{html_escape(x, entities)}</strong>" if i % 2 else html_escape(x, entities)
                   for i, x in enumerate(parts))


def html_content(src, h):
    """The body of the document as HTML paragraphs, the way a CMS editor holds it."""
    opt = src.get("render", {})
    ent = h.get("entities", False)
    indent = h.get("indent", {"news": "css", "wechat": "wechat"}.get(h.get("template", "gov"), "fullwidth"))
    images = h.get("images", {})
    attr_default = opt.get("attribution", {})
    out = []

    def para(inner, style=None, raw=False):
        text = inner if raw else html_inline(inner, ent)
        if indent == "css" and style is None:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
        elif indent == "wechat" and style is None:
            out.append(f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{text}</span></p>')
        elif style is None:
            lead = html_escape("\u3000\u3000", ent) if indent == "fullwidth" else ""
            out.append(f"<p>{lead}{text}</p>")
        else:
            out.append(f'<p style="{style}">{text}</p>')

    m = src.get("masthead")
    if m:
        pub = "<br/>".join(html_escape(pinyin(x), ent) for x in m["publication"].split("|"))
        out.append(f'<p style="text-align:center;"><span style="color:#ff0000;font-size:26pt;"><strong>{pub}</strong></span></p>')
        sp = " " if opt.get("mastheadSpaces", False) else ""
        line = f"第{sp}{m['issue']}{sp}期" if m.get("issue") is not None else ""
        if m.get("totalIssue") is not None:
            line += bracket(f"总第{sp}{m['totalIssue']}{sp}期", opt.get("totalBrackets", "full"))
        if line:
            para(html_escape(line, ent), "text-align:center;", raw=True)
        low = [x for x in (pinyin(m["issuer"]) if m.get("issuer") else None,
                           render_date(m["date"], opt.get("dateStyle", "arabic"), False) if m.get("date") else None) if x]
        if low:
            para(html_escape("\u3000\u3000\u3000\u3000".join(low), ent), "text-align:center;", raw=True)
        out.append('<hr style="border-top:2px solid #ff0000;"/>')
    index = 0
    for sec in src["sections"]:
        if sec.get("heading"):
            para(f"<strong>【{html_escape(sec['heading'], ent)}】</strong>", "text-align:left;", raw=True)
        for art in sec["articles"]:
            ao = dict(attr_default)
            ao.update(art.get("render", {}))
            pos = ao.get("pos", "end")
            attr = art.get("attribution")
            attr_s = html_escape(bracket(attr, ao.get("brackets", "full")), ent) if attr else None
            if art.get("title"):
                t = "<br/>".join(html_escape(pinyin(x), ent) for x in art["title"].split("|"))
                t = f"<strong>{t}</strong>"
                if attr_s and pos == "afterTitle":
                    t += ao.get("sep", "") + attr_s
                para(t, "text-align:center;", raw=True)
            if attr_s and pos == "afterTitleLine":
                para(attr_s, "text-align:center;", raw=True)
            entries = list(para_entries(art))
            for i, (kind, text) in enumerate(entries):
                if kind == "part":
                    para(f"<strong>{html_inline(text, ent)}</strong>", raw=True)
                    continue
                t = html_inline(text, ent)
                if art.get("tag") and i == 0:
                    t = f"<strong>【{html_escape(art['tag'], ent)}】</strong>" + opt.get("tagSep", " ") + t
                if attr_s and pos == "endInline" and i == len(entries) - 1:
                    t += ao.get("sep", " ") + attr_s
                para(t, raw=True)
                cap = images.get(str(index))
                if cap:
                    out.append(f'<p style="text-align:center;"><img src="/uploads/{src["name"]}/{index + 1:02d}.jpg" '
                               f'alt="" width="600"/></p>')
                    out.append(f'<p class="pic-title" style="text-align:center;">{html_escape(cap, ent)}</p>')
                index += 1
            if attr_s and pos == "end":
                para(attr_s, "text-align:right;", raw=True)
    if opt.get("cutMark") is not None:
        raise SourceError("cutMark is for text previews only")
    so = signoff_lines(src)
    if so:
        para(html_escape(so[0], ent), "text-align:right;", raw=True)
        para(html_escape(so[1], ent), "text-align:right;", raw=True)
    foot = footer_lines(src, opt, False)
    if foot:
        out.append("<hr/>")
        for line in foot:
            para(html_escape(line, ent), "text-align:left;", raw=True)
    return "\n".join(out)


def html_page(src, year):
    """A whole saved web page around the document, in one of several site templates."""
    opt = src.get("render", {})
    for key in ("issuerAbove", "titleSuffix", "web", "chunkFirst"):
        if opt.get(key):
            raise SourceError(f"render.{key} is for text renderings only")
    h = opt.get("html", {})
    tpl = h.get("template", "gov")
    ent = h.get("entities", False)
    e = lambda x: html_escape(x, ent)  # noqa: E731
    m = src.get("masthead")
    date, _ds, issuer = doc_date(src)
    if m:
        headline = h.get("headline") or (clean(m["publication"]) + (f"（第{m['issue']}期）" if m.get("issue") else ""))
        title_parts = [headline]
    else:
        title_parts = [pinyin(x) for x in src["title"].split("|")]
        headline = "".join(title_parts)
    site = h.get("site", (issuer or "") + "网站")
    published = h.get("published") or ((date or f"{year}-01-01") + " 09:30")
    origin = h.get("origin", issuer or site)
    nav = h.get("nav", HTML_NAV)
    crumbs = h.get("crumbs", ["首页", "新闻中心", "工作动态"])
    footer = h.get("footer", HTML_FOOTER)
    related = h.get("related", [])
    prev, nxt = h.get("prev"), h.get("next")
    byline = src.get("byline")
    content = html_content(src, h)
    charset = h.get("charset", "utf-8" if h.get("encoding", "utf-8") == "utf-8" else "gb2312")
    if h.get("charsetStyle", "meta") == "http-equiv":
        meta_cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
    else:
        meta_cs = f'<meta charset="{charset}">'
    nav_html = "\n".join(f'<li><a href="/{"" if i == 0 else "col" + str(i) + "/"}">{e(x)}</a></li>' for i, x in enumerate(nav))
    crumb_html = " &gt; ".join(f'<a href="/{"" if i == 0 else "c" + str(i) + "/"}">{e(x)}</a>' for i, x in enumerate(crumbs))
    import datetime
    base = datetime.date.fromisoformat(published[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", published) else datetime.date(year, 6, 30)
    rel_html = "\n".join(f'<li><a href="/art/{year}/{i + 1}.html">{e(x)}</a>'
                         + ("" if tpl == "epaper" else f'<span>{base - datetime.timedelta(days=2 * i + 1)}</span>') + "</li>"
                         for i, x in enumerate(related))
    foot_html = "<br/>\n".join(e(x) for x in footer)
    pn = ""
    if prev or nxt:
        pn = (f'<div class="pagenav"><p>上一篇：<a href="/art/prev.html">{e(prev or "没有了")}</a></p>'
              f'<p>下一篇：<a href="/art/next.html">{e(nxt or "没有了")}</a></p></div>')
    title_tag = f"{e(headline)}_{e(site)}"
    head = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta_cs}
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title_tag}</title>
<meta name="keywords" content="{e(h.get('keywords', '文明城市,创建'))}">
<style type="text/css">
body {{ margin:0; font-family:"Microsoft YaHei","微软雅黑",SimSun; }}
.main {{ width:1000px; margin:0 auto; }}
.content p {{ line-height:2; font-size:16px; }}
</style>
<script type="text/javascript">
var siteName = "{e(site)}";
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
function closeWin() {{ if (confirm("您确定要关闭本页吗？")) {{ window.close(); }} }}
</script>
</head>
"""
    views = h.get("views", 1000 + (sum(map(ord, src["name"])) % 4000))
    if tpl == "gov":
        index_rows = h.get("index")
        idx_html = ""
        if index_rows:
            cells = "".join(f"<tr><th>{e(k)}：</th><td>{e(v)}</td></tr>" for k, v in index_rows.items())
            idx_html = f'<table class="xxgk-info" cellspacing="0">\n{cells}\n</table>'
        body = f"""<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{e(site)}"/></div>
<div class="search"><input type="text" value="请输入关键字"/><button>搜索</button></div></div>
<div class="nav"><ul>
{nav_html}
</ul></div>
<div class="main">
<div class="position">当前位置：{crumb_html}</div>
{idx_html}
<div class="article">
<h1 class="title">{"<br/>".join(e(x) for x in title_parts)}</h1>
<div class="info">发布时间：{e(published)}&nbsp;&nbsp;来源：{e(origin)}&nbsp;&nbsp;浏览次数：<span id="hits">{views}</span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
{f'<div class="author">{e(byline)}</div>' if byline else ''}
<div class="TRS_Editor" id="zoom">
{content}
</div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:closeWin()">关闭</a>】</div>
{pn}
</div>
{'<div class="related"><h3>相关信息</h3><ul>' + rel_html + '</ul></div>' if related else ''}
</div>
<div class="footer">
{foot_html}
</div>
<script type="text/javascript">
document.write('<span class="visit">您是第' + {views * 7} + '位访问者</span>');
</script>
</body>
</html>
"""
    elif tpl == "wenming":
        author = h.get("author")
        body = f"""<body>
<div class="top">{e(site)}</div>
<div class="menu"><ul>
{nav_html}
</ul></div>
<div class="main">
<div class="weizhi">您现在的位置：{crumb_html}</div>
<div class="article-box">
<h1>{"<br/>".join(e(x) for x in title_parts)}</h1>
<div class="article-meta"><span>来源：{e(origin)}</span>{f'<span>作者：{e(author)}</span>' if author else ''}<span>发布时间：{e(published)}</span></div>
{f'<p class="byline">{e(byline)}</p>' if byline else ''}
<div id="zoom" class="content">
{content}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>
<div class="qrcode"><img src="/images/qr.png" alt=""/><p>扫一扫在手机打开当前页</p></div></div>
{f'<div class="editor">【责任编辑：{e(h["editor"])}】</div>' if h.get('editor') else ''}
{pn}
</div>
{'<div class="xgxw"><div class="tit">相关新闻</div><ul>' + rel_html + '</ul></div>' if related else ''}
</div>
<div class="bottom"><p>{foot_html}</p></div>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "/tongji.js"; document.body.appendChild(hm); }})();</script>
</body>
</html>
"""
    elif tpl == "news":
        tags = h.get("tags", [])
        tag_html = " ".join(f'<a href="/tag/{i}">{e(t)}</a>' for i, t in enumerate(tags))
        body = f"""<body>
<div class="topbar"><a href="/">{e(site)}</a> <a href="/login">登录</a> <a href="/app">客户端下载</a></div>
<nav class="channel"><ul>
{nav_html}
</ul></nav>
<div class="container">
<div class="crumb">{crumb_html} &gt; 正文</div>
<div class="article">
<h1 class="article-title">{"<br/>".join(e(x) for x in title_parts)}</h1>
<div class="article-info"><span class="date">{e(published)}</span> <span class="source">来源：{e(origin)}</span></div>
{f'<p class="article-author">{e(byline)}</p>' if byline else ''}
<div class="article-content">
{content}
</div>
{f'<p class="article-editor">责任编辑：{e(h["editor"])}</p>' if h.get('editor') else ''}
{f'<div class="tags">标签：{tag_html}</div>' if tags else ''}
</div>
{'<div class="recommend"><h3>相关阅读</h3><ul>' + rel_html + '</ul></div>' if related else ''}
</div>
<footer><p>{foot_html}</p></footer>
<script>window.__INITIAL_STATE__ = {{"channel":"地方","hotWords":["文明城市","志愿服务"]}};</script>
</body>
</html>
"""
    elif tpl == "wechat":
        account = h.get("account", site)
        body = f"""<body id="activity-detail" class="zh_CN">
<div class="rich_media">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
{"".join(e(x) for x in title_parts)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
{f'<span class="rich_media_meta rich_media_meta_text">{e(h["author"])}</span>' if h.get("author") else ''}
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{e(account)}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{e(published)}</em>
</div>
<div class="rich_media_content" id="js_content">
<section>
{content}
</section>
<p style="text-align:center;"><span style="color:#888;font-size:12px;">来源：{e(origin)}</span></p>
<p style="text-align:center;"><span style="color:#888;font-size:12px;">编辑：{e(h.get("editor", "小文"))}</span></p>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a> <span>阅读 {views}</span> <span>在看 {views // 37}</span></div>
<div class="like_list"><h3>喜欢此内容的人还喜欢</h3><ul>
{rel_html}
</ul></div>
</div></div>
<script type="text/javascript">
var nickname = "{e(account)}";
var msg_title = "{e(headline)}";
var msg_desc = "点击关注{e(account)}";
var ct = "{sum(map(ord, src['name'])) * 1000}";
</script>
</body>
</html>
"""
    elif tpl == "epaper":
        edition = h.get("edition", "第A03版：要闻")
        layout = h.get("titleLayout", "main")
        if layout == "yin" and len(title_parts) == 2:
            heads = f'<h3 class="yinti">{e(title_parts[0])}</h3>\n<h1>{e(title_parts[1])}</h1>'
        elif layout == "fu" and len(title_parts) == 2:
            heads = f'<h1>{e(title_parts[0])}</h1>\n<h2 class="futi">{e(title_parts[1])}</h2>'
        else:
            heads = f'<h1>{"<br/>".join(e(x) for x in title_parts)}</h1>'
        y, mo, d = (int(x) for x in (date or f"{year}-01-01").split("-"))
        body = f"""<body>
<div class="paper-top"><span class="paper-name">{e(site)}</span>
<span class="paper-date">{y}年{mo:02d}月{d:02d}日 星期{"一二三四五六日"[__import__("datetime").date(y, mo, d).weekday()]}</span></div>
<div class="banmian"><a href="node_1.htm">上一版</a> <span class="ban">{e(edition)}</span> <a href="node_3.htm">下一版</a> <a href="bmdh.htm">版面导航</a></div>
<div class="left"><img src="/page/{y}{mo:02d}/{d:02d}/a03.jpg" usemap="#PagePicMap" alt=""/></div>
<div class="right">
<div class="article-title">
{heads}
</div>
{f'<div class="author">{e(byline)}</div>' if byline else ''}
<div id="ozoom">
<founder-content>
{content}
</founder-content>
</div>
{pn}
<div class="same-page"><h4>本版新闻</h4><ul>
{rel_html}
</ul></div>
</div>
<div class="copyright">{foot_html}</div>
</body>
</html>
"""
    else:
        raise SourceError(f"unknown html template {tpl!r}")
    return head + body


def html_text(raw_text):
    """The text of a page as a reader's copy gives it: scripts and styles dropped, tags gone, entities decoded."""
    import html as _html
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw_text)
    t = re.sub(r"(?s)<!--.*?-->", "", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    return _html.unescape(t)


# ---------------------------------------------------------------- pdf

def pdf_layout(src):
    """The lines of a printed bulletin, hard-wrapped, and paginated: (pages, running-header line count)."""
    import make_pdf
    opt = src.get("render", {})
    po = opt.get("pdf", {})
    width = po.get("width", 28)
    font = po.get("fontSize", 15)
    attr_default = opt.get("attribution", {})
    digits = opt.get("bodyDigitSpaces", False)

    def center(t):
        pad = max(0, (width - len(t)) // 2)
        return "\u3000" * pad + t

    def right(t):
        pad = max(0, width - len(t) - po.get("rightMargin", 2))
        return "\u3000" * pad + t

    def prose(t):
        t = pinyin(t.replace("¶", "").replace("**", ""))
        return space_digits(t) if digits else t

    lines = []
    m = src.get("masthead")
    if m:
        for part in m["publication"].split("|"):
            lines.append(center(pinyin(part)))
        lines.append("")
        sp = " " if opt.get("mastheadSpaces", False) else ""
        no = f"第{sp}{m['issue']}{sp}期" if m.get("issue") is not None else ""
        if m.get("totalIssue") is not None:
            no += bracket(f"总第{sp}{m['totalIssue']}{sp}期", opt.get("totalBrackets", "full"))
        if no:
            lines.append(center(no))
        low = [x for x in (pinyin(m["issuer"]) if m.get("issuer") else None,
                           render_date(m["date"], opt.get("dateStyle", "arabic"), False) if m.get("date") else None) if x]
        if len(low) == 2:
            gapw = max(2, width - len(low[0]) - len(low[1]))
            lines.append(low[0] + "\u3000" * gapw + low[1])
        elif low:
            lines.append(center(low[0]))
        lines.append(po.get("rule", "━" * width))
    if src.get("title"):
        for part in src["title"].split("|"):
            lines.append(center(pinyin(part)))
        if src.get("byline"):
            lines.append(center(src["byline"]))
    lines.append("")
    for sec in src["sections"]:
        if sec.get("heading"):
            lines.append(f"【{sec['heading']}】")
        for art in sec["articles"]:
            ao = dict(attr_default)
            ao.update(art.get("render", {}))
            pos = ao.get("pos", "end")
            attr = art.get("attribution")
            attr_s = bracket(attr, ao.get("brackets", "full")) if attr else None
            if art.get("title"):
                tparts = art["title"].split("|")
                if attr_s and pos == "afterTitle":
                    tparts[-1] += attr_s
                for part in tparts:
                    lines.append(center(prose(part)))
            if attr_s and pos == "afterTitleLine":
                lines.append(center(attr_s))
            entries = list(para_entries(art))
            for i, (kind, text) in enumerate(entries):
                if kind == "part":
                    lines.extend(make_pdf.wrap(prose(text), width))
                    continue
                t = prose(text)
                if art.get("tag") and i == 0:
                    t = f"【{art['tag']}】" + t
                if attr_s and pos == "endInline" and i == len(entries) - 1:
                    t += attr_s
                lines.extend(make_pdf.wrap(t, width))
            if attr_s and pos == "end":
                lines.append(right(attr_s))
            if po.get("articleGap", True):
                lines.append("")
    so = signoff_lines(src)
    if so:
        lines.append("")
        lines.append(right(so[0]))
        lines.append(right(so[1]))
    foot = footer_lines(src, opt, False)
    if foot:
        lines.append("")
        lines.append(po.get("footerRule", "─" * width))
        lines.extend(foot)
    while lines and lines[-1] == "":
        lines.pop()
    per_page = po.get("linesPerPage") or make_pdf.lines_per_page(font_size=font)
    header = po.get("runningHeader")
    pages = []
    cur = []
    for line in lines:
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
        if not cur and pages and header:
            cur = [header, ""]
        if not cur and line == "" and pages:
            continue
        cur.append(line)
    if cur:
        pages.append(cur)
    return pages, header


def pdf_text(src):
    """The text a PDF reader extracts, as render.py checks it: the body lines, running headers left out."""
    pages, header = pdf_layout(src)
    out = []
    for i, page in enumerate(pages):
        body = page[2:] if header and i > 0 else page
        out.extend(body)
    return "\n".join(out)


def write_pdf_file(src, path):
    import make_pdf
    po = src.get("render", {}).get("pdf", {})
    pages, _header = pdf_layout(src)
    make_pdf.write_pdf(path, pages, font_size=po.get("fontSize", 15), footer=po.get("footer", "- {page} -"),
                       margin_left=po.get("marginLeft", 72), margin_top=po.get("marginTop", 72))


# ---------------------------------------------------------------- docx

def runs_of(s):
    """Split '**bold**' marks into (text, bold) runs."""
    parts = pinyin(s.replace("¶", "")).split("**")
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
    so = signoff_lines(src)
    if so:
        p(so[0], align="right")
        p(so[1], align="right")
    foot = footer_lines(src, opt, False)
    for line in foot:
        p(line)
    return blocks


# ---------------------------------------------------------------- checks

JUNK = (r"(?:\*\*|-\d{1,3}-|第\d{1,3}页(?:/共\d{1,3}页)?|\d{1,3}、|\d{1,3}"
        r"|[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+[)）]){0,2}")


def squeeze(s):
    return re.sub(r"\s+", "", s)


def find_in_order(haystack, needle, pos, what):
    """Find needle in haystack from pos, allowing page numbers, page-chunk markers, pinyin and bold
    marks between characters."""
    chars = squeeze(needle)
    if not chars:
        raise SourceError(f"{what}: empty")
    pattern = JUNK.join(re.escape(c) for c in chars)
    m = re.compile(pattern).search(haystack, pos)
    if not m:
        raise SourceError(f"{what}: not found in the rendered file after offset {pos}: {needle[:40]}…")
    return m.end()


def decode_text(path, raw, enc):
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), f"{path}: no UTF-16 LE BOM"
        return raw[2:].decode("utf-16-le")
    if enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), f"{path}: no UTF-8 BOM"
        return raw[3:].decode("utf-8")
    if enc in ("gb18030", "gbk"):
        try:
            raw.decode("utf-8")
            raise AssertionError(f"{path}: {enc} file also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode(enc)
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path}: unexpected BOM"
    return raw.decode("utf-8")


def read_back(path, src, fmt):
    opt = src.get("render", {})
    if fmt == "docx":
        return make_docx.read_docx_text(path)
    if fmt == "pdf":
        raw = open(path, "rb").read()
        assert raw.startswith(b"%PDF-"), f"{path}: not a PDF"
        return pdf_text(src)
    raw = open(path, "rb").read()
    if fmt == "html":
        h = opt.get("html", {})
        text = decode_text(path, raw, h.get("encoding", "utf-8"))
        charset = h.get("charset", "utf-8" if h.get("encoding", "utf-8") == "utf-8" else "gb2312")
        assert f"charset={charset}" in text or f'charset="{charset}"' in text, f"{path}: no charset {charset}"
        assert "\r" not in text, f"{path}: stray CR"
        return html_text(text)
    text = decode_text(path, raw, opt.get("encoding", "utf-8"))
    if opt.get("newline") == "crlf":
        assert text.count("\r\n") == text.count("\n") > 0, f"{path}: not CRLF throughout"
    else:
        assert "\r" not in text, f"{path}: stray CR"
    return text


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m:02d}/{d:02d}",
            f"{y}/{m}/{d}", f"{d:02d}.{m:02d}.{y}",
            f"{y}.{m:02d}.{d:02d}", render_date(iso, "cn", False)]


def check(src, expected, path, fmt):
    text = read_back(path, src, fmt)
    hay = squeeze(text)
    opt = src.get("render", {})
    if opt.get("shareFile") and fmt in ("txt", "md"):
        hay = re.sub(re.escape(squeeze(opt["shareFile"])) + r"_第\d{1,3}页", "", hay)
    m = src.get("masthead")
    if m:
        for key in ("publication", "issuer"):
            find_in_order(hay, expected[key], 0, key)
        if expected["issue"] is not None:
            find_in_order(hay, f"第{expected['issue']}期", 0, "issue")
        if expected["totalIssue"] is not None:
            find_in_order(hay, f"总第{expected['totalIssue']}期", 0, "totalIssue")
        find_in_order(hay, render_date(expected["date"], opt.get("dateStyle", "arabic"), False), 0, "date")
    elif expected["dateSource"] == "metadata":
        if not any(squeeze(f) in hay for f in date_forms(expected["date"])):
            raise SourceError(f"{path}: metadata date {expected['date']} not in the file")
    pos = 0
    if expected["title"]:
        pos = find_in_order(hay, expected["title"], pos, "title")
    if src.get("byline"):
        pos = find_in_order(hay, src["byline"], pos, "byline")
    for s_i, sec in enumerate(expected["sections"]):
        if sec["heading"]:
            pos = find_in_order(hay, "【" + sec["heading"] + "】", pos, f"section {s_i}")
        for a_i, art in enumerate(sec["articles"]):
            src_art = src["sections"][s_i]["articles"][a_i]
            attr_pos = src_art.get("render", {}).get("pos") or opt.get("attribution", {}).get("pos", "end")
            where = f"section {s_i} article {a_i}"
            if art["title"] and not (src_art.get("runIn") or (not src_art.get("title") and art["title"] == expected["title"])):
                pos = find_in_order(hay, art["title"], pos, where + " title")
            if art["attribution"] and attr_pos in ("afterTitle", "afterTitleLine"):
                pos = find_in_order(hay, art["attribution"], pos, where + " attribution")
            if art["tag"]:
                pos = find_in_order(hay, "【" + art["tag"] + "】", pos, where + " tag")
            if src_art.get("runIn"):
                find_in_order(hay, art["title"] + "。", pos, where + " run-in title")
            paras = iter(art["paragraphs"])
            for kind, raw in para_entries(src_art):
                if kind == "part":
                    pos = find_in_order(hay, clean(raw), pos, where + " part heading")
                    continue
                para = next(paras)
                pos = find_in_order(hay, para["text"], pos, f"paragraph {para['index']}")
            if art["attribution"] and attr_pos in ("end", "endInline"):
                pos = find_in_order(hay, art["attribution"], pos, where + " attribution")
    so = signoff_lines(src)
    if so:
        pos = find_in_order(hay, so[0], pos, "sign-off issuer")
        pos = find_in_order(hay, so[1], pos, "sign-off date")
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
                if re.search(r"\s", t) or "\ufffd" in t:
                    raise SourceError(f"paragraph {para['index']} has whitespace or U+FFFD: {t[:30]}")
    return len(text)


KINDS = ("bulletin", "report", "notice", "speech", "news", "epaper", "share", "page")
HEADLINE_SENTENCE = re.compile(r"^([^*。，,：:；;]{6,40})。")


def lint_source(src):
    """Content rules: prose paragraphs 120–600 characters (news, e-paper and notice paragraphs 30–600,
    a notice's addressee line 4–40 ending in ：, the last paragraph of a preview cut short at least 20),
    brief items 40–150; part headings in a known shape; run-in titles 6–40 characters without
    ，：；; footer list items without separators."""
    errors = []
    kind = src.get("kind", "bulletin")
    if kind not in KINDS:
        raise SourceError(f"{src['name']}: unknown kind {kind}")
    short_ok = kind in ("notice", "speech", "news", "epaper", "page")
    entries = [(sec, art, k, t) for sec in src["sections"] for art in sec["articles"] for k, t in para_entries(art)]
    last_text = max((i for i, e in enumerate(entries) if e[2] == "text"), default=-1)
    first_text = True
    for i, (sec, art, k, text) in enumerate(entries):
        n = len(clean(text))
        if k == "part":
            if not PART_HEADING.match(clean(text)) or n > 60:
                raise SourceError(f"{src['name']}: part heading must start 一、 （一） 1. 1、 (1) or 第一部分: {text}")
            continue
        brief = art.get("tag") or (sec.get("heading") or "").replace(" ", "") in ("简讯", "簡訊")
        low, high = (40, 150) if brief else ((30, 600) if short_ok else (120, 600))
        if first_text and kind in ("notice", "speech") and clean(text)[-1:] in "：:" and 4 <= n <= 40:
            low = 4
        if i == last_text and src.get("truncated"):
            low = 20
        first_text = False
        if not low <= n <= high:
            errors.append(f"{src['name']}: paragraph of {n} characters: {text[:30]}…")
    headless_first = not src.get("masthead") and bool(src.get("title"))
    for sec in src["sections"]:
        for art in sec["articles"]:
            first, headless_first = headless_first, False
            opening = next((t for k, t in para_entries(art) if k == "text"), "")
            if (not art.get("title") and not art.get("tag") and not art.get("runIn") and not first
                    and HEADLINE_SENTENCE.match(clean(opening)) and not PART_HEADING.match(clean(opening))):
                errors.append(f"{src['name']}: an untitled article opens with a headline sentence; mark it runIn: {opening[:30]}")
            if art.get("runIn"):
                t = run_in_title(art)
                if not 6 <= len(t) <= 40 or re.search(r"[，：；,:;]", t):
                    errors.append(f"{src['name']}: run-in title must be 6–40 characters without ，：；: {t}")
    if src.get("truncated") and src.get("render", {}).get("cutMark") is None:
        errors.append(f"{src['name']}: a truncated preview needs render.cutMark (\"\" for a bare cut)")
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


CORE = ("briefs", "creation", "dispatch", "exchange", "inspection")


def source_labels(src, art):
    """The labeller's categories of an article's text paragraphs in a section without a known heading:
    `"labels": [category or null, …]` (one per text paragraph) or `"label": category` for all of them;
    None when the article has neither."""
    texts = [t for k, t in para_entries(art) if k == "text"]
    if "labels" in art:
        labels = art["labels"]
        if len(labels) != len(texts):
            raise SourceError(f"{src['name']}: {len(labels)} labels for {len(texts)} paragraphs")
    elif "label" in art:
        labels = [art["label"]] * len(texts)
    else:
        return None
    for c in labels:
        if c is not None and c not in CORE:
            raise SourceError(f"{src['name']}: unknown label {c} (expected one of {', '.join(CORE)})")
    return labels


def content_labels(src, art, count):
    """Under a known heading: `"contentLabels": [category or null, …]` (one per text paragraph), what each
    paragraph does by the labelling guide where that differs from the heading's category; all None when absent."""
    if "contentLabels" not in art:
        return [None] * count
    labels = art["contentLabels"]
    if len(labels) != count:
        raise SourceError(f"{src['name']}: {len(labels)} contentLabels for {count} paragraphs")
    for c in labels:
        if c is not None and c not in CORE:
            raise SourceError(f"{src['name']}: unknown content label {c} (expected one of {', '.join(CORE)})")
    return labels


def label_rows(all_expected, all_sources):
    """(document, paragraph index, category) for paragraphs under a heading with a known category, and
    for the paragraphs of headless documents (or under unknown headings) that their source labels."""
    rows = []
    for expected, src in sorted(zip(all_expected, all_sources), key=lambda e: e[0]["source"]):
        if len(expected["sections"]) != len(src["sections"]):
            raise SourceError(f"{src['name']}: sections of source and golden file differ")
        for sec, src_sec in zip(expected["sections"], src["sections"]):
            known = sec["heading"] is not None and sec["heading"] in CATEGORIES
            if len(sec["articles"]) != len(src_sec["articles"]):
                raise SourceError(f"{src['name']}: articles of source and golden file differ")
            for art, src_art in zip(sec["articles"], src_sec["articles"]):
                labels = source_labels(src, src_art)
                if known:
                    if labels is not None:
                        raise SourceError(f"{src['name']}: labels under 【{sec['heading']}】, which decides them")
                    content = content_labels(src, src_art, len(art["paragraphs"]))
                    for para, c in zip(art["paragraphs"], content):
                        # A paragraph whose content the guide gives another class than its heading is labelled by
                        # the heading in the output but teaches the model nothing true: it is no training row.
                        if c is None or c == sec["category"]:
                            rows.append((expected["source"], para["index"], sec["category"]))
                elif labels is not None:
                    if len(labels) != len(art["paragraphs"]):
                        raise SourceError(f"{src['name']}: labels do not line up with the golden paragraphs")
                    for para, c in zip(art["paragraphs"], labels):
                        if c is not None:
                            rows.append((expected["source"], para["index"], c))
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


FORMATS = ("txt", "md", "docx", "html", "pdf")


def render_file(src, fmt, path, expected, year):
    """Write the rendering of src in fmt to path."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    opt = src.get("render", {})
    if fmt == "docx":
        make_docx.write_docx(path, render_docx_blocks(src), title=expected["publication"] or expected["title"] or "",
                             date=expected["date"] or f"{year}-01-01")
    elif fmt == "pdf":
        write_pdf_file(src, path)
    elif fmt == "html":
        page = html_page(src, year)
        enc = opt.get("html", {}).get("encoding", "utf-8")
        try:
            data = page.encode(enc) if enc in ("gbk", "gb18030") else ENCODERS[enc](page)
        except UnicodeEncodeError as e:
            raise SourceError(f"{src['name']}: not encodable in {enc}: {e}")
        with open(path, "wb") as fh:
            fh.write(data)
    else:
        text = render_text(src, md=(fmt == "md"))
        with open(path, "wb") as fh:
            fh.write(ENCODERS[opt.get("encoding", "utf-8")](text))


def main(argv):
    check_only = "--check-only" in argv
    names = sorted(n for n in os.listdir(SRC_DIR) if n.endswith(".json"))
    os.makedirs(SPEC_DIR, exist_ok=True)
    total_chars = 0
    total_paras = 0
    files = 0
    all_expected = []
    all_sources = []
    for fname in names:
        with open(os.path.join(SRC_DIR, fname), encoding="utf-8") as fh:
            src = json.load(fh)
        name = src["name"]
        if fname != name + ".json":
            raise SourceError(f"{fname}: name field is {name}")
        if src.get("masthead"):
            year = int(src["masthead"]["date"][:4])
        elif src.get("year"):
            year = src["year"]
        else:
            year = int(src["meta"]["date"][:4])
        if year not in YEARS:
            raise SourceError(f"{name}: year {year} outside {YEARS[0]}–{YEARS[-1]}")
        fmt = src.get("format", "txt")
        also = src.get("render", {}).get("alsoAs", [])
        for f in (fmt, *also):
            if f not in FORMATS:
                raise SourceError(f"{name}: unknown format {f}")
        if fmt in also or len(set(also)) != len(also):
            raise SourceError(f"{name}: alsoAs repeats a format")
        lint_source(src)
        primary = None
        for i, f in enumerate((fmt, *also)):
            rel = f"corpus/{year}/{name}.{f}"
            path = os.path.join(ROOT, rel)
            expected = build_expected(src, rel)
            spec_name = f"{name}.expected.json" if i == 0 else f"{name}.{f}.expected.json"
            spec_path = os.path.join(SPEC_DIR, spec_name)
            if not check_only:
                render_file(src, f, path, expected, year)
                with open(spec_path, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(json.dumps(expected, ensure_ascii=False, indent=2) + "\n")
            else:
                with open(spec_path, encoding="utf-8") as fh:
                    if json.load(fh) != expected:
                        raise SourceError(f"{spec_path} is out of date: run render.py")
            n = check(src, expected, path, f)
            files += 1
            total_chars += n
            if i == 0:
                primary = expected
            paras = sum(len(a["paragraphs"]) for s in expected["sections"] for a in s["articles"])
            print(f"ok  {rel:55s} {paras:3d} paragraphs")
        all_expected.append(primary)
        all_sources.append(src)
        total_paras += sum(len(a["paragraphs"]) for s in primary["sections"] for a in s["articles"])
    stale = sorted({n for n in os.listdir(SPEC_DIR) if n.endswith(".expected.json")} - {f"{e['source'].rsplit('/', 1)[1].rsplit('.', 1)[0]}.expected.json"
                                                for e in all_expected}
                   - {n for n in os.listdir(SPEC_DIR) if re.match(r".+\.(txt|md|docx|html|pdf)\.expected\.json$", n)})
    if stale:
        print("note: golden files without a source: " + ", ".join(stale), file=sys.stderr)
    check_overlap(all_expected, load_seed_windows())
    rows = label_rows(all_expected, all_sources)
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
    print(f"{len(names)} documents ({files} files), {total_paras} paragraphs checked, {len(rows)} labelled:")
    print("  " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (SourceError, AssertionError) as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
