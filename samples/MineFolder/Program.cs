// Analyses every bulletin under a folder and counts mentions by kind and districts by bulletin.
// A file that cannot be read is reported and skipped; the rest go on.
// dotnet run --project samples/MineFolder -- corpus
using CampaignText;
using CampaignText.Extraction;
using CampaignText.Pipeline;

string folder = args.Length > 0 ? args[0] : ".";
string[] extensions = [".txt", ".md", ".docx"];
var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .ToList();

CampaignPipeline pipeline = CampaignPipeline.CreateDefault();
var kinds = new SortedDictionary<MentionKind, int>();
var districts = new SortedDictionary<string, int>(StringComparer.Ordinal);
int read = 0, failed = 0;

// The pipeline is thread-safe: analyse in parallel, then fold the results in file order.
BulletinAnalysis?[] results = new BulletinAnalysis?[files.Count];
Parallel.For(0, files.Count, i =>
{
    try
    {
        results[i] = pipeline.AnalyzeFile(files[i]);
    }
    catch (CampaignTextException e)
    {
        Console.Error.WriteLine(e.Message);
    }
});

foreach (BulletinAnalysis? analysis in results)
{
    if (analysis is null) { failed++; continue; }
    read++;
    foreach (ParagraphMention pm in analysis.Mentions)
    {
        kinds[pm.Mention.Kind] = kinds.GetValueOrDefault(pm.Mention.Kind) + 1;
    }
    string home = analysis.HomeDistrict ?? "(unknown)";
    districts[home] = districts.GetValueOrDefault(home) + 1;
}

Console.WriteLine($"bulletins: {read} read, {failed} failed");
foreach (var (kind, count) in kinds) Console.WriteLine($"  {kind.ToName(),-12} {count}");
Console.WriteLine("by district:");
foreach (var (district, count) in districts.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {district} {count}");
}
return failed == 0 ? 0 : 2;
