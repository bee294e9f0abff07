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
    public static ParagraphRow ToRow(string text, string category = "") => ToRow(text, null, category);

    /// <summary>The row of <paramref name="text"/> with its context, labelled <paramref name="category"/>.</summary>
    public static ParagraphRow ToRow(string text, ParagraphContext? context, string category = "")
    {
        string characters = Characters(text);
        return new() { Text = characters, Words = Words(text), Lead = Lead(characters), Context = Context(context), Category = category };
    }

    /// <summary>The mark that opens the title in <see cref="Context"/>.</summary>
    public const char TitleMark = '\u00AB';

    /// <summary>The mark that opens the part heading in <see cref="Context"/>.</summary>
    public const char PartMark = '\u00A7';

    /// <summary>The mark that opens an (unknown) section heading in <see cref="Context"/>.</summary>
    public const char HeadingMark = '\u3010';

    /// <summary>
    /// The context block's text: one character for the paragraph's place in its article (only, first,
    /// second, last, other), then <see cref="TitleMark"/> and the title, then <see cref="HeadingMark"/>
    /// and the heading, then <see cref="PartMark"/> and the part heading, each folded like <see cref="Characters"/> and left out when unknown. Its
    /// character 1–3-grams are the context features.
    /// </summary>
    public static string Context(ParagraphContext? context)
    {
        context ??= ParagraphContext.None;
        return PositionMark(context.Position, context.Count) + ContextText(context);
    }

    /// <summary>
    /// <see cref="Context"/> without its first character (the position mark): what the paragraphs of one article
    /// share.
    /// </summary>
    public static string ContextText(ParagraphContext context)
    {
        var text = new System.Text.StringBuilder(64);
        if (!string.IsNullOrWhiteSpace(context.Title)) text.Append(TitleMark).Append(Characters(context.Title));
        if (!string.IsNullOrWhiteSpace(context.Heading)) text.Append(HeadingMark).Append(Characters(context.Heading));
        if (!string.IsNullOrWhiteSpace(context.Part)) text.Append(PartMark).Append(Characters(context.Part));
        return text.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is one of the characters <see cref="PositionMark"/> gives.</summary>
    public static bool IsPositionMark(char c) => c is >= '\uE010' and <= '\uE014';

    /// <summary>The private-use character that stands for a paragraph's place in its article.</summary>
    public static char PositionMark(int position, int count) =>
        count <= 1 ? '\uE010' : position <= 0 ? '\uE011' : position >= count - 1 ? '\uE013' : position == 1 ? '\uE012' : '\uE014';

    /// <summary>How many characters of a paragraph's opening <see cref="Lead"/> keeps.</summary>
    public const int LeadLength = 15;

    /// <summary>The mark <see cref="Lead"/> puts before the opening, so its n-grams know they start the paragraph.</summary>
    public const char LeadMark = '^';

    /// <summary>
    /// The paragraph's opening: <see cref="LeadMark"/> and the first <see cref="LeadLength"/> characters of
    /// <paramref name="characters"/> (as <see cref="Characters"/> gives them), where a bulletin says who
    /// speaks and what kind of paragraph follows (近日，… / 0月0日，市文明办召开… / ××街道：…).
    /// </summary>
    public static string Lead(string characters) =>
        LeadMark + (characters.Length <= LeadLength ? characters : characters[..LeadLength]);

    /// <summary>Writes <paramref name="text"/> without whitespace and with ASCII digits as 0 into <paramref name="output"/>; returns the length.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> output)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            output[n++] = c is >= '0' and <= '9' ? '0' : c;
        }

        return n;
    }

    /// <summary>
    /// Whether a token is a word feature (it holds a letter or digit); <paramref name="clean"/> tells
    /// whether it can be used as it is, or must be folded first (it holds an ASCII digit or whitespace).
    /// </summary>
    public static bool IsFeatureWord(ReadOnlySpan<char> word, out bool clean)
    {
        bool content = false;
        clean = true;
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c)) content = true;
            if (c is >= '0' and <= '9' || char.IsWhiteSpace(c)) clean = false;
        }

        return content;
    }

    /// <summary>The text with whitespace removed and ASCII digits folded to 0.</summary>
    public static string Characters(string text)
    {
        char[] buffer = new char[text.Length];
        return new string(buffer, 0, Fold(text, buffer));
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
            if (!IsFeatureWord(word, out bool clean)) continue;
            words.Add(clean ? word : Characters(word));
        }

        return words;
    }
}
