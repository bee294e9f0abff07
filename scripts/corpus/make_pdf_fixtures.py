#!/usr/bin/env python3
"""Regenerate the PDF fixtures of tests/CampaignText.Tests/Specs/Text/pdf with make_pdf.py.

    python3 scripts/corpus/make_pdf_fixtures.py

The files are deterministic: running this again gives the same bytes, so a diff in git means the
fixtures (or make_pdf.py) changed. What each file holds is asserted in PdfReadingTests.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "tests", "CampaignText.Tests", "Specs", "Text", "pdf")

sys.path.insert(0, HERE)
import make_pdf  # noqa: E402

HEADER = "东城区创建全国文明城区工作简报"

# A three-page bulletin: running header (the same words as the masthead), page numbers in the footer,
# paragraphs hard-wrapped at 30 ems with a first-line indent, a sentence cut by each page break, a title,
# an attribution, a character outside the BMP (𠀾) and half-width Latin and digits. Page breaks fall
# after the given number of lines.
WIDTH = 30
MASTHEAD = [
    "东城区创建全国文明城区工作简报",
    "第 5 期",
    "东城区创建全国文明城区工作领导小组办公室",
    "2021年3月2日",
    "",
    "【文明创建】",
    "",
    "东城区召开全国文明城区创建推进会",
]
PARAGRAPHS = [
    "3月1日，东城区召开全国文明城区创建推进会，区委常委、宣传部部长出席会议并讲话。会议总结了2020年创建工作，部署了今年重点任务。",
    "会议要求，各街道要对照测评体系查漏补缺，确保各项指标全面达标；要发挥志愿者作用，组织“文明引导”志愿服务队伍300余支，"
    "做到问题不过夜、整改不反弹。",
    "会议还通报了第一季度实地检查情况，共检查点位612个，发现问题2140处，整改完成率为91.2%。WiFi 覆盖和 ETC 车道建设同步推进。",
]
BRIEFS = [
    "【文明实践】 和平里街道：近日，在𠀾园社区开展“邻里节”主题实践活动，组织居民志愿者清理楼道杂物，发放宣传册300余份。",
    "【志愿服务】 团区委：组织120余名青年志愿者开展文明游园引导。",
]


def bulletin_lines():
    lines = list(MASTHEAD)
    for p in PARAGRAPHS:
        lines.extend(make_pdf.wrap(p, WIDTH))
    lines.append(" " * 40 + "（东城区文明办）")
    lines += ["", "【简讯】", ""]
    for p in BRIEFS:
        lines.extend(make_pdf.wrap(p, WIDTH))
    lines += ["", "责编：张明远　核稿：李思", "报：首都文明办"]
    return lines


def bulletin_pages():
    lines = bulletin_lines()
    # Page 1 ends inside the second paragraph's first sentence, page 2 inside the first brief item.
    first = len(MASTHEAD) + len(make_pdf.wrap(PARAGRAPHS[0], WIDTH)) + 1
    second = lines.index("【简讯】") + 3
    return [lines[:first], lines[first:second], lines[second:]]


PAGE_NUMBER_STYLES = {
    "page-numbers-dash.pdf": "- {page} -",
    "page-numbers-plain.pdf": "{page}",
    "page-numbers-cn.pdf": "第{page}页",
    "page-numbers-cn-total.pdf": "第 {page} 页 共 {pages} 页",
    "page-numbers-slash.pdf": "{page}/{pages}",
}

# Three pages of paragraphs wrapped at 16 ems; the first page break cuts a sentence.
PAGE_NUMBER_LINES = (
    make_pdf.wrap("东城区各街道开展环境整治，清理卫生死角二十余处。", 16)
    + make_pdf.wrap("交道口街道组织志愿者开展垃圾分类宣传，入户发放宣传材料。", 16)
    + make_pdf.wrap("景山街道完成背街小巷整治。", 16)
    + make_pdf.wrap("朝阳门街道开展文明养犬宣传。", 16)
)
PAGE_NUMBER_BODY = [PAGE_NUMBER_LINES[:3], PAGE_NUMBER_LINES[3:5], PAGE_NUMBER_LINES[5:]]

SENTENCES = [
    "东城区深入开展新时代文明实践活动，组织志愿者走进社区开展垃圾分类宣传和环境整治",
    "各街道对照测评体系逐条逐项查漏补缺，做到问题不过夜、整改不反弹",
    "区创城办坚持每周暗访、每旬通报、每月排名，对工作不力的单位进行约谈",
    "共检查点位612个，发现问题2140处，问题整改后复查合格率为91.2%",
    "和平里街道在社区开展“邻里节·文明行”主题实践活动，发放宣传册300余份",
    "交通委会同运营企业增加调度车辆，在地铁口周边新施划电子围栏停放区12处",
    "市场监管部门跟踪复查农贸市场环境卫生，整改不到位的依法处理",
]


def fifty_pages():
    """50 pages of hard-wrapped, indented paragraphs built from SENTENCES in a fixed pseudo-random order."""
    state = 12345
    per_page = make_pdf.lines_per_page()
    flat = []
    while len(flat) < 50 * per_page:
        parts = []
        for _ in range(2 + state % 4):
            state = (state * 1103515245 + 12345) % (1 << 31)
            parts.append(SENTENCES[state % len(SENTENCES)])
        flat.extend(make_pdf.wrap("，".join(parts) + "。", 32))
    return make_pdf.paginate(flat[: 50 * per_page], per_page)


def main():
    os.makedirs(OUT, exist_ok=True)

    def path(name):
        return os.path.join(OUT, name)

    make_pdf.write_pdf(path("bulletin.pdf"), bulletin_pages(), header=HEADER, footer="- {page} -")
    for name, footer in PAGE_NUMBER_STYLES.items():
        make_pdf.write_pdf(path(name), PAGE_NUMBER_BODY, footer=footer)
    make_pdf.write_scanned_pdf(path("scanned.pdf"), 2)
    make_pdf.write_pdf(path("fifty-pages.pdf"), fifty_pages(), header=HEADER, footer="- {page} -")
    for name in sorted(os.listdir(OUT)):
        print(f"{name}: {os.path.getsize(path(name))} bytes")


if __name__ == "__main__":
    main()
