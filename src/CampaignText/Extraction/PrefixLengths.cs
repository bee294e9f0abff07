namespace CampaignText.Extraction;

/// <summary>
/// For a word list, the length of the longest word beginning with each pair of characters: a look-up
/// at a text position tries only lengths a word there could have, and most positions begin none.
/// Words shorter than two characters are not indexed. Immutable.
/// </summary>
internal sealed class PrefixLengths
{
    private readonly Dictionary<int, int> longest = [];

    public PrefixLengths(IEnumerable<string> words)
    {
        foreach (string w in words)
        {
            if (w.Length < 2) continue;
            int key = Key(w[0], w[1]);
            longest[key] = Math.Max(w.Length, longest.GetValueOrDefault(key));
        }
    }

    /// <summary>Length of the longest word of two or more characters that can start at <paramref name="i"/>, or 0.</summary>
    public int LongestAt(string text, int i) =>
        i + 1 < text.Length && longest.TryGetValue(Key(text[i], text[i + 1]), out int n) ? n : 0;

    private static int Key(char a, char b) => (a << 16) | b;
}
