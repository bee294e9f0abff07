using CampaignText.Text;

namespace CampaignText.Extraction.Quantities;

/// <summary>Turns a <see cref="QuantitySpan"/> into a <see cref="QuantityMention"/>: value, unit, approximation, noun and subject.</summary>
internal sealed class QuantityResolver(ExtractionData data)
{
    public QuantityMention? Resolve(TextAnalysis a, QuantitySpan span, int clauseFloor, IReadOnlyList<Mention> placesByEnd)
    {
        string text = a.Text;
        if (!data.Numerals.TryParse(span.Number, out decimal value)) return null;
        decimal? max = null;
        if (span.Number2 is not null && data.Numerals.TryParse(span.Number2, out decimal v2))
        {
            // 3至5万人: the multiplier written once applies to both ends.
            if (span.Number.Length > 0 && data.Numerals.MultiplierOf(span.Number[^1]) == 0 && span.Number2.Length > 1 && data.Numerals.MultiplierOf(span.Number2[^1]) >= 10000 && char.IsAsciiDigit(span.Number[0]))
            {
                value *= data.Numerals.MultiplierOf(span.Number2[^1]);
            }
            max = v2;
        }
        string? unit = null;
        decimal multiplier = 1;
        if (span.UnitSurface is "%" or "％" or "百分之") unit = "%";
        else if (span.UnitSurface is not null && data.Units.TryMatch(span.UnitSurface.TrimStart('大'), 0, out _, out string u, out decimal m))
        {
            unit = u;
            multiplier = m;
        }
        else if (span.UnitSurface == "日")
        {
            unit = "天";
        }
        else if (span.UnitSurface is null && span.Number.Length > 0 && span.Number[^1] is '万' or '亿' && IsMoney(text, span.End))
        {
            // 3000多万老旧小区改造资金: the yuan left out before a sum of money.
            unit = "元";
        }
        value *= multiplier;
        if (max is not null) max *= multiplier;

        value /= 1.000000000000000000000000000m;
        if (max is not null) max /= 1.000000000000000000000000000m;
        var approx = Approximation.Exact;
        string? word = span.Prefix ?? span.Infix ?? span.Suffix;
        if (span.Prefix is not null) approx = Lookup(span.Prefix, "prefix");
        else if (span.Infix is not null) approx = Lookup(span.Infix, "infix");
        else if (span.Suffix is not null) approx = Lookup(span.Suffix, "suffix");
        else if (max is not null) approx = Approximation.AtLeast;
        _ = word;

        // The furthest end of a place that lies in this clause before the number (places sorted by end).
        int clauseStart = a.ClauseStart(span.Start);
        for (int k = LastEndingBy(placesByEnd, span.Start); k >= 0 && placesByEnd[k].End > Math.Max(clauseFloor, clauseStart); k--)
        {
            if (placesByEnd[k].Start >= clauseStart) { clauseFloor = placesByEnd[k].End; break; }
        }
        string? noun = FollowingNoun(a, span.End);
        if (noun is null && (unit is null || !data.QuantityRules.NonCountUnits.Contains(unit))) noun = PrecedingNoun(a, span.Start, clauseFloor);
        string? subject = FollowingNoun(a, span.End) ?? Subject(a, span.Start, clauseFloor);
        return new QuantityMention(text[span.Start..span.End], span.Start, span.End, value, unit, noun, approx, subject, max);
    }

    /// <summary>Whether the words after a bare sum (up to the next punctuation, 16 characters at most) name money.</summary>
    private bool IsMoney(string text, int end)
    {
        int stop = end;
        while (stop < text.Length && stop - end < 16 && Han.IsIdeograph(text[stop])) stop++;
        var after = text.AsSpan(end, stop - end);
        foreach (string w in data.QuantityRules.MoneyWords)
        {
            if (after.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private Approximation Lookup(string surface, string position)
    {
        foreach (var (s, p, ap) in data.Approximations)
        {
            if (s == surface && p == position)
            {
                return ap switch
                {
                    "atLeast" => Approximation.AtLeast,
                    "about" => Approximation.About,
                    "over" => Approximation.Over,
                    "under" => Approximation.Under,
                    _ => Approximation.Exact,
                };
            }
        }
        return Approximation.Exact;
    }

    private static bool IsNounTag(string tag) => tag.StartsWith('n') && !tag.StartsWith("nr", StringComparison.Ordinal) || tag is "vn" or "j" or "nz" or "ng";

    /// <summary>The noun phrase right after the quantity (55个分会场 → 分会场).</summary>
    private static string? FollowingNoun(TextAnalysis a, int end)
    {
        if (end < a.Text.Length && a.Text[end] == ' ') end++;
        int i = a.TokenIndexAt(end);
        if (i < 0 || a.Tokens[i].Start != end) return null;
        int stop = end;
        while (i < a.Tokens.Count && a.Tokens[i].End - end <= 8)
        {
            var t = a.Tokens[i];
            if (!IsNounTag(t.Tag) && !(t.Tag is "x" && t.Word.All(Han.IsIdeograph) && t.Word.Length > 0) && !(stop > end && t.Tag is "b" or "a")) break;
            if (stop == end && t.Tag is "b" or "a") break;
            stop = t.End;
            i++;
        }
        return stop > end ? a.Text[end..stop] : null;
    }

    private static string? PrecedingNoun(TextAnalysis a, int start, int floor)
    {
        if (start <= floor) return null;
        var t = a.TokenAt(start - 1);
        if (t is { } tok && tok.End == start && tok.Start >= floor && IsNounTag(tok.Tag) && tok.Word.All(Han.IsIdeograph)) return tok.Word;
        return null;
    }

    /// <summary>The phrase before the number back to the clause start, trimmed of function words.</summary>
    private string? Subject(TextAnalysis a, int start, int floor)
    {
        string text = a.Text;
        int s = Math.Max(a.ClauseStart(start), floor);
        if (s >= start) return null;
        int cur = s;
        foreach (string b in data.QuantityRules.SubjectBreaks)
        {
            int k = text.LastIndexOf(b, start - 1, start - cur, StringComparison.Ordinal);
            if (k >= cur && a.IsBoundary(k))
            {
                cur = k + b.Length;
                // 较上一轮减少112处: what is measured is the change, the verb after the comparison.
                for (int p = start - 1; p > cur; p--)
                {
                    if (a.TokenAt(p) is { } vt && vt.Tag == "v" && vt.Start >= cur) { cur = vt.Start; break; }
                }
            }
        }
        // Keep the last dozen characters, cut at a token boundary.
        if (start - cur > 12)
        {
            cur = start - 12;
            while (cur < start && !a.IsBoundary(cur)) cur++;
        }
        bool changed = true;
        while (changed && cur < start)
        {
            changed = false;
            foreach (string w in data.SubjectStrip)
            {
                if (cur + w.Length <= start && string.CompareOrdinal(text, cur, w, 0, w.Length) == 0 && a.IsBoundary(cur + w.Length))
                {
                    cur += w.Length;
                    changed = true;
                    break;
                }
            }
        }
        string phrase = text[cur..start].Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return phrase.Length == 0 || !phrase.Any(Han.IsIdeograph) ? null : phrase;
    }

    /// <summary>Index of the last mention (sorted by end) that ends at or before <paramref name="pos"/>, or -1.</summary>
    private static int LastEndingBy(IReadOnlyList<Mention> byEnd, int pos)
    {
        int lo = 0, hi = byEnd.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (byEnd[mid].End <= pos) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }
}
