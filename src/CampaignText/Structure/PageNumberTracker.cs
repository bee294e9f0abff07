using System.Text.RegularExpressions;

namespace CampaignText.Structure;

/// <summary>
/// Follows the page numbers of one document. Page marker lines tell it the current page; a number
/// glued between two CJK characters is dropped only when it is the next page number in sequence and
/// reads like no quantity (no measure word or range word (至, 到, 或) after it, no 第/约/共-like word before it; both lists
/// in models/structure/structure-words.tsv).
/// </summary>
internal sealed class PageNumberTracker
{
    /// <summary>Characters after a glued number that make it no page number (models/structure/structure-words.tsv).</summary>
    private static readonly string MeasureWords = StructureWords.Embedded.PageNotBefore;

    /// <summary>Characters before a glued number that make it no page number (models/structure/structure-words.tsv).</summary>
    private static readonly string PrefixWords = StructureWords.Embedded.PageNotAfter;

    private int? _expected;

    /// <summary>Records a page marker line showing page <paramref name="page"/>.</summary>
    public void Seen(int page) => _expected = page + 1;

    /// <summary>Removes glued page numbers from a paragraph's text.</summary>
    public string RemoveGluedNumbers(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return text;
        }

        return StructurePatterns.GluedNumber().Replace(text, m => IsPageNumber(text, m) ? string.Empty : m.Value);
    }

    private bool IsPageNumber(string text, Match m)
    {
        var before = text[m.Index - 1];
        var after = text[m.Index + m.Length];
        if (MeasureWords.Contains(after, StringComparison.Ordinal) || PrefixWords.Contains(before, StringComparison.Ordinal))
        {
            return false;
        }

        var n = int.Parse(m.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var inSequence = _expected is null ? n is 1 or 2 : n == _expected || n == _expected + 1;
        if (inSequence)
        {
            _expected = n + 1;
        }

        return inSequence;
    }
}
