using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CampaignText.Benchmarks;

/// <summary>
/// A "MB/s" column: bytes of input per second of mean time. By default the input is the UTF-8 benchmark
/// text (none for load benchmarks); a benchmark class with other inputs gives its own byte count.
/// </summary>
internal sealed class ThroughputColumn(Func<BenchmarkCase, long>? bytesOf = null, string? legend = null) : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend ?? "UTF-8 megabytes (10^6 bytes) of input processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null) return "-";
        double seconds = report.ResultStatistics.Mean / 1e9;
        long bytes = bytesOf is not null ? bytesOf(benchmarkCase)
            : benchmarkCase.Descriptor.WorkloadMethod.Name.Contains("Load", StringComparison.Ordinal) ? 0 : BenchText.Utf8Bytes;
        return bytes <= 0 ? "-" : (bytes / 1e6 / seconds).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
