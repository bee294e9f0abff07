namespace CampaignText.Export.Sqlite;

/// <summary>
/// A count over an index, grouped by <see cref="By"/>: district, month, year (of the bulletin), measure
/// (a measure's type), category (a paragraph's category), kind (a mention's kind), name (a mention's normalised form)
/// unit (a quantity's unit, as models/extraction/unit-totals.tsv counts it: 名 and 位 as 人) or subject (a quantity's
/// subject, else its noun). What is counted follows from the keys: mentions when a key is measure, kind, name, unit or subject, or <see cref="Kind"/> is set (measures
/// when only measure is asked, quantities when unit is), paragraphs when a key is category, bulletins otherwise.
/// Quantities are always grouped by unit as well, so a total never adds values of two units.
/// </summary>
/// <param name="By">The grouping keys, in order.</param>
public sealed record StatsQuery(IReadOnlyList<string> By)
{
    /// <summary>The keys <see cref="By"/> may hold.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["district", "month", "year", "measure", "category", "kind", "name", "unit", "subject"];

    /// <summary>Count only mentions of this kind (district, town, quantity, measure…).</summary>
    public string? Kind { get; init; }

    /// <summary>With quantities: only those whose subject, noun or unit contains this text.</summary>
    public string? Subject { get; init; }
}
