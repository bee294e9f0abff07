using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;
using CampaignText.Resources;

namespace CampaignText.Extraction;

/// <summary>
/// The data the extractors read: the gazetteer (models/gazetteer) and the pattern tables of
/// models/extraction (units, numerals, approximation words, date words, titles, surnames,
/// organisation names, the measure taxonomy). Parsed once; immutable and shareable.
/// </summary>
public sealed class ExtractionData
{
    private readonly HashSet<string> titles;
    private readonly HashSet<string> surnames;
    private readonly HashSet<string> organizations;
    private readonly PrefixLengths titleLengths;
    private readonly PrefixLengths organizationLengths;

    internal const string Divisions = "divisions.tsv";
    internal const string Towns = "towns.tsv";
    internal const string Aliases = "aliases.tsv";
    internal const string UnitsFile = "units.tsv";
    internal const string NumeralsFile = "numerals.tsv";
    internal const string ApproximationsFile = "approximations.tsv";
    internal const string NonQuantitiesFile = "non-quantities.txt";
    internal const string SubjectStripFile = "subject-strip.txt";
    internal const string DateWordsFile = "date-words.tsv";
    internal const string PlanWordsFile = "plan-words.txt";
    internal const string TitlesFile = "titles.txt";
    internal const string SurnamesFile = "surnames.txt";
    internal const string OrganizationsFile = "organizations.txt";
    internal const string MeasuresFile = "measures.tsv";
    internal const string LightVerbsFile = "light-verbs.txt";
    internal const string CommunityStopFile = "community-stopwords.txt";
    internal const string QuantityRulesFile = "quantity-rules.tsv";

    /// <summary>Every file name this class reads.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        Divisions, Towns, Aliases, UnitsFile, NumeralsFile, ApproximationsFile, NonQuantitiesFile, SubjectStripFile,
        DateWordsFile, PlanWordsFile, TitlesFile, SurnamesFile, OrganizationsFile, MeasuresFile, LightVerbsFile, CommunityStopFile,
        QuantityRulesFile,
    ];

    private static readonly Lazy<ExtractionData> EmbeddedData = new(() => new ExtractionData(Resources.EmbeddedData.ReadAllText));

    private ExtractionData(Func<string, string> read, Func<string, string>? sourceOf = null)
    {
        Gazetteer = new Gazetteer(read(Divisions), read(Towns), read(Aliases), sourceOf);
        Numerals = new NumeralTable(read(NumeralsFile));
        Units = new UnitTable(read(UnitsFile));
        Approximations = DataTable.Rows(read(ApproximationsFile)).Where(r => r.Length >= 3)
            .Select(r => (Surface: r[0], Position: r[1], Approx: r[2])).ToArray();
        NonQuantities = DataTable.Words(read(NonQuantitiesFile)).Where(w => w.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        FixedPhrases = DataTable.Words(read(NonQuantitiesFile)).Where(w => !w.All(char.IsAsciiDigit)).ToArray();
        SubjectStrip = DataTable.Words(read(SubjectStripFile)).OrderByDescending(w => w.Length).ToArray();
        var dateWords = DataTable.Rows(read(DateWordsFile)).Where(r => r.Length >= 3)
            .ToDictionary(r => r[0], r => (Unit: r[1], Offset: int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        DateWords = dateWords;
        DateWordSpans = dateWords.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxDateWordLength = dateWords.Count == 0 ? 0 : dateWords.Keys.Max(static k => k.Length);
        DateWordsAfterPrevious = DataTable.Rows(read(DateWordsFile)).Where(r => r.Length >= 4 && r[3] == "previous").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        PlanWords = DataTable.Words(read(PlanWordsFile)).ToArray();
        titles = DataTable.Words(read(TitlesFile)).ToHashSet(StringComparer.Ordinal);
        surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (string w in DataTable.Words(read(SurnamesFile)))
        {
            if (w.Length > 2) foreach (char c in w) surnames.Add(c.ToString());
            else surnames.Add(w);
        }
        organizations = DataTable.Words(read(OrganizationsFile)).ToHashSet(StringComparer.Ordinal);
        TitleSpans = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        SurnameSpans = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganizationSpans = organizations.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTitleLength = titles.Count == 0 ? 0 : titles.Max(static t => t.Length);
        organizationLengths = new PrefixLengths(organizations);
        titleLengths = new PrefixLengths(titles);
        Measures = new MeasureTaxonomy(read(MeasuresFile));
        LightVerbs = DataTable.Words(read(LightVerbsFile)).OrderByDescending(w => w.Length).ToArray();
        CommunityStopWords = DataTable.Words(read(CommunityStopFile)).ToHashSet(StringComparer.Ordinal);
        QuantityRules = new QuantityRules(read(QuantityRulesFile), sourceOf?.Invoke(QuantityRulesFile) ?? QuantityRulesFile);
    }

    /// <summary>The data embedded in the library (loaded on first use, then shared).</summary>
    public static ExtractionData Embedded => EmbeddedData.Value;

    /// <summary>
    /// Reads the data from <paramref name="directory"/> (searched with its sub-folders, such as a models/
    /// folder with gazetteer/ and extraction/); files not found there come from the embedded copy.
    /// </summary>
    /// <exception cref="CampaignTextException">
    /// The directory does not exist, a file cannot be read, or a gazetteer table (divisions.tsv, towns.tsv,
    /// aliases.tsv) has a bad row: the message names the file and line.
    /// </exception>
    public static ExtractionData FromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) throw new CampaignTextException("no such directory", directory);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            string name = Path.GetFileName(path);
            if (FileNames.Contains(name) && !found.ContainsKey(name)) found[name] = path;
        }
        return new ExtractionData(name =>
        {
            if (!found.TryGetValue(name, out string? path)) return Resources.EmbeddedData.ReadAllText(name);
            try
            {
                return File.ReadAllText(path, System.Text.Encoding.UTF8);
            }
            catch (IOException ex)
            {
                throw new CampaignTextException(ex.Message, path);
            }
        }, name => found.TryGetValue(name, out string? path) ? path : name);
    }

    internal Gazetteer Gazetteer { get; }
    internal NumeralTable Numerals { get; }
    internal UnitTable Units { get; }
    internal IReadOnlyList<(string Surface, string Position, string Approx)> Approximations { get; }
    internal IReadOnlySet<string> NonQuantities { get; }
    internal IReadOnlyList<string> SubjectStrip { get; }
    internal IReadOnlyList<string> FixedPhrases { get; }
    internal IReadOnlyDictionary<string, (string Unit, int Offset)> DateWords { get; }

    /// <summary>Relative date words looked up by span: the stored word for a span of the text.</summary>
    internal Dictionary<string, (string Unit, int Offset)>.AlternateLookup<ReadOnlySpan<char>> DateWordSpans { get; }

    /// <summary>Length of the longest relative date word (0 when there are none).</summary>
    internal int MaxDateWordLength { get; }

    /// <summary>Relative words counted from the last explicit date of the paragraph when there is one (当天, 次日).</summary>
    internal IReadOnlySet<string> DateWordsAfterPrevious { get; }
    internal IReadOnlyList<string> PlanWords { get; }
    internal IReadOnlySet<string> Titles => titles;
    internal IReadOnlySet<string> Surnames => surnames;
    internal IReadOnlySet<string> Organizations => organizations;

    /// <summary>Titles looked up by span (no substring per probe).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleSpans { get; }

    /// <summary>Surnames looked up by span.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameSpans { get; }

    /// <summary>Length of the longest title (0 when there are none).</summary>
    internal int MaxTitleLength { get; }

    /// <summary>
    /// Length of the longest title of two or more characters that can start at <paramref name="i"/> (one
    /// beginning with text[i] and text[i + 1]), or 0.
    /// </summary>
    internal int LongestTitleStartingAt(string text, int i) => titleLengths.LongestAt(text, i);

    /// <summary>
    /// Length of the longest organisation word of two or more characters that can start at
    /// <paramref name="i"/>, or 0.
    /// </summary>
    internal int LongestOrganizationStartingAt(string text, int i) => organizationLengths.LongestAt(text, i);

    /// <summary>Organisation words looked up by span.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationSpans { get; }
    internal MeasureTaxonomy Measures { get; }
    internal IReadOnlyList<string> LightVerbs { get; }
    internal IReadOnlySet<string> CommunityStopWords { get; }

    /// <summary>The quantity extractor's guards (models/extraction/quantity-rules.tsv).</summary>
    internal QuantityRules QuantityRules { get; }
}
