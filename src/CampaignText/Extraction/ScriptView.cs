using CampaignText.Structure;
using CampaignText.Text;

namespace CampaignText.Extraction;

/// <summary>
/// The copy of a text that extraction reads: traditional characters and phrases folded to simplified
/// (OpenCC's tables, one char for one), full-width digits folded to ASCII, and pinyin annotations
/// (創(chuàng)建 → 创建) left out. <see cref="Restore"/> maps a mention found in the copy back onto the
/// original: its offsets point into the original and its surface is the original's, annotations
/// included; its resolved fields stay as found in the simplified copy. Lives for one call.
/// </summary>
internal sealed class ScriptView
{
    private readonly string original;

    // Index in the original of each char of the copy, plus one past the end; null when nothing was left out.
    private readonly int[]? map;

    private ScriptView(string original, string text, int[]? map)
    {
        this.original = original;
        Text = text;
        this.map = map;
    }

    /// <summary>The text to analyse.</summary>
    public string Text { get; }

    /// <summary>Whether the copy equals the original (no mention needs restoring).</summary>
    public bool IsIdentity => ReferenceEquals(Text, original);

    /// <summary>Builds the copy of <paramref name="text"/>.</summary>
    public static ScriptView Of(string text)
    {
        var runs = TextCleaning.PinyinAnnotations(text);
        string kept = text;
        int[]? map = null;
        if (runs is not null)
        {
            var chars = new char[text.Length];
            map = new int[text.Length + 1];
            int n = 0, at = 0;
            foreach (var (start, end) in runs)
            {
                for (int k = at; k < start; k++)
                {
                    map[n] = k;
                    chars[n++] = text[k];
                }
                at = end;
            }
            for (int k = at; k < text.Length; k++)
            {
                map[n] = k;
                chars[n++] = text[k];
            }
            map[n] = text.Length;
            Array.Resize(ref map, n + 1);
            kept = new string(chars, 0, n);
        }

        var folded = FoldDigits(TraditionalChars.Fold(kept));
        return new ScriptView(text, map is null && folded == text ? text : folded, map);
    }

    /// <summary>
    /// <paramref name="m"/>, found in <see cref="Text"/>, with offsets into the original text and the
    /// original's surface between them.
    /// </summary>
    public Mention Restore(Mention m)
    {
        if (IsIdentity) return m;
        int start = map is null ? m.Start : map[m.Start];
        int end = map is null ? m.End : map[m.End - 1] + 1;
        return m with { Text = original[start..end], Start = start, End = end };
    }

    private static string FoldDigits(string text)
    {
        int i = text.AsSpan().IndexOfAnyInRange('０', '９');
        if (i < 0) return text;
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (int k = 0; k < span.Length; k++)
            {
                char c = t[k];
                span[k] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
    }
}
