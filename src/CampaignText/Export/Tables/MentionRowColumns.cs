using System.Reflection;
using System.Text.Json.Serialization;
using CampaignText.Extraction;
using CampaignText.Extraction.Kinds;

namespace CampaignText.Export.Tables;

/// <summary>
/// Fills the kind columns of a <see cref="MentionRow"/> from a mention's <see cref="MentionKindDescriptor.Fields"/>:
/// each field names its column, and the column is the row property with that <see cref="JsonPropertyNameAttribute"/>.
/// </summary>
internal static class MentionRowColumns
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(MentionRow)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .ToDictionary(static p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, StringComparer.Ordinal);

    /// <summary>The row property of every field of every registered kind, checked once.</summary>
    private static readonly Dictionary<MentionField, PropertyInfo> Setters = MentionKinds.All
        .SelectMany(static k => k.Fields)
        .ToDictionary(static f => f, PropertyOf);

    /// <summary>The row property that holds <paramref name="field"/>.</summary>
    /// <exception cref="InvalidOperationException">The row has no such column, or its type does not hold the field's values.</exception>
    public static PropertyInfo PropertyOf(MentionField field)
    {
        if (!Properties.TryGetValue(field.Column, out var property))
        {
            throw new InvalidOperationException($"mention field '{field.Name}' names column '{field.Column}', which {nameof(MentionRow)} lacks");
        }

        var expected = field.Type switch
        {
            MentionFieldType.Number => typeof(double?),
            MentionFieldType.Flag => typeof(bool?),
            _ => typeof(string),
        };
        if (property.PropertyType != expected)
        {
            throw new InvalidOperationException($"column '{field.Column}' of {nameof(MentionRow)} is {property.PropertyType.Name}, but mention field '{field.Name}' needs {expected.Name}");
        }

        return property;
    }

    /// <summary>Sets the columns of <paramref name="mention"/>'s kind on <paramref name="row"/>.</summary>
    public static void Fill(MentionRow row, Mention mention)
    {
        foreach (var field in MentionKinds.Of(mention).Fields)
        {
            Setters[field].SetValue(row, field.CellValue(mention));
        }
    }
}
