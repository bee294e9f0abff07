namespace CampaignText.Extraction.Measures;

/// <summary>The measure taxonomy (models/extraction/measures.tsv): keyword → measure type.</summary>
internal sealed class MeasureTaxonomy
{
    private readonly Dictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly HashSet<string> nouns = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="keyword"/> names a measure only after a carrying verb (会议, 推进会).</summary>
    public bool NeedsVerb(string keyword) => nouns.Contains(keyword);

    public MeasureTaxonomy(string content)
    {
        foreach (var r in DataTable.Rows(content))
        {
            if (r.Length >= 2 && r[1].Length > 0) types.TryAdd(r[1], r[0]);
            if (r.Length >= 3 && r[2] == "noun") nouns.Add(r[1]);
        }
        MaxLength = types.Count == 0 ? 0 : types.Keys.Max(k => k.Length);
        Types = types.Values.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Length of the longest keyword.</summary>
    public int MaxLength { get; }

    /// <summary>Every measure type.</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The longest keyword starting at <paramref name="i"/> and its type.</summary>
    public bool TryMatch(string text, int i, out string keyword, out string type)
    {
        var spans = types.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(MaxLength, text.Length - i); len >= 2; len--)
        {
            if (spans.TryGetValue(text.AsSpan(i, len), out string? s, out string? t))
            {
                keyword = s;
                type = t;
                return true;
            }
        }
        keyword = type = "";
        return false;
    }
}
