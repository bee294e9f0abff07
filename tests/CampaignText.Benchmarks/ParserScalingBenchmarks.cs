using System.Text;
using BenchmarkDotNet.Attributes;
using CampaignText.Structure;

namespace CampaignText.Benchmarks;

/// <summary>
/// Bulletin parsing at 4 MB and 16 MB of text: parsing is linear when the 16 MB mean is about four times
/// the 4 MB mean (a quadratic stage would make it sixteen times). The unit tests only check that large
/// documents parse completely; the ratio is read here, away from a loaded test machine.
/// </summary>
[MemoryDiagnoser]
public class ParserScalingBenchmarks
{
    private const string Article =
        "【文明创建】\n\n区里召开 2021 年文明城区创建推进会\n\n会议听取了各街道工作汇报，部署了下一阶段 12 项重点任务，要求各单位对照测评体系抓好整\n\n- 3 -\n\n改落实。\n\n（区文明办）\n\n";

    private string _text = "";

    /// <summary>Document size in millions of UTF-16 characters.</summary>
    [Params(4, 16)]
    public int Megachars { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Repeat(Megachars * 1_000_000);

    [Benchmark]
    public int Parse() => BulletinParser.Default.Parse(_text).Paragraphs.Count();

    private static string Repeat(int length)
    {
        var builder = new StringBuilder("首都精神文明建设情况简报\n第 1 期\n首都精神文明办\n2021年3月5日\n\n", length + Article.Length);
        while (builder.Length < length)
        {
            builder.Append(Article);
        }

        builder.Append("责编：王晓燕\n");
        return builder.ToString();
    }
}
