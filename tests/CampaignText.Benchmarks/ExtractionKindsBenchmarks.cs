using BenchmarkDotNet.Attributes;
using CampaignText.Extraction;

namespace CampaignText.Benchmarks;

/// <summary>
/// Mention extraction over the lines of our corpus bulletins (about 100,000 characters, one call per line): all
/// kinds against dates alone (<see cref="ExtractionContext.Kinds"/>), which runs only the date extractor. The
/// ratio of the two means is what asking for fewer kinds saves.
/// </summary>
[MemoryDiagnoser]
public class ExtractionKindsBenchmarks
{
    private static readonly DateOnly IssueDate = new(2021, 6, 1);
    private readonly ExtractionContext _all = new("东城区");
    private readonly ExtractionContext _dates = new("东城区", [MentionKind.Date]);
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = new List<string>();
        int chars = 0;
        foreach (string line in BenchText.Lines)
        {
            if (chars >= 100_000) break;
            if (line.Trim().Length == 0) continue;
            lines.Add(line);
            chars += line.Length;
        }
        _lines = [.. lines];
        // Warm the shared extractor (embedded data and segmenter load) outside the measurement.
        MentionExtractor.Default.Extract("2021年6月1日", IssueDate);
    }

    [Benchmark(Baseline = true)]
    public int AllKinds() => Run(_all);

    [Benchmark]
    public int DatesOnly() => Run(_dates);

    private int Run(ExtractionContext context)
    {
        int n = 0;
        foreach (string line in _lines) n += MentionExtractor.Default.Extract(line, IssueDate, context).Count;
        return n;
    }
}
