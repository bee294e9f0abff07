using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CampaignText.Extraction;
using CampaignText.Text;

namespace CampaignText.Benchmarks;

/// <summary>
/// Traditional script: loading the OpenCC-derived tables; folding the benchmark text (mostly simplified, where
/// the fold only scans) and the corpus's traditional bulletins repeated to about 200 KB; and extraction over
/// those traditional lines against the same lines already simplified, so the cost of reading through the
/// folded copy shows. "MB/s" is UTF-8 input per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TraditionalBenchmarks
{
    private static readonly string[] TraditionalFiles =
        ["2021/foshan-chancheng-2021-trad.txt", "2018/xiamen-jimei-2018-trad.txt", "2020/yichang-wujiagang-2020-pinyin.txt"];

    private static readonly Lazy<string> Traditional = new(BuildTraditional);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(c => c.Descriptor.WorkloadMethod.Name switch
        {
            nameof(LoadTables) => 0,
            nameof(FoldBenchText) => BenchText.Utf8Bytes,
            _ => Encoding.UTF8.GetByteCount(Traditional.Value),
        }));
    }

    private string[] _benchLines = [];
    private string[] _traditional = [];
    private string[] _simplified = [];

    [GlobalSetup]
    public void Setup()
    {
        _benchLines = BenchText.Lines;
        _traditional = Traditional.Value.Split('\n');
        _simplified = [.. _traditional.Select(TraditionalChars.Fold)];
        _ = MentionExtractor.Default.Extract("東城區", null);
    }

    [Benchmark]
    public int LoadTables() => TraditionalChars.Load().Chars.Length;

    [Benchmark]
    public int FoldBenchText() => _benchLines.Sum(static l => TraditionalChars.Fold(l).Length);

    [Benchmark]
    public int FoldTraditional() => _traditional.Sum(static l => TraditionalChars.Fold(l).Length);

    [Benchmark]
    public int ExtractTraditional() => _traditional.Sum(static l => MentionExtractor.Default.Extract(l, null).Count);

    [Benchmark(Baseline = true)]
    public int ExtractSimplified() => _simplified.Sum(static l => MentionExtractor.Default.Extract(l, null).Count);

    private static string BuildTraditional()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
        var parts = TraditionalFiles.Select(f => File.ReadAllText(Path.Combine(dir.FullName, "corpus", f))).ToList();
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 200_000)
        {
            foreach (var p in parts) sb.Append(p).Append('\n');
        }
        return sb.ToString();
    }
}
