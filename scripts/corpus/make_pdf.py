"""Write a minimal text PDF (or a "scanned" image-only PDF) with the standard library only.

    write_pdf(path, pages, font_size=14, line_height=None, page_width=595, page_height=842,
              margin_left=72, margin_top=72, header=None, footer=None)

`pages` is a list of pages, each a list of lines (str). A line is drawn as it is, one text run per line,
top to bottom from the top margin; an empty string is a blank line (the pen moves down one line).
Leading full-width spaces ("　　") are not drawn: they move the line right by one em each, as a word
processor's first-line indent does (leading ASCII spaces move it by half an em each). `header` and
`footer` are optional strings drawn centred in the top and bottom margins of every page, with `{page}`
and `{pages}` replaced (footer "- {page} -", header "东城区创建全国文明城区工作简报").

The font is a Type0 font (/Encoding /Identity-H) over a CIDFontType2 descendant with CIDSystemInfo
Adobe/Identity/0 and no embedded font program (/BaseFont /SimSun). CIDs are per document: CID n is the
n-th distinct character of the document, counting from 1. Every CJK or other wide glyph is one em wide
(/DW 1000); printable ASCII is half an em (/W 500). A ToUnicode CMap maps each CID back to its character
(UTF-16 surrogate pairs for characters outside the BMP), so text extraction gives the exact text.

    write_scanned_pdf(path, page_count=1, ...)

writes pages that hold only a grey image XObject and no text at all, as a scanner produces.

Output is deterministic: no dates, the file /ID is an MD5 of the body, streams are compressed with
zlib at a fixed level (or not at all with compress=False). Encryption is not supported (encrypt=False).
"""

import hashlib
import zlib

BASE_FONT = "SimSun"


def _num(x):
    """A PDF number: integers as such, other values with at most 3 decimals and no trailing zeros."""
    if float(x).is_integer():
        return str(int(x))
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def _is_half_width(ch):
    return " " <= ch <= "~"


def _advance(ch, font_size):
    return font_size * (0.5 if _is_half_width(ch) else 1.0)


def _utf16_hex(ch):
    return ch.encode("utf-16-be").hex().upper()


class _Writer:
    """Collects numbered objects and writes them with a cross-reference table."""

    def __init__(self, compress):
        self.objects = []
        self.compress = compress

    def reserve(self):
        self.objects.append(None)
        return len(self.objects)

    def set(self, num, body):
        self.objects[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        num = self.reserve()
        self.set(num, body)
        return num

    def stream(self, dictionary, data, compress=None):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if self.compress if compress is None else compress:
            data = zlib.compress(data, 9)
            dictionary = dictionary + " /Filter /FlateDecode"
        entries = f"{dictionary} /Length {len(data)}".strip()
        head = f"<< {entries} >>\nstream\n".encode("latin-1")
        return head + data + b"\nendstream"

    def write(self, path, root, info=None):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objects, start=1):
            if body is None:
                raise ValueError(f"object {i} was reserved but never written")
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode("latin-1") + body + b"\nendobj\n"
        file_id = hashlib.md5(bytes(out)).hexdigest().upper()
        xref_at = len(out)
        out += f"xref\n0 {len(self.objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode("latin-1")
        info_entry = f" /Info {info} 0 R" if info else ""
        out += (
            f"trailer\n<< /Size {len(self.objects) + 1} /Root {root} 0 R{info_entry} "
            f"/ID [<{file_id}> <{file_id}>] >>\nstartxref\n{xref_at}\n%%EOF\n"
        ).encode("latin-1")
        with open(path, "wb") as f:
            f.write(out)
        return bytes(out)


def _to_unicode_cmap(chars):
    """A ToUnicode CMap for CIDs 1..len(chars), in bfchar blocks of at most 100 entries."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(chars), 100):
        block = chars[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        for i, ch in enumerate(block, start=start + 1):
            lines.append(f"<{i:04X}> <{_utf16_hex(ch)}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines) + "\n"


def _widths(chars):
    """The /W array: half-width ASCII CIDs at 500, grouped into runs of consecutive CIDs."""
    parts = []
    run_start = None
    run_len = 0
    for i, ch in enumerate(chars, start=1):
        if _is_half_width(ch):
            if run_start is not None and run_start + run_len == i:
                run_len += 1
                continue
            if run_start is not None:
                parts.append(f"{run_start} [{' '.join(['500'] * run_len)}]")
            run_start, run_len = i, 1
    if run_start is not None:
        parts.append(f"{run_start} [{' '.join(['500'] * run_len)}]")
    return "[" + " ".join(parts) + "]"


def _split_indent(line, font_size):
    """Leading full-width and ASCII spaces become an x offset; the rest is drawn."""
    offset = 0.0
    i = 0
    while i < len(line) and line[i] in "\u3000 ":
        offset += font_size if line[i] == "\u3000" else font_size / 2
        i += 1
    return offset, line[i:]


def _text_width(text, font_size):
    return sum(_advance(ch, font_size) for ch in text)


def write_pdf(path, pages, *, font_size=14, line_height=None, page_width=595, page_height=842,
              margin_left=72, margin_top=72, header=None, footer=None, header_size=None,
              footer_size=None, compress=True, encrypt=False, title=None):
    """Write `pages` (lists of lines) to `path` as a PDF with an extractable text layer; returns the bytes."""
    if encrypt:
        raise ValueError("make_pdf writes unencrypted PDFs only (encrypt=False)")
    if not pages:
        raise ValueError("a PDF needs at least one page")
    if line_height is None:
        line_height = round(font_size * 1.6, 3)
    header_size = header_size or round(font_size * 0.75, 3)
    footer_size = footer_size or round(font_size * 0.75, 3)
    total = len(pages)

    def running(template, n):
        return template.replace("{page}", str(n)).replace("{pages}", str(total)) if template else None

    # Per-document CID table: CID = 1 + index of the distinct character, in order of first use.
    cids = {}
    chars = []

    def encode(text):
        out = []
        for ch in text:
            if ch not in cids:
                chars.append(ch)
                cids[ch] = len(chars)
            out.append(f"{cids[ch]:04X}")
        return "<" + "".join(out) + ">"

    contents = []
    for n, lines in enumerate(pages, start=1):
        ops = []

        def draw(x, y, size, text):
            if text:
                ops.append(f"BT /F1 {_num(size)} Tf 1 0 0 1 {_num(x)} {_num(y)} Tm {encode(text)} Tj ET")

        head = running(header, n)
        if head:
            draw((page_width - _text_width(head, header_size)) / 2, page_height - margin_top / 2, header_size, head)
        y = page_height - margin_top - font_size
        for line in lines:
            if "\n" in line or "\r" in line:
                raise ValueError(f"a line may not contain a line break: {line!r}")
            offset, text = _split_indent(line, font_size)
            draw(margin_left + offset, y, font_size, text)
            y -= line_height
        foot = running(footer, n)
        if foot:
            draw((page_width - _text_width(foot, footer_size)) / 2, margin_top / 2 - footer_size / 2, footer_size, foot)
        contents.append("\n".join(ops) + "\n")

    if len(chars) > 0xFFFE:
        raise ValueError("too many distinct characters for one font")

    w = _Writer(compress)
    catalog = w.reserve()
    pages_obj = w.reserve()
    font = w.reserve()
    descendant = w.reserve()
    descriptor = w.reserve()
    to_unicode = w.reserve()
    page_nums = []
    for content in contents:
        content_obj = w.add(w.stream("", content))
        page = w.add(
            f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {_num(page_width)} {_num(page_height)}] "
            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content_obj} 0 R >>"
        )
        page_nums.append(page)
    w.set(catalog, f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_nums)
    w.set(pages_obj, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_nums)} >>")
    w.set(font, f"<< /Type /Font /Subtype /Type0 /BaseFont /{BASE_FONT} /Encoding /Identity-H "
                f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>")
    w.set(descendant, f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{BASE_FONT} "
                      f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                      f"/FontDescriptor {descriptor} 0 R /DW 1000 /W {_widths(chars)} /CIDToGIDMap /Identity >>")
    w.set(descriptor, f"<< /Type /FontDescriptor /FontName /{BASE_FONT} /Flags 6 /FontBBox [0 -141 1000 859] "
                      f"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>")
    w.set(to_unicode, w.stream("", _to_unicode_cmap(chars)))
    info = None
    if title is not None:
        info = w.add(f"<< /Title <FEFF{''.join(_utf16_hex(c) for c in title)}> /Producer (make_pdf.py) >>")
    return w.write(path, catalog, info)


def write_scanned_pdf(path, page_count=1, *, page_width=595, page_height=842, image_width=119,
                      image_height=168, compress=True):
    """Write a PDF whose pages hold only an 8-bit grey image (a fixed pattern of ruled 'lines') and no text."""
    if page_count < 1:
        raise ValueError("a PDF needs at least one page")
    rows = []
    for y in range(image_height):
        inked = 20 <= y < image_height - 20 and (y // 4) % 2 == 0
        rows.append(bytes((60 if inked and 15 <= x < image_width - 15 and (x * 7 + y) % 11 else 245)
                          for x in range(image_width)))
    pixels = b"".join(rows)

    w = _Writer(compress)
    catalog = w.reserve()
    pages_obj = w.reserve()
    image = w.add(w.stream(f"/Type /XObject /Subtype /Image /Width {image_width} /Height {image_height} "
                           f"/ColorSpace /DeviceGray /BitsPerComponent 8", pixels, compress=True))
    page_nums = []
    for _ in range(page_count):
        content = w.add(w.stream("", f"q {_num(page_width)} 0 0 {_num(page_height)} 0 0 cm /Im1 Do Q\n"))
        page_nums.append(w.add(
            f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {_num(page_width)} {_num(page_height)}] "
            f"/Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>"
        ))
    w.set(catalog, f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_nums)
    w.set(pages_obj, f"<< /Type /Pages /Kids [{kids}] /Count {len(page_nums)} >>")
    return w.write(path, catalog)


def paginate(lines, lines_per_page):
    """Split a flat list of lines into pages of at most `lines_per_page` lines."""
    if lines_per_page < 1:
        raise ValueError("lines_per_page must be at least 1")
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return pages or [[]]


def lines_per_page(*, font_size=14, line_height=None, page_height=842, margin_top=72):
    """How many body lines fit between the top and bottom margins (the bottom margin equals the top)."""
    if line_height is None:
        line_height = round(font_size * 1.6, 3)
    usable = page_height - 2 * margin_top - font_size
    return int(usable // line_height) + 1


NO_LINE_START = "，。、；：？！）》」』”’…%"


def wrap(text, width_em, *, indent="\u3000\u3000"):
    """Hard-wrap one paragraph into lines of `width_em` ems (ASCII counts half), first line indented; closing
    punctuation never starts a line (it hangs past the margin, as word processors print it)."""
    lines = []
    current = indent
    used = float(len(indent))
    for ch in text:
        w = 0.5 if _is_half_width(ch) else 1.0
        if used + w > width_em and current.strip() and ch not in NO_LINE_START:
            lines.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    if current.strip() or not lines:
        lines.append(current)
    return lines


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 3:
        sys.exit("usage: make_pdf.py INPUT.txt OUTPUT.pdf  (one paragraph a line; a form feed starts a page)")
    with open(sys.argv[1], encoding="utf-8") as f:
        source = f.read()
    per_page = lines_per_page()
    body = []
    for chunk in source.split("\f"):
        flat = []
        for para in chunk.strip("\n").split("\n"):
            flat.extend(wrap(para.strip(), 32) if para.strip() else [""])
        body.extend(paginate(flat, per_page))
    write_pdf(sys.argv[2], body, footer="- {page} -")
