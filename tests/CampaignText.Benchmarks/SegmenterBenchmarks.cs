using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;
using CampaignText.Segmentation.Keywords;

namespace CampaignText.Benchmarks;

/// <summary>Segmenter throughput over the fixed benchmark text, line by line, in MB/s.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class SegmenterBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn());
    }

    private string[] _lines = [];
    private readonly JiebaSegmenter _seg = JiebaSegmenter.Default;
    private KeywordExtractor _keywords = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lines = BenchText.Lines;
        _keywords = new KeywordExtractor(_seg);
        _ = _seg.Cut("预热"); _ = _seg.Tag("预热"); _ = _keywords.ExtractTfIdf("预热");
    }

    private int Each(Func<string, int> f)
    {
        int n = 0;
        foreach (var line in _lines) n += f(line);
        return n;
    }

    [Benchmark] public int CutHmm() => Each(l => _seg.Cut(l).Count);
    [Benchmark] public int CutNoHmm() => Each(l => _seg.Cut(l, hmm: false).Count);
    [Benchmark] public int CutAll() => Each(l => _seg.CutAll(l).Count);
    [Benchmark] public int Search() => Each(l => _seg.CutForSearch(l).Count);
    [Benchmark] public int Tag() => Each(l => _seg.Tag(l).Count);
    [Benchmark] public int TfIdf() => _keywords.ExtractTfIdf(BenchText.Value).Count;
    [Benchmark] public int TextRank() => _keywords.ExtractTextRank(BenchText.Value).Count;

    [Benchmark]
    public int CutParallel()
    {
        int total = 0;
        Parallel.ForEach(_lines, () => 0, (l, _, acc) => acc + _seg.Cut(l).Count, acc => Interlocked.Add(ref total, acc));
        return total;
    }

    [Benchmark] public int CampaignCut() => Each(l => JiebaSegmenter.Campaign.Cut(l).Count);
}
