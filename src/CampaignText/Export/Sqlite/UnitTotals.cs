using System.Globalization;
using CampaignText.Extraction;
using CampaignText.Resources;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// How quantity statistics group and add units (models/extraction/unit-totals.tsv): the unit a quantity is
/// counted in, the factor its value is multiplied by, and whether a total means anything. Registered on
/// every index connection as the SQL functions <c>ct_unit(unit)</c> and <c>ct_unit_factor(unit)</c> (null
/// for units that are not summed, so their total stays empty).
/// </summary>
internal static class UnitTotals
{
    public const string FileName = "unit-totals.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, (string Unit, double Factor, bool Summed)>> Table = new(() =>
        Parse(EmbeddedData.ReadAllText(FileName)));

    /// <summary>The unit <paramref name="unit"/> is counted in (empty for no unit).</summary>
    public static string CountedAs(string? unit) =>
        unit is null || unit.Length == 0 ? string.Empty : Table.Value.TryGetValue(unit, out var e) ? e.Unit : unit;

    /// <summary>The factor a value in <paramref name="unit"/> is multiplied by, or null when its values are not added up.</summary>
    public static double? Factor(string? unit) =>
        unit is not null && Table.Value.TryGetValue(unit, out var e) ? (e.Summed ? e.Factor : null) : 1.0;

    public static IReadOnlyDictionary<string, (string Unit, double Factor, bool Summed)> Parse(string content)
    {
        var table = new Dictionary<string, (string, double, bool)>(StringComparer.Ordinal);
        foreach (var r in DataTable.Rows(content))
        {
            if (r.Length < 4) continue;
            table[r[0]] = (r[1], double.Parse(r[2], NumberStyles.Float, CultureInfo.InvariantCulture), r[3] == "yes");
        }

        return table;
    }

    public static void Register(SqliteConnection db)
    {
        db.CreateFunction("ct_unit", (string? unit) => CountedAs(unit), isDeterministic: true);
        db.CreateFunction("ct_unit_factor", (string? unit) => Factor(unit), isDeterministic: true);
    }
}
