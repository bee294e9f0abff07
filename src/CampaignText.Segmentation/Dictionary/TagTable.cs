namespace CampaignText.Segmentation.Dictionary;

/// <summary>Interns part-of-speech tags as small indexes; index 0 means no tag.</summary>
internal sealed class TagTable
{
    private readonly Dictionary<string, ushort> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string?> _names = [null];

    public TagTable() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    public ushort IndexOf(ReadOnlySpan<char> tag)
    {
        if (tag.IsEmpty) return 0;
        if (_lookup.TryGetValue(tag, out ushort i)) return i;
        if (_names.Count == ushort.MaxValue) throw new CampaignTextException("too many distinct tags in a lexicon (at most 65534)");
        i = (ushort)_names.Count;
        string name = tag.ToString();
        _index[name] = i;
        _names.Add(name);
        return i;
    }

    public ushort IndexOf(string? tag) => tag is null ? (ushort)0 : IndexOf(tag.AsSpan());

    public string?[] ToArray() => _names.ToArray();
}
