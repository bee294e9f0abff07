using CampaignText.Text;
using CsCheck;

namespace CampaignText.Tests.Reliability;

/// <summary>
/// Generators for the reliability suites: random Unicode (surrogate halves, control characters,
/// every kind of whitespace), and bulletin-like text assembled from fragments of the corpus's lines with
/// noise between them. Inputs are short so that many run in little time; the huge ones are separate tests.
/// </summary>
internal static class ReliabilityInputs
{
    /// <summary>Characters that steer the segmenter, the parser and the extractors into their special cases.</summary>
    private const string Specials =
        "年月日期第总余多近约万亿千百十两〇零一二三四五六七八九、，。；：:%％.-—－ 　\t\r\n\u000B\u000C\u0085\u2028\u2029\u200B\uFEFF" +
        "【】〔〕（）()《》“”\"*#|区县市街道乡镇社区村委会办局书记同志主任至—~０１２３４５６７８９";

    /// <summary>Lines that shape a bulletin: masthead, headings, attributions, page numbers, footer fields.</summary>
    private static readonly string[] Skeleton =
    [
        "朝阳区创建全国文明城区工作快报", "第 12 期", "（总第345期）", "东城区文明办　　2020年4月24日", "二〇二一年一月十八日",
        "【工作动态】", "【简讯】", "【检查督导】", "一、", "（二）", "- 3 -", "— 12 —", "第3页", "（东城区文明办）",
        "编辑：张三", "审核：李四", "电话：010-12345678", "报：市文明办", "送：各街道", "发：区创城办各成员单位",
        "---", "| 序号 | 街道 | 问题数 |", "**", "# 标题", "", "\u3000\u3000",
    ];

    private static readonly Lazy<string[]> CorpusLines = new(LoadCorpusLines);

    /// <summary>Any UTF-16 string up to 60 chars: unpaired surrogates and control characters included.</summary>
    public static Gen<string> RandomUnicode { get; } = Gen.OneOf(
        Gen.String[0, 60],
        Gen.OneOf(
            Gen.Char['\u0000', '\uFFFF'],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char['\u0000', '\u001F'],
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]))
            .Array[0, 60].Select(cs => new string(cs)));

    /// <summary>Up to 8 pieces: corpus line slices, skeleton lines and noise, joined by line breaks or nothing.</summary>
    public static Gen<string> BulletinLike { get; } =
        Gen.OneOf(CorpusSlice, Gen.OneOf(Skeleton), Noise)
            .Array[0, 8]
            .SelectMany(parts => Gen.OneOf("\n", "\r\n", "", "\n\n").Array[parts.Length].Select(seps =>
                string.Concat(parts.Select((p, i) => p + seps[i]))));

    /// <summary>Short bulletin-like text for extraction: a slice of one or two corpus lines with noise.</summary>
    public static Gen<string> SentenceLike { get; } =
        Gen.OneOf(CorpusSlice, Noise, Gen.OneOf(Skeleton)).Array[1, 3].Select(string.Concat);

    /// <summary>Every line of the corpus's bulletins, as the Text stage reads them.</summary>
    public static IReadOnlyList<string> Lines => CorpusLines.Value;

    /// <summary>The corpus's bulletin files, in a fixed order.</summary>
    public static IReadOnlyList<string> CorpusFiles()
    {
        string corpus = Path.Combine(SpecFiles.RepoRoot, "corpus");
        string[] extensions = [".txt", ".md", ".docx"];
        return Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => Path.GetRelativePath(corpus, f).Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetRelativePath(corpus, f).StartsWith("src", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static Gen<string> CorpusSlice =>
        Gen.Int[0, int.MaxValue].SelectMany(pick =>
        {
            string line = Lines[pick % Lines.Count];
            return Gen.Int[0, line.Length].SelectMany(start => Gen.Int[start, Math.Min(line.Length, start + 80)].Select(end => line[start..end]));
        });

    private static Gen<string> Noise =>
        Gen.OneOf(
            Gen.Char['\u0000', '\uFFFF'],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]))
            .Array[0, 6].Select(cs => new string(cs));

    private static string[] LoadCorpusLines()
    {
        var reader = new DocumentReader();
        var lines = CorpusFiles()
            .SelectMany(f => reader.Read(f).Text.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(lines.Length > 1000, $"only {lines.Length} corpus lines found");
        return lines;
    }
}
