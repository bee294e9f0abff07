using System.Globalization;

namespace CampaignText.Extraction.Quantities;

/// <summary>Measure words and units (models/extraction/units.tsv): surface → normalized unit and multiplier.</summary>
internal sealed class UnitTable
{
    private readonly Dictionary<string, (string Unit, decimal Multiplier)> units = new(StringComparer.Ordinal);

    public UnitTable(string content)
    {
        foreach (var r in DataTable.Rows(content))
        {
            if (r.Length < 2) continue;
            decimal m = r.Length > 2 && decimal.TryParse(r[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var mm) ? mm : 1;
            units[r[0]] = (r[1], m);
        }
        MaxLength = units.Count == 0 ? 0 : units.Keys.Max(k => k.Length);
    }

    /// <summary>Length of the longest surface.</summary>
    public int MaxLength { get; }

    /// <summary>The longest unit starting at <paramref name="start"/>.</summary>
    public bool TryMatch(string text, int start, out string surface, out string unit, out decimal multiplier)
    {
        for (int len = Math.Min(MaxLength, text.Length - start); len >= 1; len--)
        {
            string s = text.Substring(start, len);
            if (units.TryGetValue(s, out var u))
            {
                surface = s;
                unit = u.Unit;
                multiplier = u.Multiplier;
                return true;
            }
        }
        surface = unit = "";
        multiplier = 1;
        return false;
    }
}
