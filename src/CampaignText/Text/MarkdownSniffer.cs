using System.Text.RegularExpressions;

namespace CampaignText.Text;

/// <summary>
/// Decides whether text saved as .txt is really Markdown, as text copied from web pages often is: it needs
/// at least one ATX heading line (<c># 标题</c>) and at least three Markdown marks in all (headings, bold
/// pairs, thematic breaks, links) in its first 64K characters.
/// </summary>
internal static partial class MarkdownSniffer
{
    private const int SampleChars = 64 * 1024;

    public static bool LooksLikeMarkdown(string text)
    {
        string sample = text.Length > SampleChars ? text[..SampleChars] : text;
        int headings = Heading().Count(sample);
        if (headings == 0)
        {
            return false;
        }

        int marks = headings + Bold().Count(sample) + Rule().Count(sample) + Link().Count(sample);
        return marks >= 3;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bold();

    [GeneratedRegex(@"^ {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();
}
