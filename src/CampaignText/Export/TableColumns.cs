using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace CampaignText.Export;

/// <summary>The columns of a row type: names from <see cref="JsonPropertyNameAttribute"/>, values as invariant text.</summary>
internal static class TableColumns<T>
{
    /// <summary>The row type's properties, one per column, in column order.</summary>
    public static PropertyInfo[] Properties { get; } = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static string[] Names { get; } = Properties
        .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name)
        .ToArray();

    public static int Count => Properties.Length;

    /// <summary>The value of column <paramref name="i"/> as stored in the row (null for a null value).</summary>
    public static object? Value(T row, int i) => Properties[i].GetValue(row);

    /// <summary>The value of column <paramref name="i"/> as text; null for a null value.</summary>
    public static string? Text(T row, int i) => Properties[i].GetValue(row) switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString(),
    };
}
