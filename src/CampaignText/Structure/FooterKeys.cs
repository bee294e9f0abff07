using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CampaignText.Resources;

namespace CampaignText.Structure;

/// <summary>What a footer key fills (models/structure/footer-keys.tsv).</summary>
internal enum FooterField
{
    Editor,
    Reviewer,
    Phone,
    Fax,
    Email,
    Report,
    Copy,
    Distribute,
    Staff,
}

/// <summary>
/// The one list of footer keys (models/structure/footer-keys.tsv): the pattern that finds them in a line and the
/// field each fills. Read once; immutable.
/// </summary>
internal static class FooterKeys
{
    /// <summary>The table's file under models/structure, embedded in the library.</summary>
    public const string FileName = "footer-keys.tsv";

    private static readonly Lazy<(FrozenDictionary<string, FooterField> Fields, Regex Pattern)> Table =
        new(() => Parse(EmbeddedData.ReadAllText(FileName)));

    /// <summary>
    /// A footer key at the start of a line or after whitespace, followed by a colon; group <c>key</c> is the key.
    /// </summary>
    public static Regex Pattern => Table.Value.Pattern;

    /// <summary>The field a key (as the pattern's <c>key</c> group found it) fills.</summary>
    public static FooterField FieldOf(string key) => Table.Value.Fields.GetValueOrDefault(key, FooterField.Staff);

    /// <summary>Every key with its field, in no particular order.</summary>
    public static IReadOnlyDictionary<string, FooterField> Fields => Table.Value.Fields;

    /// <summary>Reads the table: key and field per row; # starts a comment.</summary>
    /// <exception cref="InvalidDataException">A row has no known field or a key comes twice: the message names the file and key.</exception>
    internal static (FrozenDictionary<string, FooterField> Fields, Regex Pattern) Parse(string content)
    {
        var fields = new Dictionary<string, FooterField>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var row in Extraction.DataTable.Rows(content))
        {
            if (row.Length < 2 || !Enum.TryParse(row[1], ignoreCase: true, out FooterField field) || !Enum.IsDefined(field) || char.IsDigit(row[1][0]))
            {
                throw new InvalidDataException($"{FileName}: key {row[0]} needs a field (editor, reviewer, phone, fax, email, report, copy, distribute or staff)");
            }

            if (!fields.TryAdd(row[0], field)) throw new InvalidDataException($"{FileName}: key {row[0]} is listed twice");
            keys.Add(Regex.Escape(row[0]));
        }

        var pattern = new Regex(
            @"(?<![\u4E00-\u9FFFA-Za-z])(?<key>" + string.Join('|', keys) + @")\s*[:：]",
            RegexOptions.Compiled,
            TimeSpan.FromSeconds(2));
        return (fields.ToFrozenDictionary(StringComparer.Ordinal), pattern);
    }
}
