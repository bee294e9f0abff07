using CampaignText.Extraction.Places;
using CampaignText.Segmentation;

namespace CampaignText.Extraction;

/// <summary>One text being read: its tagged tokens and what the caller passed in. Lives for one call.</summary>
internal sealed class TextAnalysis
{
    private readonly int[] tokenAt;
    private int[]? clauseStarts;
    private int[]? sentenceStarts;
    private Dictionary<string, int[]>? occurrences;

    public TextAnalysis(string text, IReadOnlyList<TaggedToken> tokens, ExtractionData data, DateOnly? referenceDate, Division? home)
    {
        Text = text;
        Tokens = tokens;
        Data = data;
        ReferenceDate = referenceDate;
        Home = home;
        tokenAt = new int[text.Length + 1];
        Array.Fill(tokenAt, -1);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            for (int k = t.Start; k < t.End && k < text.Length; k++) tokenAt[k] = i;
        }
    }

    public string Text { get; }
    public IReadOnlyList<TaggedToken> Tokens { get; }
    public ExtractionData Data { get; }
    public DateOnly? ReferenceDate { get; }
    public Division? Home { get; }

    /// <summary>Index of the token covering <paramref name="pos"/>, or -1.</summary>
    public int TokenIndexAt(int pos) => pos >= 0 && pos < tokenAt.Length ? tokenAt[pos] : -1;

    /// <summary>Whether a token starts at <paramref name="pos"/> (the text's end counts).</summary>
    public bool IsBoundary(int pos)
    {
        if (pos <= 0 || pos >= Text.Length) return true;
        int i = tokenAt[pos];
        return i < 0 || Tokens[i].Start == pos;
    }

    /// <summary>The token covering <paramref name="pos"/>, if any.</summary>
    public TaggedToken? TokenAt(int pos)
    {
        int i = TokenIndexAt(pos);
        return i < 0 ? null : Tokens[i];
    }

    /// <summary>Whether <paramref name="c"/> ends a clause (punctuation, whitespace).</summary>
    public static bool IsClauseBreak(char c) =>
        c is '，' or '。' or '；' or '：' or '！' or '？' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '\t'
        || c is '（' or '）' or '(' or ')' or '“' or '”' or '"' or '《' or '》' or '【' or '】' or '…' or '—' or '　';

    /// <summary>Start of the clause holding <paramref name="pos"/>; the starts are computed once, in one pass.</summary>
    public int ClauseStart(int pos)
    {
        clauseStarts ??= Starts(Text, static c => IsClauseBreak(c) || c == '、');
        return clauseStarts[Math.Clamp(pos, 0, Text.Length)];
    }

    /// <summary>Start of the sentence holding <paramref name="pos"/> (after 。！？; or a line break); computed once, in one pass.</summary>
    public int SentenceStart(int pos)
    {
        sentenceStarts ??= Starts(Text, static c => c is '。' or '！' or '？' or '!' or '?' or '\n' or '；' or ';');
        return sentenceStarts[Math.Clamp(pos, 0, Text.Length)];
    }

    /// <summary>For every position 0..length, the position after the last break character before it (0 when none).</summary>
    internal static int[] Starts(string text, Func<char, bool> isBreak)
    {
        var starts = new int[text.Length + 1];
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            starts[i] = start;
            if (isBreak(text[i])) start = i + 1;
        }
        starts[text.Length] = start;
        return starts;
    }

    /// <summary>
    /// Index of the last occurrence of <paramref name="value"/> that ends at or before <paramref name="end"/>, or -1
    /// (what <c>Text.LastIndexOf(value, end - 1)</c> gives); each value's occurrences are found once.
    /// </summary>
    public int LastIndexBefore(string value, int end)
    {
        if (value.Length == 0 || end <= 0) return -1;
        occurrences ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (!occurrences.TryGetValue(value, out int[]? at))
        {
            var found = new List<int>();
            for (int k = Text.IndexOf(value, StringComparison.Ordinal); k >= 0; k = k + 1 < Text.Length ? Text.IndexOf(value, k + 1, StringComparison.Ordinal) : -1)
            {
                found.Add(k);
            }
            occurrences[value] = at = found.ToArray();
        }
        int lo = 0, hi = at.Length, limit = end - value.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= limit) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? -1 : at[lo - 1];
    }
}
