using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace CampaignText.Text;

/// <summary>
/// Reads the body of a .docx as plain text: every paragraph on its own line in document order, every table
/// row on its own line with its cells joined by a tab (paragraphs inside a cell joined by a space). Headers,
/// footers, footnotes, comments and deleted revisions are left out; a line break inside a paragraph becomes
/// a line break. Before parsing, the archive is checked against the uncompressed-size limit.
/// </summary>
internal static class DocxTextExtractor
{
    private const string MainPartPath = "word/document.xml";

    public static string Extract(byte[] data, int length, string fileName, long maxUncompressed)
    {
        using var stream = new MemoryStream(data, 0, length, writable: false);
        CheckArchive(stream, fileName, maxUncompressed);
        stream.Position = 0;
        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = maxUncompressed };
            using WordprocessingDocument doc = WordprocessingDocument.Open(stream, false, settings);
            Body body = doc.MainDocumentPart?.Document?.Body
                ?? throw new CampaignTextException("not a .docx: it has no document body", fileName);
            var sb = new StringBuilder();
            Blocks(body, sb);
            return sb.ToString();
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw TooLarge(fileName, MainPartPath, null, maxUncompressed, ex);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or FormatException or NotSupportedException)
        {
            throw new CampaignTextException($"corrupt or truncated .docx: {ex.Message}", fileName, innerException: ex);
        }
    }

    /// <summary>
    /// Refuses archives that are not readable zips, are not Word documents, or would decompress past the
    /// limit: first by the sizes the archive declares, then by decompressing the main part with a counter.
    /// </summary>
    private static void CheckArchive(Stream stream, string fileName, long maxUncompressed)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
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

            using Stream part = main.Open();
            byte[] buffer = new byte[81920];
            long seen = 0;
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                seen += read;
                if (seen > maxUncompressed)
                {
                    throw TooLarge(fileName, MainPartPath, null, maxUncompressed, null);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new CampaignTextException($"corrupt or truncated .docx: {ex.Message}", fileName, innerException: ex);
        }
        catch (IOException ex)
        {
            throw new CampaignTextException($"corrupt or truncated .docx: {ex.Message}", fileName, innerException: ex);
        }
    }

    private static CampaignTextException TooLarge(string fileName, string what, long? size, long limit, Exception? inner)
    {
        string sizeText = size is long s ? $"{s} bytes" : "more than that";
        return new CampaignTextException(
            $"refusing .docx: {what} would decompress to {sizeText}, over the limit of {limit} bytes " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxDocxUncompressedBytes)}); possible zip bomb",
            fileName, innerException: inner);
    }

    private static void Blocks(OpenXmlElement container, StringBuilder sb)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    Inline(p, sb);
                    sb.Append('\n');
                    break;
                case Table table:
                    Rows(table, sb);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    Blocks(child, sb);
                    break;
            }
        }
    }

    private static void Rows(OpenXmlElement container, StringBuilder sb)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case TableRow row:
                    bool first = true;
                    foreach (TableCell cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
                    {
                        if (!first)
                        {
                            sb.Append('\t');
                        }

                        first = false;
                        var cellText = new StringBuilder();
                        CellText(cell, cellText);
                        sb.Append(cellText.ToString().Trim());
                    }

                    sb.Append('\n');
                    break;
                case SdtRow or CustomXmlRow or SdtContentRow:
                    Rows(child, sb);
                    break;
            }
        }
    }

    private static void CellText(OpenXmlElement container, StringBuilder sb)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var para = new StringBuilder();
                    Inline(p, para);
                    if (para.Length > 0)
                    {
                        if (sb.Length > 0)
                        {
                            sb.Append(' ');
                        }

                        sb.Append(para.Replace('\n', ' ').Replace('\t', ' '));
                    }

                    break;
                case Table or TableRow or TableCell or SdtBlock or SdtContentBlock or CustomXmlBlock or SdtCell or SdtContentCell:
                    CellText(child, sb);
                    break;
            }
        }
    }

    /// <summary>Appends the visible text of a paragraph, skipping the fallback copy of alternate content.</summary>
    private static void Inline(OpenXmlElement element, StringBuilder sb)
    {
        foreach (OpenXmlElement child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t:
                    sb.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case AlternateContentFallback or DeletedRun or FieldCode or DeletedFieldCode or FootnoteReference or EndnoteReference
                    or CommentReference or ParagraphProperties or RunProperties:
                    break;
                default:
                    Inline(child, sb);
                    break;
            }
        }
    }
}
