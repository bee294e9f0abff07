using CampaignText.Resources;

namespace CampaignText.Structure;

/// <summary>
/// Folds traditional characters to simplified ones, one char for one, from models/structure/traditional-chars.tsv
/// (OpenCC's TSCharacters). The structure stage matches headings, footer keys, masthead words and office endings
/// against folded copies of lines; because a fold keeps the length, an index in the copy is an index in the line.
/// Immutable and thread-safe once loaded.
/// </summary>
internal static class TraditionalChars
{
    private static readonly Lazy<char[]> Map = new(Load);

    /// <summary>The text with every traditional character that has a one-character simplified form replaced by it.</summary>
    public static string Fold(string text)
    {
        var map = Map.Value;
        var i = 0;
        while (i < text.Length && map[text[i]] == '\0')
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, map, i), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var k = state.i; k < span.Length; k++)
            {
                var s = state.map[span[k]];
                if (s != '\0')
                {
                    span[k] = s;
                }
            }
        });
    }

    private static char[] Load()
    {
        var map = new char[char.MaxValue + 1];
        var lineNumber = 0;
        foreach (var line in EmbeddedData.ReadAllText(EmbeddedData.TraditionalChars).Split('\n'))
        {
            lineNumber++;
            var row = line.TrimEnd('\r');
            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            if (row.Length != 3 || row[1] != '\t')
            {
                throw new CampaignTextException($"line {lineNumber}: expected a traditional char, a tab and a simplified char", EmbeddedData.TraditionalChars);
            }

            map[row[0]] = row[2];
        }

        return map;
    }
}
