using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace CampaignText.Text;

/// <summary>
/// Reads the text layer of a PDF (with PdfPig) in reading order, as lines the way they stand on the page:
/// letters grouped into lines by baseline, lines top to bottom; no spaces put between CJK characters, one
/// space where the gap is wide (a word gap between Latin letters or digits, a column gap between CJK).
/// Running headers and footers (a line at the top or bottom of the page that repeats, digits ignored, at
/// the same height on at least half of the pages) and page-number lines ("- 2 -", "第2页", "2/5") are left
/// out, and so is a line at the top of a later page that repeats the first page's masthead title. A blank
/// line marks a paragraph break: a vertical gap over 1.5 line pitches, a first-line indent, a change between
/// left-aligned and centred lines, or a short line that ends a sentence. Within a paragraph, a line that runs
/// to the right margin is joined to the next (a hard wrap; no space between CJK characters or digits), also
/// across a page break, so that a sentence cut by a page break reads on; other lines stay lines.
/// </summary>
internal static partial class PdfTextExtractor
{
    /// <summary>Characters that end a sentence (or a clause a line may end on) in bulletins.</summary>
    private const string SentenceEnds = "。！？；：”’』」）】》…!?;:)．.";

    /// <summary>How many lines at each end of a page may be a running header, footer or page number.</summary>
    private const int MarginLines = 2;

    /// <summary>A short label and a colon opening a line ("报：", "电话：", "责编："): a line of its own.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,4}[：:]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StartsWithLabel();

    [GeneratedRegex(@"^\s*(?:[-－—–‒·•]+\s*)?(?:第\s*)?[0-9０-９]{1,3}\s*页?\s*(?:(?:[/／]|of)\s*[0-9０-９]{1,3}\s*页?|[,，]?\s*共\s*[0-9０-９]{1,3}\s*页)?\s*(?:[-－—–‒·•]+)?\s*$|^\s*[Pp]age\s*[0-9]{1,3}(?:\s*of\s*[0-9]{1,3})?\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageNumberLine();

    private sealed class Line
    {
        public required string Text { get; init; }
        public required double X { get; init; }
        public required double Right { get; init; }
        public required double Y { get; init; }
        public required double Size { get; init; }
        public required int Page { get; init; }
        public bool Dropped { get; set; }
    }

    private readonly record struct Glyph(string Value, double X, double Right, double Y, double Size, bool IsSpace);

    /// <summary>Extracts the text of <paramref name="length"/> bytes of <paramref name="data"/>.</summary>
    /// <param name="data">The PDF bytes.</param>
    /// <param name="length">How many bytes of <paramref name="data"/> are the file.</param>
    /// <param name="fileName">Name used in errors.</param>
    /// <param name="maxTextBytes">Largest extracted text, in UTF-16 bytes (two per char).</param>
    /// <exception cref="CampaignTextException">Encrypted, truncated, corrupt, no text layer, or too much text.</exception>
    public static string Extract(byte[] data, int length, string fileName, long maxTextBytes)
    {
        ReadOnlySpan<byte> bytes = data.AsSpan(0, length);
        bool encrypted = HasEncryptEntry(bytes);
        if (!EndsWithEofMarker(bytes))
        {
            throw encrypted ? Encrypted(fileName, null) : Corrupt(fileName, "truncated (no %%EOF marker at the end)", null);
        }

        var pages = new List<List<Line>>();
        long chars = 0;
        try
        {
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };
            using PdfDocument document = PdfDocument.Open(new ReadOnlyMemory<byte>(data, 0, length), options);
            int count = document.NumberOfPages;
            if (count == 0)
            {
                throw Corrupt(fileName, "it has no pages", null);
            }

            for (int n = 1; n <= count; n++)
            {
                Page page = document.GetPage(n);
                List<Line> lines = PageLines(page.Letters, n - 1);
                foreach (Line line in lines)
                {
                    chars += line.Text.Length + 2;
                }

                if (chars * 2 > maxTextBytes)
                {
                    throw new CampaignTextException(
                        $"the text of the PDF is over the limit of {maxTextBytes} bytes for a bulletin " +
                        $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxTextFileBytes)}, two bytes a character)", fileName);
                }

                pages.Add(lines);
            }
        }
        catch (CampaignTextException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Encrypted(fileName, ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw encrypted ? Encrypted(fileName, ex) : Corrupt(fileName, ShortReason(ex), ex);
        }

        if (!pages.Exists(p => p.Count > 0))
        {
            throw new CampaignTextException("no text layer (scanned?); run OCR on it or save it as .docx or .txt first", fileName);
        }

        DropRunningLines(pages);
        string text = Compose(pages);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CampaignTextException("no text layer (scanned?): nothing but page numbers and running headers", fileName);
        }

        return text;
    }

    private static CampaignTextException Encrypted(string fileName, Exception? inner) =>
        new("encrypted PDF (password protected); save an unprotected copy first", fileName, innerException: inner);

    private static CampaignTextException Corrupt(string fileName, string reason, Exception? inner) =>
        new($"corrupt PDF: {reason}", fileName, innerException: inner);

    /// <summary>The first line of an exception's message, at most 120 characters.</summary>
    private static string ShortReason(Exception ex)
    {
        string message = ex.Message;
        int nl = message.AsSpan().IndexOfAny('\r', '\n');
        if (nl >= 0)
        {
            message = message[..nl];
        }

        message = message.Trim().TrimEnd('.');
        if (message.Length > 120)
        {
            message = message[..117] + "...";
        }

        return message.Length == 0 ? ex.GetType().Name : message;
    }

    /// <summary>True when the file has an /Encrypt entry (in a trailer or a cross-reference stream's dictionary).</summary>
    internal static bool HasEncryptEntry(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> key = "/Encrypt"u8;
        int from = 0;
        while (true)
        {
            int at = bytes[from..].IndexOf(key);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int after = at + key.Length;
            // "/EncryptMetadata" is a key inside an encryption dictionary: a sign too, but look for the entry itself.
            if (after >= bytes.Length || !char.IsAsciiLetterOrDigit((char)bytes[after]))
            {
                return true;
            }

            from = after;
        }
    }

    /// <summary>A complete PDF ends with %%EOF (possibly followed by a little whitespace or padding).</summary>
    private static bool EndsWithEofMarker(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    // ------------------------------------------------------------------ letters to lines

    private static List<Line> PageLines(IReadOnlyList<Letter> letters, int page)
    {
        var glyphs = new List<Glyph>(letters.Count);
        foreach (Letter letter in letters)
        {
            string value = letter.Value;
            if (string.IsNullOrEmpty(value) || letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            double size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize > 0 ? letter.FontSize : letter.BoundingBox.Height;
            if (!(size > 0))
            {
                size = 10;
            }

            double x = letter.StartBaseLine.X;
            double right = Math.Max(letter.EndBaseLine.X, x);
            glyphs.Add(new Glyph(value, x, right, letter.StartBaseLine.Y, size, string.IsNullOrWhiteSpace(value)));
        }

        var lines = new List<Line>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        // Top to bottom; within a band of baselines, left to right.
        glyphs.Sort(static (a, b) => b.Y.CompareTo(a.Y));
        int start = 0;
        while (start < glyphs.Count)
        {
            double top = glyphs[start].Y;
            double size = glyphs[start].Size;
            int end = start + 1;
            while (end < glyphs.Count && top - glyphs[end].Y <= 0.4 * Math.Max(size, glyphs[end].Size))
            {
                size = Math.Max(size, glyphs[end].Size);
                end++;
            }

            if (BuildLine(glyphs, start, end, page) is { } line)
            {
                lines.Add(line);
            }

            start = end;
        }

        return lines;
    }

    private static Line? BuildLine(List<Glyph> glyphs, int start, int end, int page)
    {
        glyphs.Sort(start, end - start, Comparer<Glyph>.Create(static (a, b) => a.X.CompareTo(b.X)));
        var sb = new StringBuilder();
        var pending = new StringBuilder();
        Glyph? prev = null;
        double first = 0, right = 0, size = 0, ySum = 0;
        int ink = 0;
        for (int i = start; i < end; i++)
        {
            Glyph g = glyphs[i];
            if (g.IsSpace)
            {
                if (prev is not null)
                {
                    pending.Append(g.Value);
                }

                continue;
            }

            if (prev is { } p)
            {
                // Fake bold: the same glyph drawn twice a hair apart.
                if (g.Value == p.Value && Math.Abs(g.X - p.X) < 0.3 * g.Size)
                {
                    continue;
                }

                if (pending.Length > 0)
                {
                    sb.Append(pending);
                }
                else
                {
                    double gap = g.X - p.Right;
                    double em = Math.Max(g.Size, p.Size);
                    bool wide = WideChars.IsWide(p.Value[^1]) && WideChars.IsWide(g.Value[0]);
                    if (wide ? gap >= 0.9 * em : gap > 0.3 * em)
                    {
                        sb.Append(' ');
                    }
                }
            }
            else
            {
                first = g.X;
            }

            pending.Clear();
            sb.Append(g.Value);
            right = Math.Max(right, g.Right);
            size = Math.Max(size, g.Size);
            ySum += g.Y;
            ink++;
            prev = g;
        }

        if (ink == 0)
        {
            return null;
        }

        return new Line { Text = sb.ToString(), X = first, Right = right, Y = ySum / ink, Size = size, Page = page };
    }

    // ------------------------------------------------------------------ running headers, footers, page numbers

    /// <summary>Marks running headers and footers and page-number lines as dropped.</summary>
    private static void DropRunningLines(List<List<Line>> pages)
    {
        var candidates = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        foreach (List<Line> lines in pages)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (i >= MarginLines && i < lines.Count - MarginLines)
                {
                    continue;
                }

                Line line = lines[i];
                if (PageNumberLine().IsMatch(line.Text))
                {
                    line.Dropped = true;
                    continue;
                }

                string key = RunningKey(line.Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!candidates.TryGetValue(key, out List<Line>? list))
                {
                    candidates[key] = list = [];
                }

                list.Add(line);
            }
        }

        if (pages.Count < 2)
        {
            return;
        }

        DropMastheadRepeats(pages);
        int needed = Math.Max(2, (pages.Count + 1) / 2);
        foreach (List<Line> list in candidates.Values)
        {
            if (list.Count < needed)
            {
                continue;
            }

            // The height shared by the most pages: a running line stays put, a masthead that reads the same does not.
            double bestY = 0;
            int bestPages = 0;
            foreach (Line at in list)
            {
                int n = PagesNear(list, at.Y, Tolerance(at));
                if (n > bestPages)
                {
                    (bestPages, bestY) = (n, at.Y);
                }
            }

            if (bestPages < needed)
            {
                continue;
            }

            foreach (Line line in list)
            {
                if (Math.Abs(line.Y - bestY) <= Tolerance(line))
                {
                    line.Dropped = true;
                }
            }
        }
    }

    /// <summary>
    /// A running header that a short document prints only once (on its second page) cannot repeat: drop the
    /// top line of a later page when its words (digits, 第/期 and brackets aside) are part of the first
    /// page's masthead, as in "和平区创建全国文明城市工作简报　第16期".
    /// </summary>
    private static void DropMastheadRepeats(List<List<Line>> pages)
    {
        var head = new StringBuilder();
        foreach (Line line in pages[0].Where(static l => !l.Dropped).Take(4))
        {
            head.Append(MastheadKey(line.Text));
        }

        string masthead = head.ToString();
        for (int p = 1; p < pages.Count; p++)
        {
            if (pages[p].FirstOrDefault(static l => !l.Dropped) is { } top)
            {
                string key = MastheadKey(top.Text);
                if (key.Length >= 4 && masthead.Contains(key, StringComparison.Ordinal))
                {
                    top.Dropped = true;
                }
            }
        }
    }

    private static string MastheadKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in RunningKey(text))
        {
            if (c is not ('第' or '期' or '总' or '（' or '）' or '(' or ')' or '〔' or '〕' or '[' or ']' or '·' or '|' or '｜'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static double Tolerance(Line line) => Math.Max(3, 0.5 * line.Size);

    private static int PagesNear(List<Line> list, double y, double tolerance)
    {
        int count = 0;
        int lastPage = -1;
        foreach (Line line in list)
        {
            if (line.Page != lastPage && Math.Abs(line.Y - y) <= tolerance)
            {
                count++;
                lastPage = line.Page;
            }
        }

        return count;
    }

    /// <summary>A line's text without digits and spaces, so that "第 3 页" and "第 4 页" are the same running line.</summary>
    private static string RunningKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // ------------------------------------------------------------------ lines to text

    private enum Alignment
    {
        Left,
        Indented,
        Other,
    }

    private static string Compose(List<List<Line>> pages)
    {
        var body = new List<Line>();
        foreach (List<Line> lines in pages)
        {
            body.AddRange(lines.Where(static l => !l.Dropped));
        }

        if (body.Count == 0)
        {
            return "";
        }

        double pitch = LinePitch(pages);
        double rightEdge = RightEdge(body);
        double documentLeft = LeftEdge(body) ?? body.Min(static l => l.X);
        var pageLeft = new Dictionary<int, double>();
        foreach (IGrouping<int, Line> page in body.GroupBy(static l => l.Page))
        {
            List<Line> lines = [.. page];
            pageLeft[page.Key] = lines.Count >= 5 && LeftEdge(lines) is double left ? left : documentLeft;
        }

        Alignment AlignmentOf(Line line)
        {
            double indent = (line.X - pageLeft[line.Page]) / line.Size;
            return indent switch
            {
                < 1.25 => Alignment.Left,
                <= 4.5 => Alignment.Indented,
                _ => Alignment.Other,
            };
        }

        var sb = new StringBuilder();
        Line? prev = null;
        foreach (Line line in body)
        {
            if (prev is not null)
            {
                Alignment alignPrev = AlignmentOf(prev), alignLine = AlignmentOf(line);
                if (IsRule(prev.Text) || IsRule(line.Text))
                {
                    sb.Append('\n');
                }
                else if (Breaks(prev, line, alignPrev, alignLine, pitch, rightEdge))
                {
                    sb.Append("\n\n");
                }
                else if (alignPrev != Alignment.Other && alignLine == Alignment.Left && prev.Right >= rightEdge - 1.5 * prev.Size
                         && !IsFieldLine(prev.Text) && !StartsWithLabel().IsMatch(line.Text))
                {
                    // A line that runs to the right margin and goes on at the left edge: one paragraph, wrapped.
                    if (char.IsAsciiLetter(prev.Text[^1]) && char.IsAsciiLetter(line.Text[0]) && !MostlyWide(prev.Text))
                    {
                        sb.Append(' ');
                    }
                }
                else
                {
                    sb.Append('\n');
                }
            }

            sb.Append(line.Text);
            prev = line;
        }

        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>A line drawn with box-drawing or dash characters only: a rule under a masthead or over a footer.</summary>
    private static bool IsRule(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c is not ((>= '\u2500' and <= '\u257F') or '-' or '_' or '=' or '—' or '－' or '＿' or '＝' or '~' or '～' or '·' or '*' or '※'))
            {
                return false;
            }

            n++;
        }

        return n >= 3;
    }

    /// <summary>Fields set apart by wide spaces ("责编：张三  电话：…"), not prose.</summary>
    private static bool IsFieldLine(string text) =>
        text.Contains("  ", StringComparison.Ordinal) || text.TrimStart().Contains('\u3000', StringComparison.Ordinal);

    private static bool MostlyWide(string text)
    {
        int wide = 0;
        foreach (char c in text)
        {
            if (WideChars.IsWide(c))
            {
                wide++;
            }
        }

        return wide * 2 >= text.Length;
    }

    /// <summary>Whether a paragraph break (a blank line) falls between two consecutive lines.</summary>
    private static bool Breaks(Line a, Line b, Alignment alignA, Alignment alignB, double pitch, double rightEdge)
    {
        bool endsSentence = EndsSentence(a.Text);
        bool fullWidth = a.Right >= rightEdge - 1.0 * a.Size;
        if (a.Page != b.Page)
        {
            // A sentence cut by the page break reads on; only a short unfinished line (a title) before an
            // indented first line is a break.
            if (!endsSentence && (fullWidth || alignB != Alignment.Indented))
            {
                return false;
            }
        }
        else if (a.Y - b.Y > 1.5 * pitch)
        {
            return true;
        }

        if (alignB == Alignment.Indented)
        {
            return true;
        }

        if ((alignA == Alignment.Other) != (alignB == Alignment.Other))
        {
            return true;
        }

        // Paragraphs set without indents: a short line that ends a sentence ends its paragraph.
        return endsSentence && alignB == Alignment.Left && a.Right < rightEdge - 2.0 * a.Size;
    }

    private static bool EndsSentence(string text)
    {
        string t = text.TrimEnd();
        return t.Length > 0 && SentenceEnds.Contains(t[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// The right margin of the text: the rightmost point (within an em) where at least three lines and a tenth
    /// of them end, as the wrapped lines of paragraphs do. When no such margin shows (a page of short lines),
    /// infinity: no line counts as running to the margin.
    /// </summary>
    private static double RightEdge(List<Line> lines)
    {
        List<Line> prose = lines.Where(static l => !IsRule(l.Text)).OrderByDescending(static l => l.Right).ToList();
        int needed = Math.Max(3, prose.Count / 10);
        for (int i = 0; i + needed <= prose.Count; i++)
        {
            double edge = prose[i].Right;
            double em = prose[i].Size;
            int count = 0;
            for (int j = i; j < prose.Count && prose[j].Right >= edge - em; j++)
            {
                count++;
            }

            if (count >= needed)
            {
                return edge;
            }
        }

        return double.PositiveInfinity;
    }

    /// <summary>The usual distance between baselines: the median of the small gaps between consecutive lines.</summary>
    private static double LinePitch(List<List<Line>> pages)
    {
        var gaps = new List<double>();
        var sizes = new List<double>();
        foreach (List<Line> lines in pages)
        {
            Line? prev = null;
            foreach (Line line in lines)
            {
                if (line.Dropped)
                {
                    continue;
                }

                sizes.Add(line.Size);
                if (prev is not null)
                {
                    double gap = prev.Y - line.Y;
                    if (gap > 0.5 * line.Size && gap <= 2.2 * line.Size)
                    {
                        gaps.Add(gap);
                    }
                }

                prev = line;
            }
        }

        return gaps.Count > 0 ? Percentile(gaps, 0.5) : 1.5 * Percentile(sizes, 0.5);
    }

    /// <summary>The leftmost x (to the point) at which at least two lines, and a tenth of them, start.</summary>
    private static double? LeftEdge(List<Line> lines)
    {
        int needed = Math.Max(2, lines.Count / 10);
        foreach (IGrouping<double, Line> group in lines.GroupBy(static l => Math.Round(l.X)).OrderBy(static g => g.Key))
        {
            if (group.Count() >= needed)
            {
                return group.Min(static l => l.X);
            }
        }

        return null;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        double[] sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        Array.Sort(sorted);
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];
    }
}
