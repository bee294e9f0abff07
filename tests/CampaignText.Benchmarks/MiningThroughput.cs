using System.Diagnostics;
using System.Globalization;
using CampaignText.Export;
using CampaignText.Pipeline;

namespace CampaignText.Benchmarks;

/// <summary>
/// <c>mine [MB] [JOBS] [FORMAT]</c>: end-to-end throughput of folder mining. Replicates the corpus into a
/// temp directory up to MB megabytes (default 50), analyses it with AnalyzeMany on JOBS threads (default:
/// one per processor) and writes it as FORMAT (parquet, csv or jsonl; default parquet), then prints MB/s,
/// peak working set and, from one single-threaded pass over the corpus, the share of each stage.
/// </summary>
internal static class MiningThroughput
{
    public static async Task<int> Run(string[] args)
    {
        long megabytes = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        int jobs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        var format = args.Length > 3 ? Enum.Parse<CorpusFormat>(args[3], ignoreCase: true) : CorpusFormat.Parquet;
        var root = Directory.CreateTempSubdirectory("campaigntext-mine-bench-").FullName;
        try
        {
            var input = Path.Combine(root, "in");
            long bytes = MiningCorpus.Replicate(input, megabytes * 1_000_000);
            var files = BulletinFiles.Expand([input]);
            Console.WriteLine($"input\t{files.Count} files\t{bytes / 1e6:0.0} MB");

            var pipeline = CampaignPipeline.CreateDefault();
            _ = pipeline.Analyze("东城区创城简报\n2021年1月1日\n【预热】\n预热。\n");
            Stages(pipeline);

            var output = Path.Combine(root, format == CorpusFormat.Jsonl ? "out.jsonl" : "out");
            var sw = Stopwatch.StartNew();
            int ok = 0, failed = 0;
            long peakManaged = 0;
            await using (var writer = CorpusWriter.Open(format, output))
            {
                await foreach (var r in pipeline.AnalyzeMany(files, jobs))
                {
                    if (r.Analysis is { } a)
                    {
                        await writer.WriteAsync(a);
                        ok++;
                    }
                    else
                    {
                        failed++;
                    }

                    if (ok % 500 == 0) peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                }

                await writer.CompleteAsync();
            }

            double seconds = sw.Elapsed.TotalSeconds;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"analysed\t{ok}\tfailed\t{failed}");
            Console.WriteLine($"mine_{format.ToString().ToLowerInvariant()}\t{bytes / 1e6 / seconds:0.00} MB/s\t{seconds:0.0} s\tjobs {(jobs > 0 ? jobs : Environment.ProcessorCount)}");
            Console.WriteLine($"peak_working_set\t{self.PeakWorkingSet64 / 1e6:0} MB\tpeak_managed_sampled\t{peakManaged / 1e6:0} MB");
            return failed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One single-threaded pass over the corpus, timing read, parse and extraction separately.</summary>
    private static void Stages(CampaignPipeline pipeline)
    {
        var sources = MiningCorpus.Sources();
        double read = 0, parse = 0, extract = 0, rows = 0;
        long bytes = 0;
        for (int round = 0; round < 3; round++)
        {
            foreach (var f in sources)
            {
                bytes += new FileInfo(f).Length;
                var sw = Stopwatch.StartNew();
                var text = pipeline.Reader.Read(f).Text;
                read += sw.Elapsed.TotalSeconds;
                sw.Restart();
                var doc = pipeline.Parser.Parse(text);
                parse += sw.Elapsed.TotalSeconds;
                sw.Restart();
                var analysis = pipeline.Analyze(text, f);
                extract += sw.Elapsed.TotalSeconds;
                sw.Restart();
                _ = Export.Tables.CorpusRows.From(analysis);
                rows += sw.Elapsed.TotalSeconds;
                GC.KeepAlive(doc);
            }
        }

        // Analyze parses again; what it adds over the parse is extraction and labelling.
        extract -= parse;
        double total = read + parse + extract + rows;
        Console.WriteLine($"stages (1 thread, {bytes / 1e6:0.0} MB)\tread {Share(read)}\tparse {Share(parse)}\textract {Share(extract)}\trows {Share(rows)}\t=> {bytes / 1e6 / total:0.00} MB/s");

        string Share(double s) => $"{s:0.00}s ({100 * s / total:0}%)";
    }
}
