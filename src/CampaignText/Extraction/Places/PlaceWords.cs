using System.Collections.Frozen;
using CampaignText.Resources;

namespace CampaignText.Extraction.Places;

/// <summary>
/// The word lists and guards of the place extractor (models/extraction/place-words.tsv): the home words (我区, 全区,
/// 本区), county names that are ordinary words and the office words that make them names, the nouns and suffixes of
/// town lists, and the characters that cannot stand in a town's name or around a community's suffix. Read once;
/// immutable and thread-safe.
/// </summary>
internal sealed class PlaceWords
{
    /// <summary>The table's file under models/extraction, embedded in the library.</summary>
    public const string FileName = "place-words.tsv";

    /// <summary>The lists the extractor reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Lists =
    [
        "home-word", "not-home-next", "common-word-county", "office-word", "listed-town-suffix", "list-noun", "list-opener",
        "counted-noun", "town-suffix", "not-in-town-stem", "not-village-next", "verb-before-suffix", "short-county-suffix",
    ];

    private static readonly string[] CharacterLists = ["not-home-next", "list-opener", "not-in-town-stem", "not-village-next", "verb-before-suffix", "short-county-suffix"];

    private static readonly Lazy<PlaceWords> EmbeddedWords = new(() => new PlaceWords(EmbeddedData.ReadAllText(FileName)));

    /// <summary>Reads the table.</summary>
    /// <exception cref="InvalidDataException">A row names an unknown list, has no word, or a character list holds more than one
    /// character, or a list is missing: the message names the file.</exception>
    public PlaceWords(string content)
    {
        var words = WordLists.Read(FileName, Lists, content,
            static (list, word) => CharacterLists.Contains(list) && word.Length != 1 ? $"{list} lists single characters, not '{word}'" : null);

        HomeWords = [.. words["home-word"]];
        NotHomeNext = string.Concat(words["not-home-next"]);
        CommonWordCounties = words["common-word-county"].ToFrozenSet(StringComparer.Ordinal);
        OfficeWords = [.. words["office-word"]];
        ListedTownSuffixes = [.. words["listed-town-suffix"]];
        ListNouns = [.. words["list-noun"]];
        ListOpeners = string.Concat(words["list-opener"]);
        CountedNouns = [.. words["counted-noun"]];
        TownSuffixes = [.. words["town-suffix"]];
        TownSuffixStarts = string.Concat(TownSuffixes.Select(static s => s[0]));
        ShortCountySuffixes = string.Concat(words["short-county-suffix"]);
        NotInTownStem = string.Concat(words["not-in-town-stem"]);
        NotVillageNext = string.Concat(words["not-village-next"]);
        VerbBeforeSuffix = string.Concat(words["verb-before-suffix"]);
    }

    /// <summary>The lists embedded in the library.</summary>
    public static PlaceWords Embedded => EmbeddedWords.Value;

    /// <summary>Words that stand for the home district when it is a 区: 我区, 全区, 本区.</summary>
    public IReadOnlyList<string> HomeWords { get; }

    /// <summary>Characters after a home word that make it another word (全区域, 全县).</summary>
    public string NotHomeNext { get; }

    /// <summary>County names that are ordinary words too (老城区, 城东区): matched only after their city or as a name.</summary>
    public FrozenSet<string> CommonWordCounties { get; }

    /// <summary>Office words that make a county name that is also a common word the county's own (城东区文明办).</summary>
    public IReadOnlyList<string> OfficeWords { get; }

    /// <summary>Suffixes that with a stem of a list closed by 等 name a Beijing town (街道, 地区, 镇, 乡).</summary>
    public IReadOnlyList<string> ListedTownSuffixes { get; }

    /// <summary>The kinds of body after 等 that close a list of town stems (街道, 乡镇, 镇街 …).</summary>
    public IReadOnlyList<string> ListNouns { get; }

    /// <summary>Characters before the first item of a town list that starts inside a word (和, 在, 对 …).</summary>
    public string ListOpeners { get; }

    /// <summary>The kinds of body after a count or 等 that close a list of town stems outside Beijing.</summary>
    public IReadOnlyList<string> CountedNouns { get; }

    /// <summary>Suffixes of town names added to a stem or read after one (街道, 镇, 乡).</summary>
    public IReadOnlyList<string> TownSuffixes { get; }

    /// <summary>The first characters of <see cref="TownSuffixes"/>: where a suffix may start.</summary>
    public string TownSuffixStarts { get; }

    /// <summary>The last characters of two-character county names read in a list of counties (县, 旗).</summary>
    public string ShortCountySuffixes { get; }

    /// <summary>The town suffix that <paramref name="text"/> has at <paramref name="at"/>, or null.</summary>
    public string? TownSuffixAt(string text, int at)
    {
        if (at >= text.Length || !TownSuffixStarts.Contains(text[at], StringComparison.Ordinal)) return null;
        foreach (string s in TownSuffixes)
        {
            if (string.CompareOrdinal(text, at, s, 0, s.Length) == 0 && at + s.Length <= text.Length) return s;
        }

        return null;
    }

    /// <summary>Characters that do not stand in a town's name.</summary>
    public string NotInTownStem { get; }

    /// <summary>Characters after 村 that make it another word (村民, 村庄), not a village's suffix.</summary>
    public string NotVillageNext { get; }

    /// <summary>Verbs right before 社区 or 村 (进, 包 …): no name stands there.</summary>
    public string VerbBeforeSuffix { get; }
}
