namespace CampaignText.Export.Sqlite;

/// <summary>The result of a <see cref="StatsQuery"/>: column names and rows of text cells (numbers in invariant culture).</summary>
/// <param name="Columns">The column names: the keys, then the counts.</param>
/// <param name="Rows">The rows, ordered by the keys.</param>
public sealed record StatsTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The same rows typed, by name (filled by <see cref="CorpusIndex.Count(StatsQuery)"/>; empty for other tables).</summary>
    public IReadOnlyList<StatsRow> Records { get; init; } = [];
}
