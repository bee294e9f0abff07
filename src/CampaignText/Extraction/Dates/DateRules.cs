using System.Collections.Frozen;
using CampaignText.Resources;

namespace CampaignText.Extraction.Dates;

/// <summary>
/// The word lists and guards of the date extractor (models/extraction/date-rules.tsv): what may follow a relative
/// date word inside one token, and the characters before a month or a day that make it no date. Read once;
/// immutable and thread-safe.
/// </summary>
internal sealed class DateRules
{
    /// <summary>The table's file under models/extraction, embedded in the library.</summary>
    public const string FileName = "date-rules.tsv";

    /// <summary>The lists the extractor reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Lists = ["word-tail", "not-month-before", "not-day-before"];

    private static readonly string[] CharacterLists = ["not-month-before", "not-day-before"];

    private static readonly Lazy<DateRules> EmbeddedRules = new(() => new DateRules(EmbeddedData.ReadAllText(FileName)));

    /// <summary>Reads the table.</summary>
    /// <exception cref="InvalidDataException">A row names an unknown list, has no word, or a character list holds more than one
    /// character, or a list is missing: the message names the file.</exception>
    public DateRules(string content)
    {
        var words = WordLists.Read(FileName, Lists, content,
            static (list, word) => CharacterLists.Contains(list) && word.Length != 1 ? $"{list} lists single characters, not '{word}'" : null);

        WordTails = words["word-tail"].ToFrozenSet(StringComparer.Ordinal);
        NotMonthBefore = string.Concat(words["not-month-before"]);
        NotDayBefore = string.Concat(words["not-day-before"]);
    }

    /// <summary>The rules embedded in the library.</summary>
    public static DateRules Embedded => EmbeddedRules.Value;

    /// <summary>What may follow a relative date word inside one token (以来, 底, 同期 …).</summary>
    public FrozenSet<string> WordTails { get; }

    /// <summary>Characters before a month in Chinese numerals that make it another word (正, 腊, 个).</summary>
    public string NotMonthBefore { get; }

    /// <summary>Characters before a day alone that make it no date (工作日).</summary>
    public string NotDayBefore { get; }
}
