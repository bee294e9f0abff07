using System.Text.RegularExpressions;
using CampaignText.Resources;

namespace CampaignText.Structure;

/// <summary>
/// The word lists of the structure stage (models/structure/structure-words.tsv) and the patterns built around
/// them: publication and organisation suffixes, contributor and subject endings, news-lead openings, issuer roles. Read once;
/// immutable and thread-safe.
/// </summary>
internal sealed class StructureWords
{
    /// <summary>The table's file under models/structure, embedded in the library.</summary>
    public const string FileName = "structure-words.tsv";

    /// <summary>The lists the structure stage reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Lists =
        [
            "publication-suffix", "publication-suffix-needs-issue", "organization-suffix", "contributor-suffix", "subject-suffix", "subject-verb", "subject-generic", "news-lead", "issuer-role-before", "issuer-role-after",
            "masthead-note", "masthead-note-bracketed", "masthead-note-mark", "item-lead-verb", "page-not-before", "page-not-after", "place-label-suffix",
        ];

    private static readonly string[] CharacterLists = ["page-not-before", "page-not-after", "place-label-suffix"];

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly Lazy<StructureWords> EmbeddedWords = new(() => new StructureWords(EmbeddedData.ReadAllText(FileName)));

    /// <summary>Reads the table and builds the patterns.</summary>
    /// <exception cref="InvalidDataException">A row names an unknown list or has no word, a character list holds more than one
    /// character, or a list is missing: the message names the file.</exception>
    public StructureWords(string content)
    {
        var words = Extraction.WordLists.Read(FileName, Lists, content,
            static (list, word) => CharacterLists.Contains(list) && word.Length != 1 ? $"{list} lists single characters, not '{word}'" : null);

        string Any(string list) => string.Join('|', words[list].Select(Regex.Escape));
        PublicationSuffix = Build("(" + Any("publication-suffix") + ")$");
        OrganizationSuffix = Build("(" + Any("organization-suffix") + @")(?:[（(][^（）()]{1,12}[)）])?$");
        ContributorSuffix = Build("(?:" + Any("contributor-suffix") + ")$");
        // The suffix must end a name: not a verb that ends like one (交办), not a generic pair of such words (乡镇).
        NamedSubject = Build("^(?!(?:" + Any("subject-generic") + @"))\S{1,8}?(?:" + Any("subject-suffix") + ")(?<!(?:" + Any("subject-verb") + "))");
        PublicationNeedsIssue = Build("(?:" + Any("publication-suffix-needs-issue") + ")$");
        NewsLead = Build("^(?:" + Any("news-lead") + ")");
        PlaceLabel = Build(@"^\p{IsCJKUnifiedIdeographs}{2}(?:" + Any("place-label-suffix") + ")$");
        IssuerByRole = Build("^(?:" + Any("issuer-role-before") + @")\s*[:：]\s*(?<org>.+)$|^(?<org>.+?)\s*(?:" + Any("issuer-role-after") + ")$");
        // A space in a note stands for any run of white space (内部资料 注意保存); Regex.Escape writes it as "\ ".
        string notes = string.Join('|', words["masthead-note"].Select(w => Regex.Escape(w).Replace("\\ ", @"\s*", StringComparison.Ordinal)));
        MastheadNote = Build("^(?:" + notes + "|（?(?:" + Any("masthead-note-bracketed") + ")）?|(?:" + Any("masthead-note-mark") + ").*)$");
        PageNotBefore = string.Concat(words["page-not-before"]);
        PageNotAfter = string.Concat(words["page-not-after"]);
        ItemLead = Build("^(?:[一二三四五六七八九十]{1,2}(?:" + Any("item-lead-verb") + ")|第[一二三四五六七八九十]{1,2}[，,、]|其[一二三四五六七八九十])");
    }

    /// <summary>The words and patterns embedded in the library.</summary>
    public static StructureWords Embedded => EmbeddedWords.Value;

    /// <summary>A publication title: the masthead line that names the bulletin.</summary>
    public Regex PublicationSuffix { get; }

    /// <summary>A name that ends like an office or body.</summary>
    public Regex OrganizationSuffix { get; }

    /// <summary>A contributor named at the end of a title line: an office, body, unit or place.</summary>
    public Regex ContributorSuffix { get; }

    /// <summary>A headline's subject named in its first chars: a place or body (某某街道, 某某镇, 某区, 某局 …), not a verb (交办) or a generic pair (乡镇).</summary>
    public Regex NamedSubject { get; }

    /// <summary>The opening of a news lead rather than a headline: 近日, 今年, 日前, 会议, 为了 ….</summary>
    public Regex NewsLead { get; }

    /// <summary>A three-character line that is only a place's name (何店镇, 城关镇, 西湖区): the label of the item under it.</summary>
    public Regex PlaceLabel { get; }

    /// <summary>A publication title whose ending (…工作动态) names a bulletin only beside an issue number or an issuer; alone it is a page's headline.</summary>
    public Regex PublicationNeedsIssue { get; }

    /// <summary>An issuing body named by its role: 主办：…, 编印：…, or …编印 / …主办; group <c>org</c> is the body.</summary>
    public Regex IssuerByRole { get; }

    /// <summary>A whole masthead line that is a note, neither title nor issuer: 内部资料, 机密, （内部参阅）, ★….</summary>
    public Regex MastheadNote { get; }

    /// <summary>An item label in running text: 一是, 二要 (verbs from the table), 第一, 其一.</summary>
    public Regex ItemLead { get; }

    /// <summary>Characters after a glued number that make it a quantity, a date or a range, not a page number (项, 年, 至).</summary>
    public string PageNotBefore { get; }

    /// <summary>Characters before a glued number that make it a quantity or an ordinal, not a page number (第, 共).</summary>
    public string PageNotAfter { get; }

    private static Regex Build(string pattern) => new(pattern, RegexOptions.Compiled, Timeout);
}
