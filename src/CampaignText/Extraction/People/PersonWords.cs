using System.Collections.Frozen;
using CampaignText.Resources;

namespace CampaignText.Extraction.People;

/// <summary>
/// The word lists of the person extractor (models/extraction/person-words.tsv): characters that cannot end a
/// three-character name, ordinary words tagged as names, speech verbs, place finals and nouns of 等 lists, and
/// the words and characters that may follow a name. Read once; immutable and thread-safe.
/// </summary>
internal sealed class PersonWords
{
    /// <summary>The table's file under models/extraction, embedded in the library.</summary>
    public const string FileName = "person-words.tsv";

    /// <summary>The lists the extractor reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Lists =
        ["not-third", "not-name", "speech-verb", "place-final", "place-noun", "strong-follower", "lone-follower", "name-final", "joint", "role-prefix"];

    private static readonly string[] CharacterLists = ["not-third", "place-final", "lone-follower", "name-final", "joint"];

    private static readonly Lazy<PersonWords> EmbeddedWords = new(() => new PersonWords(EmbeddedData.ReadAllText(FileName)));

    /// <summary>Reads the table.</summary>
    /// <exception cref="InvalidDataException">A row names an unknown list, has no word, or a character list holds more than one
    /// character, or a list is missing: the message names the file.</exception>
    public PersonWords(string content)
    {
        var words = WordLists.Read(FileName, Lists, content,
            static (list, word) => CharacterLists.Contains(list) && word.Length != 1 ? $"{list} lists single characters, not '{word}'" : null);

        NotThird = string.Concat(words["not-third"]);
        NotNames = words["not-name"].ToFrozenSet(StringComparer.Ordinal);
        SpeechVerbs = [.. words["speech-verb"]];
        PlaceFinals = string.Concat(words["place-final"]);
        PlaceNouns = [.. words["place-noun"]];
        StrongFollowers = [.. words["strong-follower"]];
        LoneFollowers = string.Concat(words["lone-follower"]);
        NameFinals = string.Concat(words["name-final"]);
        Joints = string.Concat(words["joint"]);
        RolePrefixes = [.. words["role-prefix"]];
    }

    /// <summary>The lists embedded in the library.</summary>
    public static PersonWords Embedded => EmbeddedWords.Value;

    /// <summary>Characters that cannot be the third character of a name: they begin what follows it.</summary>
    public string NotThird { get; }

    /// <summary>Ordinary words that the dictionary tags as names.</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>Verbs of speech that follow a speaker's name at the head of a sentence.</summary>
    public IReadOnlyList<string> SpeechVerbs { get; }

    /// <summary>Last characters of place names (路, 村, 庙…).</summary>
    public string PlaceFinals { get; }

    /// <summary>Nouns after 等 that make a list one of places, bodies or things.</summary>
    public IReadOnlyList<string> PlaceNouns { get; }

    /// <summary>Words that follow a person's name: verbs of taking part and speaking, and 一行.</summary>
    public IReadOnlyList<string> StrongFollowers { get; }

    /// <summary>Single characters that may follow a name as a word of their own.</summary>
    public string LoneFollowers { get; }

    /// <summary>Lone followers that also end given names (和, 为, 来, 同).</summary>
    public string NameFinals { get; }

    /// <summary>Characters that join two titles or names (和, 与, 及).</summary>
    public string Joints { get; }

    /// <summary>Words before a title that belong to the role (区委, 区政府, 街道 …), in the order they are tried.</summary>
    public IReadOnlyList<string> RolePrefixes { get; }
}
