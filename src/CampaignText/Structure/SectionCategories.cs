using System.Collections.Frozen;
using CampaignText.Resources;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>
/// The one table that maps section headings (the text inside 【】) to stable lowercase category ids, read from
/// models/structure/section-categories.tsv: the five core headings are marked there, aliases map to the same
/// id, and an unknown heading maps to <see cref="Other"/>.
/// </summary>
public static class SectionCategories
{
    /// <summary>The id for a heading that is not in the table, and for text before any heading.</summary>
    public const string Other = "other";

    /// <summary>The id of the 简讯 (briefs) section, whose items carry their own tags.</summary>
    public const string Briefs = "briefs";

    /// <summary>The table's file under models/structure, embedded in the library.</summary>
    internal const string FileName = "section-categories.tsv";

    private static readonly FrozenDictionary<string, string> Table;

    /// <summary>The ids of the five core headings, which always open a section even inside 简讯.</summary>
    private static readonly FrozenSet<string> CoreIds;

#pragma warning disable CA1810 // one parse of the table fills both fields
    static SectionCategories()
    {
        (Table, CoreIds, CoreCategories) = Parse(EmbeddedData.ReadAllText(FileName));
    }
#pragma warning restore CA1810

    /// <summary>
    /// The ids of the five core headings of the output contract (<c>briefs</c>, <c>creation</c>, <c>dispatch</c>,
    /// <c>exchange</c>, <c>inspection</c>), in ordinal order: the rows marked <c>core</c> in
    /// models/structure/section-categories.tsv.
    /// </summary>
    public static IReadOnlyList<string> CoreCategories { get; }

    /// <summary>Every known heading with its id.</summary>
    public static IReadOnlyDictionary<string, string> Headings => Table;

    /// <summary>
    /// The category id of a heading; spaces inside the heading are ignored. Returns <see cref="Other"/>
    /// for <c>null</c> and for unknown headings.
    /// </summary>
    /// <param name="heading">The text inside 【】, with or without spaces.</param>
    public static string Resolve(string? heading)
    {
        if (string.IsNullOrEmpty(heading))
        {
            return Other;
        }

        var key = TraditionalChars.Fold(TextCleaning.RemoveWhitespace(heading));
        return Table.TryGetValue(key, out var id) ? id : Other;
    }

    /// <summary>
    /// Reads the table: heading, category id and an optional <c>core</c> mark per row; # starts a comment.
    /// </summary>
    /// <exception cref="InvalidDataException">A row lacks its id, a heading comes twice or an id is not lowercase ASCII.</exception>
    internal static (FrozenDictionary<string, string> Table, FrozenSet<string> CoreIds, string[] CoreCategories) Parse(string content)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var core = new List<string>();
        foreach (var row in Extraction.DataTable.Rows(content))
        {
            if (row.Length < 2 || row[1].Length == 0 || !row[1].All(char.IsAsciiLetterLower))
            {
                throw new InvalidDataException($"{FileName}: row '{string.Join(' ', row)}' needs a heading and a lowercase category id");
            }

            if (!table.TryAdd(row[0], row[1])) throw new InvalidDataException($"{FileName}: heading {row[0]} is listed twice");
            if (row.Length > 2 && row[2] == "core" && !core.Contains(row[1])) core.Add(row[1]);
        }

        core.Sort(StringComparer.Ordinal);
        return (table.ToFrozenDictionary(StringComparer.Ordinal), core.ToFrozenSet(StringComparer.Ordinal), [.. core]);
    }

    /// <summary>True when <paramref name="heading"/> maps to one of the five core categories of the contract.</summary>
    /// <param name="heading">The text inside 【】.</param>
    public static bool IsCore(string? heading) => CoreIds.Contains(Resolve(heading));
}
