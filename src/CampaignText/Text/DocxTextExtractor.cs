using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CampaignText.Text;

/// <summary>
/// Reads the body of a .docx as plain text: every paragraph on its own line in document order, every table
/// row on its own line with its cells joined by a tab (paragraphs inside a cell joined by a space). Headers,
/// footers, footnotes, comments and deleted revisions are left out; a line break inside a paragraph becomes
/// a line break. The archive is checked against the uncompressed-size limit, and <c>word/document.xml</c> is
/// read as a stream (never as a tree), its bytes counted against that limit and its text against the text
/// limit, so a zip bomb is refused after at most one pass over the limit's worth of XML in flat memory.
/// </summary>
internal static class DocxTextExtractor
{
    private const string MainPartPath = "word/document.xml";
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Deepest element nesting read; deeper markup is refused rather than recursed into.</summary>
    internal const int MaxDepth = 512;

    public static string Extract(byte[] data, int length, string fileName, long maxUncompressed, long maxTextBytes)
    {
        using var stream = new MemoryStream(data, 0, length, writable: false);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry main = CheckArchive(zip, fileName, maxUncompressed);
            using var part = new LimitedStream(main.Open(), maxUncompressed, () => TooLarge(fileName, MainPartPath, null, maxUncompressed, null));
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                CloseInput = false,
            };
            using XmlReader reader = XmlReader.Create(part, settings);
            var walker = new Walker(reader, fileName, maxTextBytes / 2);
            return walker.Document();
        }
        catch (XmlException ex)
        {
            throw new CampaignTextException($"corrupt or truncated .docx: {ex.Message}", fileName, innerException: ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException
                                       or NotSupportedException)
        {
            throw new CampaignTextException($"corrupt or truncated .docx: {ex.Message}", fileName, innerException: ex);
        }
    }

    /// <summary>
    /// Refuses archives that are not Word documents or that declare parts over the limit; returns the main part.
    /// </summary>
    private static ZipArchiveEntry CheckArchive(ZipArchive zip, string fileName, long maxUncompressed)
    {
        ZipArchiveEntry? main = null;
        bool hasContentTypes = false;
        long total = 0;
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            if (entry.FullName == MainPartPath)
            {
                main = entry;
            }

            if (entry.FullName == "[Content_Types].xml")
            {
                hasContentTypes = true;
            }

            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                total += entry.Length;
            }
        }

        if (!hasContentTypes || main is null)
        {
            throw new CampaignTextException($"zip archive that is not a .docx (no {(hasContentTypes ? MainPartPath : "[Content_Types].xml")})", fileName);
        }

        if (main.Length > maxUncompressed)
        {
            throw TooLarge(fileName, MainPartPath, main.Length, maxUncompressed, null);
        }

        if (total > maxUncompressed)
        {
            throw TooLarge(fileName, "the XML parts together", total, maxUncompressed, null);
        }

        return main;
    }

    private static CampaignTextException TooLarge(string fileName, string what, long? size, long limit, Exception? inner)
    {
        string sizeText = size is long s ? $"{s} bytes" : "more than that";
        return new CampaignTextException(
            $"refusing .docx: {what} would decompress to {sizeText}, over the limit of {limit} bytes " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxDocxUncompressedBytes)}); possible zip bomb",
            fileName, innerException: inner);
    }

    /// <summary>Walks document.xml once. Every handler starts on a start element and ends on its last node.</summary>
    private sealed class Walker(XmlReader r, string fileName, long maxChars)
    {
        private readonly char[] chunk = new char[4096];
        private long chars;

        public string Document()
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.Depth == 1 && IsW("body"))
                {
                    var sb = new StringBuilder();
                    Blocks(sb);
                    while (r.Read())
                    {
                    }

                    return sb.ToString();
                }
            }

            throw new CampaignTextException("not a .docx: it has no document body", fileName);
        }

        private bool IsW(string localName) => r.LocalName == localName && r.NamespaceURI is W or WStrict;

        private void Count(long n)
        {
            chars += n;
            if (chars > maxChars)
            {
                throw new CampaignTextException(
                    $"the text of the .docx is over the limit of {maxChars * 2} bytes for a bulletin " +
                    $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxTextFileBytes)}, two bytes a character)", fileName);
            }
        }

        /// <summary>Starts reading the children of the current element; false when it has none.</summary>
        private bool Enter(out int depth)
        {
            depth = r.Depth;
            if (r.IsEmptyElement)
            {
                return false;
            }

            if (depth > MaxDepth)
            {
                throw new CampaignTextException($"corrupt .docx: elements nested more than {MaxDepth} deep", fileName);
            }

            return true;
        }

        /// <summary>Moves to the next child element of the element entered at <paramref name="depth"/>; false at its end.</summary>
        private bool NextChild(int depth)
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
                {
                    return false;
                }

                if (r.NodeType == XmlNodeType.Element)
                {
                    return true;
                }
            }

            throw new XmlException("unexpected end of document.xml");
        }

        private void Skip()
        {
            if (r.IsEmptyElement)
            {
                return;
            }

            int depth = r.Depth;
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
                {
                    return;
                }
            }

            throw new XmlException("unexpected end of document.xml");
        }

        private bool IsContainer() => IsW("sdt") || IsW("customXml") || IsW("sdtContent");

        private void Blocks(StringBuilder sb)
        {
            if (!Enter(out int depth))
            {
                return;
            }

            while (NextChild(depth))
            {
                if (IsW("p"))
                {
                    Inline(sb);
                    sb.Append('\n');
                    Count(1);
                }
                else if (IsW("tbl"))
                {
                    Rows(sb);
                }
                else if (IsContainer())
                {
                    Blocks(sb);
                }
                else
                {
                    Skip();
                }
            }
        }

        private void Rows(StringBuilder sb)
        {
            if (!Enter(out int depth))
            {
                return;
            }

            while (NextChild(depth))
            {
                if (IsW("tr"))
                {
                    bool first = true;
                    Cells(sb, ref first);
                    sb.Append('\n');
                    Count(1);
                }
                else if (IsContainer())
                {
                    Rows(sb);
                }
                else
                {
                    Skip();
                }
            }
        }

        /// <summary>The cells of one row (those whose nearest row is this one), each trimmed, joined by a tab.</summary>
        private void Cells(StringBuilder sb, ref bool first)
        {
            if (!Enter(out int depth))
            {
                return;
            }

            while (NextChild(depth))
            {
                if (IsW("tc"))
                {
                    if (!first)
                    {
                        sb.Append('\t');
                        Count(1);
                    }

                    first = false;
                    var cellText = new StringBuilder();
                    CellText(cellText);
                    sb.Append(cellText.ToString().Trim());
                }
                else if (IsW("tr") || IsW("trPr") || IsW("tblPrEx"))
                {
                    Skip();
                }
                else
                {
                    Cells(sb, ref first);
                }
            }
        }

        private void CellText(StringBuilder sb)
        {
            if (!Enter(out int depth))
            {
                return;
            }

            while (NextChild(depth))
            {
                if (IsW("p"))
                {
                    var para = new StringBuilder();
                    Inline(para);
                    if (para.Length > 0)
                    {
                        if (sb.Length > 0)
                        {
                            sb.Append(' ');
                            Count(1);
                        }

                        sb.Append(para.Replace('\n', ' ').Replace('\t', ' '));
                    }
                }
                else if (IsW("tbl") || IsW("tr") || IsW("tc") || IsContainer())
                {
                    CellText(sb);
                }
                else
                {
                    Skip();
                }
            }
        }

        /// <summary>Appends the visible text of a paragraph, skipping the fallback copy of alternate content.</summary>
        private void Inline(StringBuilder sb)
        {
            if (!Enter(out int depth))
            {
                return;
            }

            while (NextChild(depth))
            {
                if (IsW("t"))
                {
                    Text(sb);
                }
                else if (IsW("tab") || IsW("ptab"))
                {
                    Skip();
                    sb.Append('\t');
                    Count(1);
                }
                else if (IsW("br") || IsW("cr"))
                {
                    Skip();
                    sb.Append('\n');
                    Count(1);
                }
                else if (IsW("noBreakHyphen"))
                {
                    Skip();
                    sb.Append('-');
                    Count(1);
                }
                else if ((r.LocalName == "Fallback" && r.NamespaceURI == Mc) || IsW("del") || IsW("instrText") || IsW("delInstrText")
                         || IsW("footnoteReference") || IsW("endnoteReference") || IsW("commentReference") || IsW("pPr") || IsW("rPr"))
                {
                    Skip();
                }
                else
                {
                    Inline(sb);
                }
            }
        }

        /// <summary>The character content of a w:t, read in chunks so a huge text node is never one string.</summary>
        private void Text(StringBuilder sb)
        {
            if (r.IsEmptyElement)
            {
                return;
            }

            int depth = r.Depth;
            while (r.Read())
            {
                switch (r.NodeType)
                {
                    case XmlNodeType.EndElement when r.Depth == depth:
                        return;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        int n;
                        while ((n = r.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                        {
                            Count(n);
                            sb.Append(chunk, 0, n);
                        }

                        break;
                    case XmlNodeType.Element:
                        Skip();
                        break;
                }
            }

            throw new XmlException("unexpected end of document.xml");
        }
    }

    /// <summary>A read-only stream that fails once more than a limit of bytes has come through it.</summary>
    private sealed class LimitedStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
    {
        private long seen;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => seen; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            seen += n;
            if (seen > limit)
            {
                throw tooLarge();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
