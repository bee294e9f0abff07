using System.Text.RegularExpressions;

namespace CampaignText.Extraction.Quantities;

/// <summary>
/// The guards of <see cref="QuantityExtractor"/> (models/extraction/quantity-rules.tsv): for each named rule, its
/// words, by the unit it applies to or for any. Immutable once read.
/// </summary>
internal sealed class QuantityRules
{
    /// <summary>The rules the extractor reads; a table must give each and no other.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "unit-not-before", "range-separator", "numeral-glue", "round-number", "round-after", "round-before", "not-after-bare-number",
        "road-suffix", "ranking-before", "ranking-unit", "adverb-unit", "not-arabic-unit", "clock-unit", "clock-before",
        "big-single-unit", "hutong-unit", "direction", "time-unit", "number-label", "subject-break", "non-count-unit", "money-word",
    ];

    /// <summary>Reads the table.</summary>
    /// <exception cref="CampaignTextException">A row names an unknown rule or has no words, or a rule is missing: the message names the file and rule.</exception>
    public QuantityRules(string content, string file = ExtractionData.QuantityRulesFile)
    {
        var rules = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        foreach (var r in DataTable.Rows(content))
        {
            if (!Names.Contains(r[0])) throw new CampaignTextException($"unknown rule '{r[0]}' (known: {string.Join(", ", Names)})", file);
            string[] words = r.Length < 3 ? [] : r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (r.Length < 3 || r[1].Length == 0 || words.Length == 0) throw new CampaignTextException($"rule '{r[0]}' needs what it applies to (a unit or *) and its words", file);
            if (!rules.TryGetValue(r[0], out var byKey)) rules[r[0]] = byKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
            byKey[r[1]] = words;
        }
        foreach (string name in Names)
        {
            if (!rules.ContainsKey(name)) throw new CampaignTextException($"rule '{name}' is missing", file);
        }

        string Chars(string rule) => string.Concat(rules[rule]["*"]);
        HashSet<string> Set(string rule) => rules[rule]["*"].ToHashSet(StringComparer.Ordinal);
        UnitNotBefore = rules["unit-not-before"].ToDictionary(kv => kv.Key, kv => string.Concat(kv.Value), StringComparer.Ordinal);
        RangeSeparators = Chars("range-separator");
        NumeralGlue = Chars("numeral-glue");
        RoundNumbers = Set("round-number");
        RoundAfter = Chars("round-after");
        RoundBefore = Chars("round-before");
        NotAfterBareNumber = Chars("not-after-bare-number");
        RoadSuffixes = rules["road-suffix"]["*"];
        RankingBefore = Chars("ranking-before");
        RankingUnits = Set("ranking-unit");
        AdverbUnits = Set("adverb-unit");
        NotArabicUnits = Set("not-arabic-unit");
        ClockUnits = Set("clock-unit");
        ClockBefore = Chars("clock-before");
        BigSingleUnits = Set("big-single-unit");
        HutongUnits = Set("hutong-unit");
        Directions = Chars("direction");
        TimeUnits = Set("time-unit");
        SubjectBreaks = rules["subject-break"]["*"];
        NonCountUnits = Set("non-count-unit");
        MoneyWords = rules["money-word"]["*"];
        LabelledNumber = new Regex(
            "(?:" + string.Join('|', rules["number-label"]["*"].Select(Regex.Escape)) + @")[:：]?\s*[0-9０-９\-－() ]+",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    /// <summary>Unit → the characters that, right after it, make it the start of another word (周 → 年岁).</summary>
    public IReadOnlyDictionary<string, string> UnitNotBefore { get; }

    /// <summary>Characters between the two numbers of a range.</summary>
    public string RangeSeparators { get; }

    /// <summary>Characters after which a Chinese numeral inside a word still counts.</summary>
    public string NumeralGlue { get; }

    /// <summary>Numerals (百, 千) that stand alone only as round numbers.</summary>
    public IReadOnlySet<string> RoundNumbers { get; }

    /// <summary>Characters after a round number that make it one (百余).</summary>
    public string RoundAfter { get; }

    /// <summary>Characters before a round number that make it one (近百).</summary>
    public string RoundBefore { get; }

    /// <summary>Characters after which an Arabic number without a unit is no count.</summary>
    public string NotAfterBareNumber { get; }

    /// <summary>Words after a number that make it a road's (国道).</summary>
    public IReadOnlyList<string> RoadSuffixes { get; }

    /// <summary>Characters before a number that make it a rank (前, 后) with a <see cref="RankingUnits"/> unit.</summary>
    public string RankingBefore { get; }

    /// <summary>Units of ranks (名, 位).</summary>
    public IReadOnlySet<string> RankingUnits { get; }

    /// <summary>Units that after a Chinese numeral make no count (十分).</summary>
    public IReadOnlySet<string> AdverbUnits { get; }

    /// <summary>Units that after an Arabic number make no count (年).</summary>
    public IReadOnlySet<string> NotArabicUnits { get; }

    /// <summary>Units of clock times (分) after one of <see cref="ClockBefore"/>.</summary>
    public IReadOnlySet<string> ClockUnits { get; }

    /// <summary>Characters before a number that make a <see cref="ClockUnits"/> unit a clock time.</summary>
    public string ClockBefore { get; }

    /// <summary>One-character units that may follow 大.</summary>
    public IReadOnlySet<string> BigSingleUnits { get; }

    /// <summary>Units (条) that after a direction name a hutong.</summary>
    public IReadOnlySet<string> HutongUnits { get; }

    /// <summary>The directions (东西南北).</summary>
    public string Directions { get; }

    /// <summary>A labelled number (电话：…, QQ …): a phone, fax or post code, no count.</summary>
    public Regex LabelledNumber { get; }

    /// <summary>Units of spans of time.</summary>
    public IReadOnlySet<string> TimeUnits { get; }

    /// <summary>Words after which a quantity's subject starts (较, 同比, 其中), in the order the resolver tries them.</summary>
    public IReadOnlyList<string> SubjectBreaks { get; }

    /// <summary>Units of measure, not of counting: the noun before the number is not what is counted.</summary>
    public IReadOnlySet<string> NonCountUnits { get; }

    /// <summary>Words that make a bare sum in 万 or 亿 one of yuan (资金, 经费).</summary>
    public IReadOnlyList<string> MoneyWords { get; }
}
