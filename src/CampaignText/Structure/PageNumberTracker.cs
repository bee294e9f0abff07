using System.Text.RegularExpressions;

namespace CampaignText.Structure;

/// <summary>
/// Follows the page numbers of one document. Page marker lines tell it the current page; a number
/// glued between two CJK characters is dropped only when it is the next page number in sequence and
/// reads like no quantity (no measure word or range word (至, 到, 或) after it, no 第/约/共-like word before it).
/// </summary>
internal sealed class PageNumberTracker
{
    private const string MeasureWords = "至到或～~年月日时分秒号个人次件家处项条名场期批所座户元万亿千百十余多位天周届轮支台辆只张篇份本册类种栋间套米吨斤亩里株棵组队起宗例车床层楼级岁部股点版页章节季度倍成型代栏格块片段门口户公克升度";
    private const string PrefixWords = "第对共约近达超逾余前后和与及至到为是有增减降升占计合总每各等仅从在于用将把被按逾近号";

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
