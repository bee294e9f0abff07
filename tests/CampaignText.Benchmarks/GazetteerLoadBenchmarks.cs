using BenchmarkDotNet.Attributes;
using CampaignText.Extraction;
using CampaignText.Extraction.Places;
using CampaignText.Resources;

namespace CampaignText.Benchmarks;

/// <summary>
/// Time to load the national gazetteer (3,218 divisions, 38,627 towns, aliases) from the embedded data, and all
/// extraction data with it (what the first analysis of a process pays). The budget is 150 ms.
/// </summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmarks
{
    private string empty = string.Empty;

    [GlobalSetup]
    public void Setup() => empty = Directory.CreateTempSubdirectory("campaigntext-gazetteer-bench-").FullName;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(empty, recursive: true);

    [Benchmark]
    public int LoadGazetteer()
    {
        var gaz = new Gazetteer(
            EmbeddedData.ReadAllText(EmbeddedData.GazetteerDivisions),
            EmbeddedData.ReadAllText(EmbeddedData.GazetteerTowns),
            EmbeddedData.ReadAllText(EmbeddedData.GazetteerAliases));
        return gaz.MaxLength;
    }

    /// <summary>Every extraction table, read from the embedded copies (an empty override directory).</summary>
    [Benchmark]
    public int LoadExtractionData() => ExtractionData.FromDirectory(empty).Gazetteer.MaxLength;
}
