using System.Globalization;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// One row of a <see cref="StatsQuery"/> result, typed: each key the query groups by (empty when the group has
/// no value, null when the query does not group by it) and the counts it asked for (null when not counted).
/// </summary>
public sealed record StatsRow
{
    /// <summary>The district key.</summary>
    public string? District { get; init; }

    /// <summary>The month key (yyyy-MM).</summary>
    public string? Month { get; init; }

    /// <summary>The year key.</summary>
    public string? Year { get; init; }

    /// <summary>The measure-type key.</summary>
    public string? Measure { get; init; }

    /// <summary>The paragraph-category key.</summary>
    public string? Category { get; init; }

    /// <summary>The mention-kind key.</summary>
    public string? Kind { get; init; }

    /// <summary>The name key (a mention's normalised form, else its text).</summary>
    public string? Name { get; init; }

    /// <summary>The unit key (quantities).</summary>
    public string? Unit { get; init; }

    /// <summary>The subject key (quantities).</summary>
    public string? Subject { get; init; }

    /// <summary>Bulletins counted.</summary>
    public long? Bulletins { get; init; }

    /// <summary>Paragraphs counted.</summary>
    public long? Paragraphs { get; init; }

    /// <summary>Mentions counted.</summary>
    public long? Mentions { get; init; }

    /// <summary>The sum of quantity values in the row's unit (rounded to two decimals).</summary>
    public double? Total { get; init; }

    /// <summary>The key named <paramref name="key"/> (one of <see cref="StatsQuery.Keys"/>); null when the row has none.</summary>
    /// <param name="key">A key name.</param>
    public string? Key(string key) => key switch
    {
        "district" => District,
        "month" => Month,
        "year" => Year,
        "measure" => Measure,
        "category" => Category,
        "kind" => Kind,
        "name" => Name,
        "unit" => Unit,
        "subject" => Subject,
        _ => null,
    };

    /// <summary>Reads a row of text cells by column name.</summary>
    internal static StatsRow From(IReadOnlyList<string> columns, IReadOnlyList<string> cells)
    {
        string? Cell(string name)
        {
            for (int i = 0; i < columns.Count; i++)
            {
                if (columns[i] == name) return cells[i];
            }

            return null;
        }

        static long? Count(string? cell) => string.IsNullOrEmpty(cell) ? null : long.Parse(cell, CultureInfo.InvariantCulture);

        return new StatsRow
        {
            District = Cell("district"),
            Month = Cell("month"),
            Year = Cell("year"),
            Measure = Cell("measure"),
            Category = Cell("category"),
            Kind = Cell("kind"),
            Name = Cell("name"),
            Unit = Cell("unit"),
            Subject = Cell("subject"),
            Bulletins = Count(Cell("bulletins")),
            Paragraphs = Count(Cell("paragraphs")),
            Mentions = Count(Cell("mentions")),
            Total = Cell("total") is { Length: > 0 } total ? double.Parse(total, CultureInfo.InvariantCulture) : null,
        };
    }
}
