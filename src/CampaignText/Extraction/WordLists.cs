namespace CampaignText.Extraction;

/// <summary>
/// Reads a table of named word lists (one word a row: list name, then the word), as the structure stage and the
/// person extractor keep theirs: every row must name a known list and give a word, and every list must be there.
/// </summary>
internal static class WordLists
{
    /// <summary>The words of each list, in table order.</summary>
    /// <param name="fileName">The table's file name, for messages.</param>
    /// <param name="lists">The lists the reader knows.</param>
    /// <param name="content">The table's text.</param>
    /// <param name="check">Further checks of a row's word by list: a message when the word does not fit, else null.</param>
    /// <exception cref="InvalidDataException">A bad row or a missing list: the message names the file.</exception>
    public static Dictionary<string, List<string>> Read(string fileName, IReadOnlyList<string> lists, string content, Func<string, string, string?>? check = null)
    {
        var words = lists.ToDictionary(l => l, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var row in DataTable.Rows(content))
        {
            if (!words.TryGetValue(row[0], out var list)) throw new InvalidDataException($"{fileName}: unknown list '{row[0]}' (known: {string.Join(", ", lists)})");
            if (row.Length < 2 || row[1].Length == 0) throw new InvalidDataException($"{fileName}: a row of {row[0]} has no word");
            if (check?.Invoke(row[0], row[1]) is { } problem) throw new InvalidDataException($"{fileName}: {problem}");
            list.Add(row[1]);
        }

        foreach (var (name, list) in words)
        {
            if (list.Count == 0) throw new InvalidDataException($"{fileName}: list '{name}' is missing");
        }

        return words;
    }
}
