using System.Reflection;

using CampaignText.Segmentation;

namespace CampaignText.Resources;

/// <summary>
/// The one table of data files embedded (gzip-compressed) in the CampaignText assembly (the segmenter's
/// own are in CampaignText.Segmentation: <c>SegmentationData</c>). Each is the file of the same
/// name under models/ in the source tree; see models/SOURCES.md for origin and licence.
/// </summary>
internal static class EmbeddedData
{
    public const string GazetteerDivisions = "divisions.tsv";
    public const string GazetteerTowns = "towns.tsv";
    public const string GazetteerAliases = "aliases.tsv";
    public const string LineCues = "line-cues.tsv";
    public const string TraditionalChars = "traditional-chars.tsv";
    public const string TraditionalPhrases = "traditional-phrases.tsv";

    /// <summary>The paragraph classifier (an ML.NET zip, embedded as is: it is compressed already).</summary>
    public const string ParagraphModel = "paragraph-classifier.zip";

    /// <summary>Every data file the library expects to carry.</summary>
    public static readonly IReadOnlyList<string> All =
        [GazetteerDivisions, GazetteerTowns, GazetteerAliases, LineCues, TraditionalChars, TraditionalPhrases, .. Extraction.ExtractionData.FileNames.Skip(3),
         Export.Sqlite.UnitTotals.FileName, Structure.SectionCategories.FileName, Structure.FooterKeys.FileName,
         Structure.StructureWords.FileName];

    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens the decompressed content of an embedded data file.</summary>
    public static Stream Open(string name) => EmbeddedFiles.Open(Assembly, name);

    /// <summary>Opens an embedded file stored without gzip (<see cref="ParagraphModel"/>).</summary>
    public static Stream OpenRaw(string name) => EmbeddedFiles.OpenRaw(Assembly, name);

    /// <summary>Reads a whole embedded data file as UTF-8 text.</summary>
    public static string ReadAllText(string name) => EmbeddedFiles.ReadAllText(Assembly, name);

    /// <summary>Whether the assembly carries the named data file.</summary>
    public static bool Exists(string name) => EmbeddedFiles.Exists(Assembly, name);
}
