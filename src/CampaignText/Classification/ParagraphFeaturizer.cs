using System.Text;
using CampaignText.Segmentation;

namespace CampaignText.Classification;

/// <summary>
/// Turns a paragraph into the two text columns of <see cref="ParagraphRow"/>: the campaign segmenter's
/// words joined by spaces (ML.NET's own tokenizer splits on spaces only, which finds no words in
/// Chinese) and the character stream for character n-grams. Punctuation-only tokens are dropped and
/// every ASCII digit becomes 0, so figures and dates count as one shape. Stateless and thread-safe.
/// </summary>
internal static class ParagraphFeaturizer
{
    /// <summary>The row of <paramref name="text"/>, labelled <paramref name="category"/>.</summary>
    public static ParagraphRow ToRow(string text, string category = "") =>
        new() { Text = Characters(text), Words = Words(text), Category = category };

    /// <summary>The text with whitespace removed and ASCII digits folded to 0.</summary>
    public static string Characters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c is >= '0' and <= '9' ? '0' : c);
        }

        return sb.ToString();
    }

    /// <summary>The segmenter's words with letters or digits, digits folded to 0, joined by spaces.</summary>
    public static string Words(string text) => string.Join(' ', WordList(text));

    /// <summary>The segmenter's words with letters or digits, whitespace removed and digits folded to 0.</summary>
    public static List<string> WordList(string text)
    {
        var tokens = JiebaSegmenter.Campaign.Cut(text);
        var words = new List<string>(tokens.Count);
        foreach (var word in tokens)
        {
            bool content = false, clean = true;
            foreach (char c in word)
            {
                if (char.IsLetterOrDigit(c)) content = true;
                if (c is >= '0' and <= '9' || char.IsWhiteSpace(c)) clean = false;
            }

            if (!content) continue;
            words.Add(clean ? word : Characters(word));
        }

        return words;
    }
}
