"""Write a minimal .docx (WordprocessingML in a zip) with the standard library only.

A document is a list of blocks:

    {"type": "p", "runs": [(text, bold), ...], "align": "center"|None, "size": half-points|None,
     "color": "FF0000"|None, "breaks": [run index before which a line break is placed]}
    {"type": "table", "rows": [["cell", ...], ...], "header": True}

The zip entries carry a fixed timestamp so that the same blocks always give the same bytes.
"""

import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)

FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def _core(title, when):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title>"
        "<dc:creator>CampaignText corpus</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}T09:00:00Z</dcterms:created>'
        "</cp:coreProperties>"
    )


def _run(text, bold=False, size=None, color=None, br_before=False):
    props = []
    if bold:
        props.append("<w:b/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{size}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    br = "<w:br/>" if br_before else ""
    return f'<w:r>{rpr}{br}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(block):
    ppr = ""
    if block.get("align"):
        ppr = f'<w:pPr><w:jc w:val="{block["align"]}"/></w:pPr>'
    breaks = set(block.get("breaks", []))
    runs = "".join(
        _run(text, bold, block.get("size"), block.get("color"), i in breaks)
        for i, (text, bold) in enumerate(block["runs"])
    )
    return f"<w:p>{ppr}{runs}</w:p>"


def _table(block):
    cols = max(len(r) for r in block["rows"])
    grid = "".join('<w:gridCol w:w="1800"/>' for _ in range(cols))
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    rows = []
    for i, row in enumerate(block["rows"]):
        bold = bool(block.get("header")) and i == 0
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_run(cell, bold)}</w:p></w:tc>'
            for cell in row
        )
        rows.append(f"<w:tr>{cells}</w:tr>")
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def document_xml(blocks):
    body = []
    for block in blocks:
        if block["type"] == "p":
            body.append(_paragraph(block))
        elif block["type"] == "table":
            body.append(_table(block))
        else:
            raise ValueError(f"unknown block type {block['type']!r}")
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" '
        'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>'
    )


def write_docx(path, blocks, title="", date="2024-01-01"):
    """Write blocks to path as a .docx file."""
    entries = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", _core(title, date)),
        ("word/document.xml", document_xml(blocks)),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


def read_docx_text(path):
    """Return the text of a .docx: one line per paragraph (table cells included), runs joined."""
    import re
    from xml.sax.saxutils import unescape

    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    lines = []
    for para in re.findall(r"<w:p>.*?</w:p>", xml, flags=re.S):
        parts = []
        for m in re.finditer(r"<w:br/>|<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S):
            parts.append("\n" if m.group(0) == "<w:br/>" else unescape(m.group(1)))
        lines.append("".join(parts))
    return "\n".join(lines)
