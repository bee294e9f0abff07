namespace CampaignText.Export.Sqlite;

/// <summary>
/// A count over an index, grouped by <see cref="By"/>: district, month, year (of the bulletin), measure
/// (a measure's type), category (a paragraph's category) kind (a mention's kind) or name (a mention's normalised form). What is counted
/// follows from the keys: mentions when a key is measure, kind or name, or <see cref="Kind"/> is set (measures
/// when only measure is asked), paragraphs when a key is category, bulletins otherwise.
/// </summary>
/// <param name="By">The grouping keys, in order.</param>
public sealed record StatsQuery(IReadOnlyList<string> By)
{
    /// <summary>The keys <see cref="By"/> may hold.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["district", "month", "year", "measure", "category", "kind", "name"];

    /// <summary>Count only mentions of this kind (district, town, quantity, measure…).</summary>
    public string? Kind { get; init; }

    /// <summary>With quantities: only those whose subject, noun or unit contains this text.</summary>
    public string? Subject { get; init; }
}
