namespace CampaignText.Structure;

/// <summary>
/// Parses the text of a bulletin (简报/快报) into a <see cref="BulletinDocument"/>: masthead, sections
/// from 【…】 headings, articles with titles, attributions and brief tags, reflowed paragraphs, and
/// footer. Stateless and thread-safe; every call does one pass over the lines of the text.
/// </summary>
/// <remarks>
/// <para>Rules, in the order a line meets them:</para>
/// <list type="bullet">
/// <item>The masthead is the run of short lines at the top carrying the publication title, 第N期,
/// (总第N期), issuer and date in any order; a title split by spaces or over lines is joined. Without a
/// masthead the first title line becomes <see cref="BulletinDocument.Title"/>.</item>
/// <item>Page markers ("- 2 -", "第2页", a bare "2"), horizontal rules and web boilerplate (download and
/// report links, 展开阅读全文, copyright and ICP lines, related-document lists) are dropped.</item>
/// <item>Once a line starts with a footer key (责编：, 核稿：, 报：, 电话： …) the rest of the document is
/// footer, unless a core 【…】 heading follows.</item>
/// <item>A 【…】 line opens a section; inside 简讯, or when text follows the brackets, a non-core 【…】 is
/// the tag of a brief item.</item>
/// <item>A line in parentheses, or parentheses closing a paragraph after its final punctuation, is an
/// attribution; it ends its article, except right after a title.</item>
/// <item>A line continues the paragraph before it when that paragraph does not end a sentence; this
/// joins text cut by page breaks and blank lines. Otherwise a short line without sentence punctuation
/// is a title (two such lines in a row are one title), and other lines start paragraphs.</item>
/// <item>A 一、/（二）/1.-style part heading is not a paragraph: the paragraphs under it carry it as
/// <see cref="Paragraph.Part"/>.</item>
/// <item>An untitled article whose first sentence is a short headline (no commas or colons) takes that
/// sentence as its title; the paragraph keeps it.</item>
/// </list>
/// </remarks>
public sealed class BulletinParser
{
    /// <summary>
    /// The narrowest hard-wrap width believed, in CJK characters: printed pages hold 16 or more a line, while
    /// runs of short lines of one width (masthead, tags) are no wrap.
    /// </summary>
    private const int MinWrapWidth = 16;

    /// <summary>A shared parser; parsers hold no state, so one instance serves every thread.</summary>
    public static BulletinParser Default { get; } = new();

    /// <summary>Parses one document.</summary>
    /// <param name="text">The decoded text of the document.</param>
    /// <returns>The document's structure.</returns>
    public BulletinDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = TextCleaning.BlankJammer(text);
        var lines = SplitLines(text);
        var judged = LineJudge.Judge(text, lines, LineCues.Default);
        var head = MastheadReader.Read(text, lines, judged);
        var body = new BodyBuilder(text, head, WrapWidth(text, lines), judged);
        for (var i = head.BodyStart; i < lines.Count; i++)
        {
            body.AcceptLine(i, lines[i]);
        }

        return body.Build();
    }

    /// <summary>
    /// The width at which the text was hard-wrapped, in CJK characters (two half-width chars count as one):
    /// the most common width among lines of 12 to 300 that run straight on into a next line no wider than
    /// themselves, when at least three lines and a fifth of those lines have it and it is at least
    /// <see cref="MinWrapWidth"/>; 0 otherwise.
    /// </summary>
    internal static int WrapWidth(string text, List<TextSpan> lines)
    {
        var counts = new Dictionary<int, int>();
        var considered = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (TextCleaning.IsTableRow(lines[i].Slice(text)))
            {
                continue;
            }

            var length = TextCleaning.DisplayWidth(lines[i].Slice(text).Trim()) / 2;
            var next = TextCleaning.DisplayWidth(lines[i + 1].Slice(text).Trim()) / 2;
            if (length is < 12 or > 300 || next == 0 || next > length + 1)
            {
                // A wrapped line is followed by one no longer than itself; a title line is followed by
                // its (longer) paragraph.
                continue;
            }

            considered++;
            counts[length] = counts.GetValueOrDefault(length) + 1;
        }

        if (counts.Count == 0)
        {
            return 0;
        }

        var (width, count) = counts.MaxBy(static kv => (kv.Value, kv.Key));
        return count >= 3 && count * 5 >= considered && width >= MinWrapWidth ? width : 0;
    }

    /// <summary>Splits text at \n, \r\n, \r, U+2028 and U+2029; spans exclude the line breaks.</summary>
    internal static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(new TextSpan(start, i));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new TextSpan(start, text.Length));
        }

        return lines;
    }
}
