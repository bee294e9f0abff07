namespace CampaignText.Extraction.Places;

/// <summary>
/// Where each district code was first named among the places found so far in one text (the index of its
/// first district mention), so that "the first earlier district that is X or Y" takes a look-up per code
/// instead of a walk over every earlier mention. Lives for one call.
/// </summary>
internal sealed class DistrictsNamed
{
    private readonly Dictionary<string, int> first = new(StringComparer.Ordinal);

    /// <summary>Records that the mention at <paramref name="index"/> names the district <paramref name="code"/>.</summary>
    public void Add(string code, int index) => first.TryAdd(code, index);

    /// <summary>Index of the first mention naming <paramref name="code"/>, or <see cref="int.MaxValue"/> when none does.</summary>
    public int FirstAt(string code) => first.TryGetValue(code, out int at) ? at : int.MaxValue;
}
