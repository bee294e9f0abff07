// Mines every bulletin under a folder: analysed in parallel (results in file order), written as CSV
// tables, with mention counts by kind and bulletins by district. A file that cannot be read is
// reported and the rest go on.
// dotnet run --project samples/MineFolder -- corpus/2020 [OUT_DIR]
using CampaignText.Export;
using CampaignText.Extraction;
using CampaignText.Pipeline;

string folder = args.Length > 0 ? args[0] : ".";
string outDir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "campaigntext-mine");
IReadOnlyList<string> files = BulletinFiles.Expand([folder]);

CampaignPipeline pipeline = CampaignPipeline.CreateDefault();
var kinds = new SortedDictionary<MentionKind, int>();
var districts = new SortedDictionary<string, int>(StringComparer.Ordinal);
int read = 0, failed = 0;

await using (ICorpusWriter writer = CorpusWriter.Open(CorpusFormat.Csv, outDir))
{
    await foreach (AnalysisResult result in pipeline.AnalyzeMany(files, parallelism: Environment.ProcessorCount))
    {
        if (result.Analysis is not { } analysis)
        {
            failed++;
            Console.Error.WriteLine($"{result.Path}: {result.Error}");
            continue;
        }

        read++;
        await writer.WriteAsync(analysis);
        foreach (ParagraphMention pm in analysis.Mentions)
        {
            kinds[pm.Mention.Kind] = kinds.GetValueOrDefault(pm.Mention.Kind) + 1;
        }

        string home = analysis.HomeDistrict ?? "(unknown)";
        districts[home] = districts.GetValueOrDefault(home) + 1;
    }

    await writer.CompleteAsync();
    Console.WriteLine($"tables: {string.Join(", ", writer.Paths)}");
}

Console.WriteLine($"bulletins: {read} read, {failed} failed");
foreach (var (kind, count) in kinds) Console.WriteLine($"  {kind.ToName(),-12} {count}");
Console.WriteLine("by district:");
foreach (var (district, count) in districts.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {district} {count}");
}

return failed == 0 ? 0 : 2;
