using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CampaignText.Export.Tables;
using CampaignText.Extraction;
using CampaignText.Pipeline;

namespace CampaignText.Benchmarks;

/// <summary>
/// The output side of mentions over the whole corpus, analysed once at setup: every mention written as contract
/// JSON (<see cref="MentionJsonWriter"/>) and every bulletin flattened into table rows (<see cref="CorpusRows"/>),
/// both driven by the kind descriptors. The mention count is printed at setup.
/// </summary>
[MemoryDiagnoser]
public class MentionOutputBenchmarks
{
    private IReadOnlyList<BulletinAnalysis> _analyses = [];

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        _analyses = [.. MiningCorpus.Sources().Select(pipeline.AnalyzeFile)];
        Console.WriteLine($"// {_analyses.Count} bulletins, {_analyses.Sum(a => a.Mentions.Count)} mentions");
    }

    [Benchmark]
    public long MentionJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, MentionJsonWriter.Options))
        {
            writer.WriteStartArray();
            foreach (var a in _analyses)
            {
                foreach (var pm in a.Mentions) MentionJsonWriter.Write(writer, pm.Mention, pm.Paragraph);
            }

            writer.WriteEndArray();
        }

        return stream.Length;
    }

    [Benchmark]
    public int TableRows()
    {
        int n = 0;
        foreach (var a in _analyses) n += CorpusRows.From(a).Mentions.Count;
        return n;
    }
}
