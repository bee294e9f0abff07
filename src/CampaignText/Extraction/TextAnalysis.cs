using CampaignText.Extraction.Places;
using CampaignText.Segmentation;

namespace CampaignText.Extraction;

/// <summary>One text being read: its tagged tokens and what the caller passed in. Lives for one call.</summary>
internal sealed class TextAnalysis
{
    private readonly int[] tokenAt;

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

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or '〇';

    /// <summary>Start of the clause holding <paramref name="pos"/>.</summary>
    public int ClauseStart(int pos)
    {
        int i = Math.Min(pos, Text.Length);
        while (i > 0 && !IsClauseBreak(Text[i - 1]) && Text[i - 1] != '、') i--;
        return i;
    }

    /// <summary>Start of the sentence holding <paramref name="pos"/> (after 。！？; or a line break).</summary>
    public int SentenceStart(int pos)
    {
        int i = Math.Min(pos, Text.Length);
        while (i > 0 && Text[i - 1] is not ('。' or '！' or '？' or '!' or '?' or '\n' or '；' or ';')) i--;
        return i;
    }
}
