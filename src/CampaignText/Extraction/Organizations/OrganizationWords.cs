using System.Collections.Frozen;
using CampaignText.Resources;

namespace CampaignText.Extraction.Organizations;

/// <summary>
/// The word lists and guards of the organisation extractor (models/extraction/organization-words.tsv): the place words
/// a name may begin with, the names that stand alone, the departments of a committee, the committees of a title and the
/// characters that make a prefix no name. Read once; immutable and thread-safe.
/// </summary>
internal sealed class OrganizationWords
{
    /// <summary>The table's file under models/extraction, embedded in the library.</summary>
    public const string FileName = "organization-words.tsv";

    /// <summary>The lists the extractor reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Lists = ["literal-prefix", "outer-prefix", "stand-alone", "department", "title-committee", "not-after"];

    private static readonly Lazy<OrganizationWords> EmbeddedWords = new(() => new OrganizationWords(EmbeddedData.ReadAllText(FileName)));

    /// <summary>Reads the table.</summary>
    /// <exception cref="InvalidDataException">A row names an unknown list, has no word, or not-after holds more than one
    /// character, or a list is missing: the message names the file.</exception>
    public OrganizationWords(string content)
    {
        var words = WordLists.Read(FileName, Lists, content,
            static (list, word) => list == "not-after" && word.Length != 1 ? $"{list} lists single characters, not '{word}'" : null);

        LiteralPrefixes = [.. words["literal-prefix"]];
        OuterPrefixes = [.. words["outer-prefix"]];
        StandAlone = words["stand-alone"].ToFrozenSet(StringComparer.Ordinal);
        Departments = words["department"].ToFrozenSet(StringComparer.Ordinal);
        TitleCommittees = words["title-committee"].ToFrozenSet(StringComparer.Ordinal);
        NotAfter = words["not-after"].ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lists embedded in the library.</summary>
    public static OrganizationWords Embedded => EmbeddedWords.Value;

    /// <summary>Place words before a core name, in the order they are tried (北京市 before 市).</summary>
    public IReadOnlyList<string> LiteralPrefixes { get; }

    /// <summary>Words before a prefix that belong to the name too (北京市, 首都, 中央), in the order they are tried.</summary>
    public IReadOnlyList<string> OuterPrefixes { get; }

    /// <summary>Core names that name their body without a place (区委, 团市委).</summary>
    public FrozenSet<string> StandAlone { get; }

    /// <summary>Departments that with the committee before them make one body (宣传部).</summary>
    public FrozenSet<string> Departments { get; }

    /// <summary>Committees dropped inside a person's title (区委 of 区委书记).</summary>
    public FrozenSet<string> TitleCommittees { get; }

    /// <summary>Characters (as strings) before a one-character prefix or a bare core name that make it no name (全, 各, 我).</summary>
    public FrozenSet<string> NotAfter { get; }
}
