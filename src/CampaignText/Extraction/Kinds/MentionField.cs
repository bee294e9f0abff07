using System.Globalization;
using System.Text.Json;

namespace CampaignText.Extraction.Kinds;

/// <summary>
/// One field of a mention kind: its JSON key, the column of the <c>mentions</c> table it fills (see
/// <see cref="Export.Tables.MentionRow"/>), its type and how to read it from a mention.
/// </summary>
public sealed class MentionField
{
    private readonly Func<Mention, object?> _read;

    private MentionField(string name, string column, MentionFieldType type, Func<Mention, object?> read)
    {
        Name = name;
        Column = column;
        Type = type;
        _read = read;
    }

    /// <summary>The JSON key (camelCase, as in the output contract).</summary>
    public string Name { get; }

    /// <summary>The table column (snake_case, as in the CSV, Parquet and SQLite tables).</summary>
    public string Column { get; }

    /// <summary>How the value is written.</summary>
    public MentionFieldType Type { get; }

    /// <summary>A text field.</summary>
    /// <typeparam name="TMention">The mention type it reads.</typeparam>
    /// <param name="name">The JSON key; the column is the same name in snake_case.</param>
    /// <param name="read">Reads the value (null allowed).</param>
    internal static MentionField Text<TMention>(string name, Func<TMention, string?> read)
        where TMention : Mention => Create(name, MentionFieldType.Text, read, static v => v);

    /// <summary>A number field.</summary>
    /// <typeparam name="TMention">The mention type it reads.</typeparam>
    /// <param name="name">The JSON key; the column is the same name in snake_case.</param>
    /// <param name="read">Reads the value (null allowed).</param>
    internal static MentionField Number<TMention>(string name, Func<TMention, decimal?> read)
        where TMention : Mention => Create(name, MentionFieldType.Number, read, static v => v);

    /// <summary>A flag field.</summary>
    /// <typeparam name="TMention">The mention type it reads.</typeparam>
    /// <param name="name">The JSON key; the column is the same name in snake_case.</param>
    /// <param name="read">Reads the value.</param>
    internal static MentionField Flag<TMention>(string name, Func<TMention, bool> read)
        where TMention : Mention => Create(name, MentionFieldType.Flag, read, static v => v);

    /// <summary>A date field.</summary>
    /// <typeparam name="TMention">The mention type it reads.</typeparam>
    /// <param name="name">The JSON key; the column is the same name in snake_case.</param>
    /// <param name="read">Reads the value (null allowed).</param>
    internal static MentionField Date<TMention>(string name, Func<TMention, DateOnly?> read)
        where TMention : Mention => Create(name, MentionFieldType.Date, read, static v => v);

    /// <summary>
    /// The value as a table cell: text and dates (<c>yyyy-MM-dd</c>) as <see cref="string"/>, numbers as
    /// <see cref="double"/>, flags as <see cref="bool"/>; null when absent.
    /// </summary>
    /// <param name="mention">A mention of the field's kind.</param>
    public object? CellValue(Mention mention) => _read(mention) switch
    {
        null => null,
        decimal d => (double)d,
        DateOnly day => FormatDate(day),
        var v => v,
    };

    /// <summary>Writes the field as a property of the JSON object being written.</summary>
    internal void WriteJson(Utf8JsonWriter writer, Mention mention)
    {
        switch (_read(mention))
        {
            case null:
                writer.WriteNull(Name);
                break;
            case string s:
                writer.WriteString(Name, s);
                break;
            case decimal d:
                writer.WriteNumber(Name, d);
                break;
            case bool b:
                writer.WriteBoolean(Name, b);
                break;
            case DateOnly day:
                writer.WriteString(Name, FormatDate(day));
                break;
        }
    }

    internal static string FormatDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static MentionField Create<TMention, TValue>(string name, MentionFieldType type, Func<TMention, TValue> read, Func<TValue, object?> box)
        where TMention : Mention
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(read);
        return new MentionField(name, SnakeCase(name), type, m => box(read((TMention)m)));
    }

    private static string SnakeCase(string name)
    {
        var b = new System.Text.StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                b.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
