namespace CampaignText.Export.Sqlite;

/// <summary>What one indexing run did; every input file is in exactly one of the counts.</summary>
/// <param name="Indexed">Files analysed and stored (new or changed).</param>
/// <param name="Unchanged">Files skipped because their content hash was already indexed.</param>
/// <param name="Failed">Files that could not be analysed, as "path: reason".</param>
public sealed record IndexResult(int Indexed, int Unchanged, IReadOnlyList<string> Failed)
{
    /// <summary>Bulletins removed from the index because their files are gone.</summary>
    public int Removed { get; init; }
}
