using System.Collections.Frozen;

namespace CampaignText.Segmentation.Keywords;

/// <summary>
/// Stop lists for word counts, keyness and keywords: jieba's own (English words only, as jieba.analyse
/// ships them), Chinese function words (models/terms/stopwords-zh.txt) and campaign words that top every
/// count (models/terms/stopwords-campaign.txt: 街道, 开展, 工作, 全区…). Files have one word a line; a line
/// starting with # is a comment. The sets are frozen: immutable and thread-safe.
/// </summary>
public static class StopWords
{
    internal const string ChineseFile = "stopwords-zh.txt";
    internal const string CampaignFile = "stopwords-campaign.txt";

    private static readonly Lazy<FrozenSet<string>> JiebaSet = new(() => Parse(SegmentationData.ReadAllText(SegmentationData.JiebaStopWords)));
    private static readonly Lazy<FrozenSet<string>> ChineseSet = new(() => Parse(SegmentationData.ReadAllText(ChineseFile)));
    private static readonly Lazy<FrozenSet<string>> CampaignSet = new(() => Parse(SegmentationData.ReadAllText(CampaignFile)));
    private static readonly Lazy<FrozenSet<string>> DefaultSet = new(() => Union(Jieba, Chinese, Campaign));

    /// <summary>jieba.analyse's default stop words (English function words).</summary>
    public static IReadOnlySet<string> Jieba => JiebaSet.Value;

    /// <summary>Chinese function words: particles, pronouns, prepositions, conjunctions, common adverbs.</summary>
    public static IReadOnlySet<string> Chinese => ChineseSet.Value;

    /// <summary>Campaign words found in nearly every bulletin (街道, 开展, 工作, 全区…).</summary>
    public static IReadOnlySet<string> Campaign => CampaignSet.Value;

    /// <summary>The three lists together: what <c>terms</c>, <c>keywords</c> and <c>stats --keywords</c> leave out.</summary>
    public static IReadOnlySet<string> Default => DefaultSet.Value;

    /// <summary>Reads a stop list: one word a line, blank lines and lines starting with # skipped.</summary>
    /// <param name="content">The list's text.</param>
    public static FrozenSet<string> Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            words.Add(line.ToLowerInvariant());
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Reads a stop list from a UTF-8 file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="CampaignTextException">The file cannot be read; the message names it.</exception>
    public static FrozenSet<string> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path, System.Text.Encoding.UTF8));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CampaignTextException(ex is FileNotFoundException or DirectoryNotFoundException ? "no such stop-word file" : ex.Message, path);
        }
    }

    /// <summary>The union of several stop lists.</summary>
    /// <param name="lists">The lists.</param>
    public static FrozenSet<string> Union(params IEnumerable<IReadOnlySet<string>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists) all.UnionWith(list);
        return all.ToFrozenSet(StringComparer.Ordinal);
    }
}
