// Analyses one bulletin: masthead, home district, sections, and the mentions found in each paragraph.
// dotnet run --project samples/AnalyzeFile -- corpus/2020/chaoyang-2020-127.txt
using CampaignText;
using CampaignText.Export.Json;
using CampaignText.Pipeline;
using CampaignText.Structure;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: AnalyzeFile BULLETIN(.txt|.md|.docx)");
    return 1;
}

CampaignPipeline pipeline = CampaignPipeline.CreateDefault();   // built once, shared, thread-safe
BulletinAnalysis analysis;
try
{
    analysis = pipeline.AnalyzeFile(args[0]);
}
catch (CampaignTextException e)
{
    Console.Error.WriteLine(e.Message);   // names the file and the problem
    return 2;
}

Masthead m = analysis.Document.Masthead;
Console.WriteLine($"publication: {m.Publication} issue {m.Issue}");
Console.WriteLine($"issuer: {m.Issuer}");
Console.WriteLine($"date: {m.Date:yyyy-MM-dd}");
Console.WriteLine($"district: {analysis.HomeDistrict}");
foreach (Section section in analysis.Document.Sections)
{
    Console.WriteLine($"section {section.Heading ?? "(none)"} [{section.Category}]: {section.Articles.Count} article(s)");
}

foreach (var group in analysis.Mentions.GroupBy(pm => pm.Mention.Kind).OrderBy(g => g.Key))
{
    Console.WriteLine($"{group.Key}: {string.Join("、", group.Select(pm => pm.Mention.Text).Distinct().Take(8))}");
}

// The same analysis in the JSON output contract (what `campaigntext analyze` prints).
string json = new BulletinJsonWriter().ToJson(analysis, indented: false);
Console.WriteLine($"json: {json.Length} characters");
return 0;
