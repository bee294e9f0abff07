using CampaignText.Resources;

namespace CampaignText.Text;

/// <summary>
/// Folds traditional script to simplified without changing the length, from OpenCC's dictionaries
/// (models/text/traditional-chars.tsv from TSCharacters, models/text/traditional-phrases.tsv from the
/// TSPhrases rows of unchanged length; built by scripts/text/build_traditional.py). Phrases are matched
/// longest first, left to right (乾坤 stays, 乾淨 → 干净); every other character goes through the character
/// table. Since a fold keeps the length, an index in the folded copy is an index in the original.
/// Immutable and thread-safe once loaded.
/// </summary>
internal static class TraditionalChars
{
    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>The text with its traditional characters and phrases replaced by their simplified forms.</summary>
    public static string Fold(string text)
    {
        var t = Data.Value;
        var i = 0;
        while (i < text.Length && t.Chars[text[i]] == '\0' && t.PhraseStart[text[i]] is null)
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var buffer = text.ToCharArray();
        while (i < buffer.Length)
        {
            var c = text[i];
            if (t.PhraseStart[c] is { } phrases && Phrase(text, i, phrases) is { } hit)
            {
                hit.Simplified.AsSpan().CopyTo(buffer.AsSpan(i));
                i += hit.Simplified.Length;
                continue;
            }

            var s = t.Chars[c];
            if (s != '\0')
            {
                buffer[i] = s;
            }

            i++;
        }

        var folded = new string(buffer);
        return folded == text ? text : folded;
    }

    /// <summary>Whether <paramref name="c"/> has a simplified form of its own or starts a phrase of the table.</summary>
    public static bool MayFold(char c) => Data.Value.Chars[c] != '\0' || Data.Value.PhraseStart[c] is not null;

    private static PhraseRow? Phrase(string text, int at, PhraseRow[] phrases)
    {
        foreach (var p in phrases)
        {
            if (p.Traditional.Length <= text.Length - at && text.AsSpan(at, p.Traditional.Length).SequenceEqual(p.Traditional))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Reads both tables from the embedded data (done once, on first use; internal for the load benchmark).</summary>
    internal static Tables Load()
    {
        var map = new char[char.MaxValue + 1];
        foreach (var (trad, simp) in Rows(EmbeddedData.TraditionalChars))
        {
            if (trad.Length != 1 || simp.Length != 1)
            {
                throw new CampaignTextException($"expected one traditional char, a tab and one simplified char: {trad}", EmbeddedData.TraditionalChars);
            }

            map[trad[0]] = simp[0];
        }

        var byFirst = new Dictionary<char, List<PhraseRow>>();
        foreach (var (trad, simp) in Rows(EmbeddedData.TraditionalPhrases))
        {
            if (trad.Length < 2 || simp.Length != trad.Length)
            {
                throw new CampaignTextException($"expected a phrase, a tab and a simplified phrase of the same length: {trad}", EmbeddedData.TraditionalPhrases);
            }

            if (!byFirst.TryGetValue(trad[0], out var list))
            {
                byFirst[trad[0]] = list = [];
            }

            list.Add(new PhraseRow(trad, simp));
        }

        var starts = new PhraseRow[]?[char.MaxValue + 1];
        foreach (var (first, list) in byFirst)
        {
            starts[first] = [.. list.OrderByDescending(p => p.Traditional.Length).ThenBy(p => p.Traditional, StringComparer.Ordinal)];
        }

        return new Tables(map, starts);
    }

    private static IEnumerable<(string Traditional, string Simplified)> Rows(string file)
    {
        var lineNumber = 0;
        foreach (var line in EmbeddedData.ReadAllText(file).Split('\n'))
        {
            lineNumber++;
            var row = line.TrimEnd('\r');
            if (row.Length == 0 || row[0] == '#')
            {
                continue;
            }

            var tab = row.IndexOf('\t');
            if (tab <= 0 || tab == row.Length - 1 || row.IndexOf('\t', tab + 1) >= 0)
            {
                throw new CampaignTextException($"line {lineNumber}: expected two tab-separated columns", file);
            }

            yield return (row[..tab], row[(tab + 1)..]);
        }
    }

    /// <summary>A phrase and its simplified form of the same length.</summary>
    internal sealed record PhraseRow(string Traditional, string Simplified);

    /// <summary>The character map (0 where a char stays) and, per first char, the phrases longest first.</summary>
    internal sealed record Tables(char[] Chars, PhraseRow[]?[] PhraseStart);
}
