using System.Diagnostics;
using System.Text;
using CampaignText.Resources;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Benchmarks;

/// <summary>
/// Stopwatch timing of one file, line by line, best of 3, for the side-by-side comparison script.
/// Prints <c>name TAB MB/s</c> lines (MB = 10^6 bytes) and <c>load TAB seconds</c>; peak memory is
/// measured from outside by the script.
/// </summary>
internal static class Throughput
{
    public static int Run(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var sw = Stopwatch.StartNew();
        _ = Lexicon.LoadStock();
        double loadMs = sw.Elapsed.TotalMilliseconds;
        var seg = JiebaSegmenter.Default;
        _ = seg.Cut("预热");
        Console.WriteLine($"load\t{loadMs / 1000:0.000}");
        Time("cut_hmm", bytes.Length, () => { foreach (var l in lines) seg.Cut(l); });
        Time("cut_no_hmm", bytes.Length, () => { foreach (var l in lines) seg.Cut(l, hmm: false); });
        if (Environment.GetEnvironmentVariable("THROUGHPUT_ALL_MODES") == "1")
        {
            Time("cut_all", bytes.Length, () => { foreach (var l in lines) seg.CutAll(l); });
            Time("search", bytes.Length, () => { foreach (var l in lines) seg.CutForSearch(l); });
            Time("tag", bytes.Length, () => { foreach (var l in lines) seg.Tag(l); });
        }
        return 0;
    }

    private static void Time(string name, long bytes, Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"{name}\t{bytes / 1e6 / best:0.00}");
    }
}
