using BenchmarkDotNet.Attributes;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Benchmarks;

/// <summary>Time to load jieba's stock dictionary from the embedded data into a ready lexicon.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark]
    public int LoadStockDictionary()
    {
        return Lexicon.LoadStock().Count;
    }

    [Benchmark]
    public int LoadCampaignLexicon()
    {
        var builder = new LexiconBuilder(Lexicon.Jieba);
        using var reader = new StreamReader(SegmentationData.Open(SegmentationData.CampaignLexicon));
        builder.LoadUserDictionary(reader, "campaign.txt");
        return builder.Build().Count;
    }
}
