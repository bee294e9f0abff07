using BenchmarkDotNet.Attributes;
using CampaignText.Export;
using CampaignText.Pipeline;

namespace CampaignText.Benchmarks;

/// <summary>
/// Folder mining end to end over one copy of the corpus: AnalyzeMany on 2 threads, written as Parquet or
/// CSV. The corpus size is printed at setup; MB/s = that size over the mean time. For the 50 MB run with
/// peak memory use <c>mine 50</c> (see <see cref="MiningThroughput"/>).
/// </summary>
[MemoryDiagnoser]
public class MiningBenchmarks
{
    private string _root = string.Empty;
    private IReadOnlyList<string> _files = [];
    private CampaignPipeline _pipeline = null!;

    [Params(CorpusFormat.Parquet, CorpusFormat.Csv)]
    public CorpusFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("campaigntext-mine-bdn-").FullName;
        long bytes = MiningCorpus.Replicate(Path.Combine(_root, "in"), 1);
        _files = BulletinFiles.Expand([Path.Combine(_root, "in")]);
        _pipeline = CampaignPipeline.CreateDefault();
        _ = _pipeline.AnalyzeFile(_files[0]);
        Console.WriteLine($"// mining corpus: {_files.Count} files, {bytes} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public async Task<int> AnalyzeAndWrite()
    {
        int n = 0;
        var output = Path.Combine(_root, "out");
        await using (var writer = CorpusWriter.Open(Format, output))
        {
            await foreach (var r in _pipeline.AnalyzeMany(_files, 2))
            {
                if (r.Analysis is { } a)
                {
                    await writer.WriteAsync(a);
                    n++;
                }
            }

            await writer.CompleteAsync();
        }

        return n;
    }
}
