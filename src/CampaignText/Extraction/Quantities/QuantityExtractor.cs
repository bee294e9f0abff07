using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Extraction.Quantities;

/// <summary>
/// Finds quantities: Arabic and Chinese numbers with their approximation words and unit. Leaves out
/// years and dates, phone and fax numbers, e-mail and web addresses, issue numbers and ordinals (第…),
/// enumerations (一是, 一要, 一、), service numbers (12345), numerals inside names (三里河, 四季青), rankings
/// (前二十名, 后三位), anniversaries (70周年), road numbers (101国道), ratios (4:4:2) and Chinese numbers with
/// no unit.
/// </summary>
internal sealed partial class QuantityExtractor(ExtractionData data)
{
    [GeneratedRegex(@"(?:[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:\.[0-9０-９]+)?[万亿千]*|[零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberRegex();

    // An address starts where a run of address characters starts (the lookbehind) and each run is taken whole
    // (atomic groups: '@' and '.' end the runs they follow), so a long run of letters with no '@' is scanned
    // once, not once per letter.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])(?>[A-Za-z0-9._%+\-]+)@(?>[A-Za-z0-9\-]+)(?:\.(?>[A-Za-z0-9\-]+))+|(?:https?://|www\.)[^\s，。；、]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AddressRegex();

    [GeneratedRegex(@"(?<![0-9])(?:\(?0[0-9]{2,3}\)?[-－ ]?)?[0-9]{7,8}(?![0-9])|(?<![0-9])1[3-9][0-9]{9}(?![0-9])|(?<![0-9])[0-9]{3,4}[-－][0-9]{7,8}(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"百分之([零〇一二两三四五六七八九十百]+|[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PercentWordsRegex();

    /// <summary>The guards as data (models/extraction/quantity-rules.tsv).</summary>
    private readonly QuantityRules rules = data.QuantityRules;

    public List<QuantitySpan> Extract(TextAnalysis a, IReadOnlyList<Mention> blocked)
    {
        string text = a.Text;
        var spans = new List<QuantitySpan>();
        var excluded = new List<(int S, int E)>();
        foreach (Match m in AddressRegex().Matches(text)) excluded.Add((m.Index, m.Index + m.Length));
        foreach (Match m in rules.LabelledNumber.Matches(text)) excluded.Add((m.Index, m.Index + m.Length));
        foreach (Match m in PhoneRegex().Matches(text)) excluded.Add((m.Index, m.Index + m.Length));
        foreach (var b in blocked) excluded.Add((b.Start, b.End));
        var blockedIndex = new SpanIndex(excluded);
        bool Blocked(int s, int e) => blockedIndex.Overlaps(s, e);

        foreach (Match m in PercentWordsRegex().Matches(text))
        {
            if (Blocked(m.Index, m.Index + m.Length)) continue;
            spans.Add(new QuantitySpan(m.Index, m.Index + m.Length, m.Groups[1].Value, null, "百分之", null, null, null, m.Index + m.Length));
        }

        // Number spans added below end at or before `last`, so only the percent spans can hold a later start.
        var percentIndex = new SpanIndex(spans.Select(x => (x.Start, x.End)));
        int last = 0;
        foreach (Match m in NumberRegex().Matches(text))
        {
            int s = m.Index, e = m.Index + m.Length;
            if (s < last) continue;
            if (percentIndex.Overlaps(s, s + 1)) continue;
            var span = Build(a, s, e);
            if (span is null) continue;
            if (Blocked(s, span.UnitEnd)) continue;
            spans.Add(span);
            last = span.End;
        }
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        return spans;
    }

    private QuantitySpan? Build(TextAnalysis a, int s, int e)
    {
        string text = a.Text;
        string number = text[s..e];
        bool arabic = char.IsAsciiDigit(number[0]) || number[0] is >= '０' and <= '９';
        var nums = data.Numerals;

        if (!arabic)
        {
            // A Chinese number must start with a digit or 十 (not 万柳, 千家万户) and at a word start.
            // 百余人, 近百名, 上千人: 百 or 千 alone with an approximation.
            bool roundHundreds = rules.RoundNumbers.Contains(number) && (e < text.Length && rules.RoundAfter.Contains(text[e], StringComparison.Ordinal) || s > 0 && rules.RoundBefore.Contains(text[s - 1], StringComparison.Ordinal));
            if (!nums.IsDigit(number[0]) && number[0] != '十' && number[0] != '拾' && !roundHundreds) return null;
            if (!a.IsBoundary(s) && !(s > 0 && rules.NumeralGlue.Contains(text[s - 1], StringComparison.Ordinal))) return null;
        }
        // Ordinals and issue numbers: 第一, 第18期, 总第 2127 期.
        int before = s > 0 && text[s - 1] == ' ' ? s - 1 : s;
        if (before > 0 && text[before - 1] == '第') return null;
        foreach (string phrase in data.FixedPhrases)
        {
            // A fixed phrase (一网通办) that covers the number's first character; only starts that can reach it are tried.
            for (int k = Math.Max(0, s - phrase.Length + 1); k <= s && k + phrase.Length <= text.Length; k++)
            {
                if (string.CompareOrdinal(text, k, phrase, 0, phrase.Length) == 0) return null;
            }
        }
        // Digits glued to Latin letters are codes (G7, A12).
        if (s > 0 && char.IsAsciiLetter(text[s - 1]) || e < text.Length && char.IsAsciiLetter(text[e]) && !IsUnitStart(text, e)) return null;
        if (s > 0 && text[s - 1] is '.' or '-' or '/' && s > 1 && char.IsAsciiDigit(text[s - 2])) return null;

        int pos = e;
        if (SkipSpace(text, pos) is int sp && sp < text.Length && text[sp] is '万' or '亿')
        {
            number += text[sp];
            pos = sp + 1;
        }
        string? infix = null;
        string? number2 = null;
        // Range: 3至5个, 3-5个.
        if (pos + 1 < text.Length && rules.RangeSeparators.Contains(text[pos], StringComparison.Ordinal))
        {
            // Matched in a window after the separator (not to the end of the text), again in full when it reaches the window's end.
            int window = Math.Min(64, text.Length - pos - 1);
            var m2 = NumberRegex().Match(text, pos + 1, window);
            if (m2.Success && m2.Index + m2.Length > pos + 1 + window - 8) m2 = NumberRegex().Match(text, pos + 1, text.Length - pos - 1);
            if (m2.Success && m2.Index == pos + 1 && (arabic == char.IsAsciiDigit(m2.Value[0])))
            {
                number2 = m2.Value;
                pos = m2.Index + m2.Length;
            }
        }
        pos = SkipSpace(text, pos);
        if (pos < text.Length && text[pos] is '余' or '多')
        {
            // 十余, 150余处, 3000多万: but not 多 starting a word (3个多月 is handled as a suffix).
            infix = text[pos].ToString();
            pos++;
            while (pos < text.Length && text[pos] is '万' or '亿')
            {
                number += text[pos];
                pos++;
            }
        }
        string? unitSurface = null;
        int beforeUnit = pos;
        pos = SkipSpace(text, pos);
        if (pos < text.Length && text[pos] is '%' or '％')
        {
            unitSurface = text[pos].ToString();
            pos++;
        }
        else if (data.Units.TryMatch(text, pos, out string surf, out _, out _))
        {
            unitSurface = surf;
            pos += surf.Length;
        }
        else if (pos + 1 < text.Length && text[pos] == '大' && data.Units.TryMatch(text, pos + 1, out string big, out _, out _) && (big.Length >= 2 || rules.BigSingleUnits.Contains(big)))
        {
            // 3大片区, 四大类: 大 between the number and a unit (of two characters, or 类 or 项).
            unitSurface = text.Substring(pos, big.Length + 1);
            pos += big.Length + 1;
        }
        else if (pos + 1 < text.Length && text[pos] == '日' && text[pos + 1] == '内')
        {
            // 3日内完成: a time limit in days (a day of the month is a date, found before).
            unitSurface = "日";
            pos++;
        }
        if (unitSurface is null) pos = beforeUnit;
        int unitEnd = pos;
        // 70周年 (an anniversary), 6车道 (lanes), 十一节假日 (a holiday): the unit begins another word.
        if (unitSurface is not null && pos < text.Length && rules.UnitNotBefore.TryGetValue(unitSurface, out string? notNext) && notNext.Contains(text[pos], StringComparison.Ordinal)) return null;
        // Road numbers: 101国道, 京藏高速G6.
        if (unitSurface is null && rules.RoadSuffixes.Any(r => text.AsSpan(pos).StartsWith(r))) return null;
        // Ratios and clock times: 4:4:2, 8:30.
        if (s > 1 && text[s - 1] is ':' or '：' && char.IsAsciiDigit(text[s - 2])) return null;
        // Rankings are not counts: 前二十名, 后三位.
        if (unitSurface is not null && rules.RankingUnits.Contains(unitSurface) && before > 0 && rules.RankingBefore.Contains(text[before - 1], StringComparison.Ordinal)) return null;

        if (!arabic)
        {
            if (unitSurface is null) return null;
            // Enumerations and lone 一 (一批, 一次全面自查) are not counts.
            if (number == "一" || number == "壹") return null;
            // Hutongs: 北三条, 东四十条 (a numeral other than 两 with 条 right after a direction).
            if (rules.HutongUnits.Contains(unitSurface) && !number.Contains('两', StringComparison.Ordinal) && s > 0 && rules.Directions.Contains(text[s - 1], StringComparison.Ordinal)) return null;
            // 东四四条至八条: the end of a range whose start is part of a name (a hutong) names one too.
            if (s > 1 && text[s - 1] is '至' or '到' && RangeStartInName(a, s - 1, unitSurface)) return null;
            // 十分 (very), 万分: a Chinese numeral before 分 is an adverb, not a score.
            if (rules.AdverbUnits.Contains(unitSurface)) return null;
        }
        else
        {
            string digits = number.TrimEnd('万', '亿', '千');
            if (unitSurface is null)
            {
                if (data.NonQuantities.Contains(digits)) return null;
                if (digits.Replace(",", "", StringComparison.Ordinal).Length >= 7 && !digits.Contains(',', StringComparison.Ordinal)) return null;
                if (digits.Length == 4 && number == digits && infix is null && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)) && !digits.Contains('.', StringComparison.Ordinal)) return null;
                if (pos < text.Length && rules.NotAfterBareNumber.Contains(text[pos], StringComparison.Ordinal)) return null;
                if (pos < text.Length && text[pos] is '年' or '月' or '日' or ':' or '：' or '.' or '、' or '．' && !(text[pos] == '.' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1]))) return null;
                if (s > 0 && text[s - 1] is '（' or '(' && pos < text.Length && text[pos] is '）' or ')') return null;
                // A number standing alone at the start of a line is a list marker.
                if ((s == 0 || text[s - 1] == '\n') && pos < text.Length && text[pos] is '.' or '、' or '）' or ')') return null;
            }
            else if (rules.NotArabicUnits.Contains(unitSurface) || rules.ClockUnits.Contains(unitSurface) && s > 0 && rules.ClockBefore.Contains(text[s - 1], StringComparison.Ordinal))
            {
                return null;
            }
            if (data.NonQuantities.Contains(digits) && number2 is null && unitSurface is null) return null;
        }

        string? suffix = null;
        if (unitSurface is not null && SkipSpace(text, pos) is int ps2 && ps2 < text.Length && text[ps2] is '左' or '以' or '上') pos = ps2;
        foreach (var (surface, position, _) in data.Approximations)
        {
            if (position != "suffix") continue;
            if (string.CompareOrdinal(text, pos, surface, 0, surface.Length) == 0 && (surface is not ("多" or "余") || unitSurface is not null))
            {
                // 内 only closes a span of time (48小时内, 3日内), not 3个社区内.
                if (surface == "内" && !(unitSurface is not null && rules.TimeUnits.Contains(unitSurface))) continue;
                // 多 and 余 after a unit only count before a break or 月 (3个多月): otherwise they begin a word.
                if (surface is "多" or "余" && pos + 1 < text.Length && Han.IsIdeograph(text[pos + 1]) && text[pos + 1] != '月') continue;
                suffix = surface;
                pos += surface.Length;
                break;
            }
        }
        string? prefix = null;
        int start = s;
        foreach (var (surface, position, _) in data.Approximations)
        {
            if (position != "prefix") continue;
            // 上 is an approximation only before 百, 千 or 万 alone (上千人), not in 上3个月.
            if (surface == "上" && number is not ("百" or "千" or "万")) continue;
            if (before >= surface.Length && string.CompareOrdinal(text, before - surface.Length, surface, 0, surface.Length) == 0)
            {
                prefix = surface;
                start = before - surface.Length;
                break;
            }
        }
        return new QuantitySpan(start, pos, number, number2, unitSurface, prefix, infix, suffix, unitEnd);
    }

    /// <summary>Past one space between a number and what follows (text drawn from PDF pages has them).</summary>
    private static int SkipSpace(string text, int pos) =>
        pos + 1 < text.Length && text[pos] is ' ' or '\u00a0' && text[pos + 1] is not (' ' or '\u00a0') ? pos + 1 : pos;

    private bool RangeStartInName(TextAnalysis a, int separator, string unit)
    {
        string text = a.Text;
        int unitStart = separator - unit.Length;
        if (unitStart < 1 || string.CompareOrdinal(text, unitStart, unit, 0, unit.Length) != 0) return false;
        int p = unitStart;
        while (p > 0 && data.Numerals.IsNumeral(text[p - 1])) p--;
        if (p == unitStart || p == 0) return false;
        // The start's numeral is glued to the word before it (东四 + 四条).
        return Han.IsIdeograph(text[p - 1]) && !a.IsBoundary(p) || a.TokenAt(p) is { } t && t.Start < p || rules.Directions.Contains(text[p - 1], StringComparison.Ordinal);
    }

    private bool IsUnitStart(string text, int pos) => data.Units.TryMatch(text, pos, out _, out _, out _);
}
