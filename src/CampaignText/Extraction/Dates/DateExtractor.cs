using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Extraction.Dates;

/// <summary>
/// Finds dates: full dates (2020年4月24日, 2020-04-24, 二〇二〇年四月二十四日), month and day (4月24日),
/// day alone (24日), year and month, month (4月, 4月份, 4月上旬), year (2020年, 2021年度) and the relative
/// words of models/extraction/date-words.tsv. Issue numbers, phone numbers and durations (3日内, 3个月)
/// are not dates.
/// </summary>
internal sealed partial class DateExtractor(ExtractionData data)
{
    /// <summary>The word lists and guards (models/extraction/date-rules.tsv).</summary>
    private static readonly DateRules Rules = DateRules.Embedded;

    [GeneratedRegex(
        @"(?<![0-9０-９.])(?<y>(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})[ \t]{0,2}年[ \t]{0,2}(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]{0,2}月(?:[ \t]{0,2}(?<d>3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]{0,2}[日号]|份?(?<p>上旬|中旬|下旬|初|底|末)?)"
        + @"|(?<![0-9.])(?<y>(?:19|20)[0-9]{2})[-./](?<m>1[0-2]|0?[1-9])[-./](?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
        + @"|(?<![0-9０-９.第])(?<y>(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})[ \t]{0,2}年(?<yd>度)?(?![0-9])"
        + @"|(?<![0-9个第每几数.])(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \t]{0,2}月(?:[ \t]{0,2}(?<d>3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]{0,2}[日号]|份?(?<p>上旬|中旬|下旬|初|底|末)?)(?![0-9])"
        + @"|(?<![0-9个第每几.月])(?<d>3[01]|[12][0-9]|0?[1-9])[ \t]{0,2}日(?![内以之起])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateRegex();

    public List<DateSpan> Extract(TextAnalysis a)
    {
        // Full-width digits and separators and wide spaces are read as their ASCII forms (one for one, so
        // offsets stay those of the text).
        string text = Fold(a.Text);
        var spans = new List<DateSpan>();
        foreach (Match m in DateRegex().Matches(text))
        {
            int s = m.Index, e = m.Index + m.Length;
            // A Chinese-numeral month must not be glued to a numeral or a word (四季, 一月一次 is fine).
            var mg = m.Groups["m"];
            if (!m.Groups["y"].Success && mg.Success && !char.IsAsciiDigit(mg.Value[0]))
            {
                if (s > 0 && (data.Numerals.IsNumeral(text[s - 1]) || Rules.NotMonthBefore.Contains(text[s - 1], StringComparison.Ordinal))) continue;
                if (!m.Groups["d"].Success && !text.AsSpan(s, e - s).Contains('份') && !m.Groups["p"].Success && !a.IsBoundary(s)) continue;
                // 三月三 (a festival), 一月一考 (a frequency): a numeral right after the month.
                if (!m.Groups["d"].Success && e < text.Length && data.Numerals.IsNumeral(text[e])) continue;
            }
            int? year = m.Groups["y"].Success ? DateNumbers.Year(data.Numerals, m.Groups["y"].ValueSpan, 1900, 2100) : null;
            int? month = mg.Success ? DateNumbers.Whole(data.Numerals, mg.ValueSpan) : null;
            int? day = m.Groups["d"].Success ? DateNumbers.Whole(data.Numerals, m.Groups["d"].ValueSpan) : null;
            if (year is null && month is null && day is null) continue;
            if (day is > 31 or < 1 || month is > 12 or < 1) continue;
            // Day alone: 13日召开 is a date, 3日内 and 24日前后 of durations are handled by the pattern.
            if (year is null && month is null && s > 0 && Rules.NotDayBefore.Contains(text[s - 1], StringComparison.Ordinal)) continue;
            string? part = m.Groups["p"].Success && m.Groups["p"].Value.Length > 0 ? m.Groups["p"].Value : null;
            spans.Add(new DateSpan(s, e, year, month, day, part, null, PlansAhead(a, s)));
        }

        // Relative words at word boundaries.
        int maxWord = data.MaxDateWordLength;
        var dateWords = data.DateWordSpans;
        for (int i = 0; i < text.Length; i++)
        {
            if (!Han.IsIdeograph(text[i]) || !a.IsBoundary(i)) continue;
            // 每月25日前: 日前 after a number belongs to that day, not a relative word.
            if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is >= '０' and <= '９' || data.Numerals.IsNumeral(text[i - 1]))) continue;
            for (int len = Math.Min(maxWord, text.Length - i); len >= 2; len--)
            {
                if (!dateWords.TryGetValue(text.AsSpan(i, len), out string? w, out _)) continue;
                // 今年以来, 去年底: the word may begin a longer token.
                if (!a.IsBoundary(i + len) && !(a.TokenAt(i) is { } tk && tk.Start == i && tk.Word.Length > len && tk.Word.StartsWith(w, StringComparison.Ordinal)
                    && Rules.WordTails.Contains(tk.Word[len..]))) continue;
                if (spans.Any(x => x.Start < i + len && i < x.End)) break;
                spans.Add(new DateSpan(i, i + len, null, null, null, null, w, PlansAhead(a, i)));
                i += len - 1;
                break;
            }
        }
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        return spans;
    }

    /// <summary>The text with full-width digits, －／． and wide or no-break spaces as ASCII; the same length.</summary>
    private static string Fold(string text)
    {
        int first = text.AsSpan().IndexOfAny(FoldChars);
        if (first < 0) return text;
        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                dst[i] = c switch
                {
                    >= '０' and <= '９' => (char)(c - '０' + '0'),
                    '－' => '-',
                    '／' => '/',
                    '．' => '.',
                    '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' => ' ',
                    _ => c,
                };
            }
        });
    }

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，,；;：:");

    private static readonly System.Buffers.SearchValues<char> FoldChars = System.Buffers.SearchValues.Create("０１２３４５６７８９－／．\u3000\u00A0\u2002\u2003\u2009");

    private bool PlansAhead(TextAnalysis a, int pos)
    {
        int from = Math.Max(a.SentenceStart(pos), pos - 12);
        // Only the date's own clause plans: 为做好准备工作，7月27日召开 looks back.
        int clause = a.Text.AsSpan(from, pos - from).LastIndexOfAny(ClauseMarks);
        if (clause >= 0) from += clause + 1;
        string before = a.Text[from..pos];
        foreach (string w in data.PlanWords)
        {
            if (before.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
