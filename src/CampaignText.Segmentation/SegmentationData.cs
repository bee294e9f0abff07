using System.Reflection;

namespace CampaignText.Segmentation;

/// <summary>
/// The data files embedded (gzip-compressed) in the segmentation assembly: jieba's dictionary, models,
/// IDF table and stop words, the campaign lexicon and the stop lists of models/terms. Each is the file of the same name under models/ in
/// the source tree; see models/SOURCES.md for origin and licence.
/// </summary>
internal static class SegmentationData
{
    public const string JiebaTrie = "dict.trie";
    public const string JiebaHmm = "hmm.tsv";
    public const string JiebaPosHmm = "pos_hmm.tsv";
    public const string JiebaIdf = "idf.txt";
    public const string JiebaStopWords = "stopwords.txt";
    public const string CampaignLexicon = "campaign.txt";

    /// <summary>Every data file the segmentation assembly expects to carry.</summary>
    public static readonly IReadOnlyList<string> All =
        [JiebaTrie, JiebaHmm, JiebaPosHmm, JiebaIdf, JiebaStopWords, CampaignLexicon, Keywords.StopWords.ChineseFile, Keywords.StopWords.CampaignFile];

    private static readonly Assembly Assembly = typeof(SegmentationData).Assembly;

    /// <summary>Opens the decompressed content of an embedded data file.</summary>
    public static Stream Open(string name) => EmbeddedFiles.Open(Assembly, name);

    /// <summary>Reads a whole embedded data file as UTF-8 text.</summary>
    public static string ReadAllText(string name) => EmbeddedFiles.ReadAllText(Assembly, name);

    /// <summary>Whether the assembly carries the named data file.</summary>
    public static bool Exists(string name) => EmbeddedFiles.Exists(Assembly, name);
}
