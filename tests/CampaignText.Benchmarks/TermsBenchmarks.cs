using BenchmarkDotNet.Attributes;
using CampaignText.Export.Sqlite;
using CampaignText.Pipeline;
using CampaignText.Terms;

namespace CampaignText.Benchmarks;

/// <summary>
/// <c>campaigntext terms</c> over an index of the whole corpus, as the command does it: read the paragraphs
/// from the index, segment them (2 threads), build the table. The index is made once at setup.
/// </summary>
[MemoryDiagnoser]
public class TermsBenchmarks
{
    private string _root = string.Empty;
    private string _db = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("campaigntext-terms-bdn-").FullName;
        _db = Path.Combine(_root, "corpus.db");
        using var index = CorpusIndex.Open(_db, create: true);
        var result = index.IndexAsync(MiningCorpus.Sources(), CampaignPipeline.CreateDefault(), 2).GetAwaiter().GetResult();
        Console.WriteLine($"// terms corpus: {result.Indexed} bulletins indexed");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public StatsTable Frequencies() => Build(new TermOptions()).Frequencies();

    [Benchmark]
    public StatsTable FrequenciesByYear() => Build(new TermOptions()).Frequencies("year");

    [Benchmark]
    public StatsTable Bigrams() => Build(new TermOptions { Ngram = 2 }).Frequencies();

    [Benchmark]
    public StatsTable Collocations() => Build(new TermOptions { MinCount = 3 }).Collocations();

    [Benchmark]
    public StatsTable Keyness() => Build(new TermOptions()).Keyness("district", "东城区");

    [Benchmark]
    public StatsTable NounsAndVerbs() => Build(new TermOptions { Tags = ["n", "v"] }).Frequencies();

    private TermTables Build(TermOptions options)
    {
        using var index = CorpusIndex.Open(_db);
        return TermTables.Build(index.TermDocuments(), options);
    }
}
