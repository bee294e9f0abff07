using System.Text.Json.Nodes;
using CampaignText.Export.Json;
using CampaignText.Structure;

namespace CampaignText.Tests.Structure;

/// <summary>
/// Golden files: every tests/CampaignText.Tests/Specs/Structure/*.expected.json holds the contract JSON
/// for the corpus file named in its <c>source</c> field (a path relative to the repository root). The
/// structure keys must match; <c>mentions</c> and each paragraph's <c>category</c>/<c>confidence</c>
/// belong to later stages and are not compared here.
/// <para>
/// Sources are read with <see cref="CampaignText.Text.DocumentReader"/> (any encoding, .md, .docx). A
/// golden file whose source is missing FAILS, naming it. Nothing is skipped silently.
/// </para>
/// <para>
/// Set CAMPAIGNTEXT_REGENERATE_GOLDEN=1 to rewrite the golden files from the parser's output (keeping
/// their mentions and paragraph labels), then review the change with git diff.
/// </para>
/// </summary>
[UsesSpecFiles("Structure/*.expected.json")]
public class GoldenFileTests
{
    private const string NoGoldenFiles = "(no golden files yet)";

    private static string RepositoryRoot => SpecFiles.RepoRoot;

    private static string GoldenDirectory => Path.Combine(RepositoryRoot, "tests", "CampaignText.Tests", "Specs", "Structure");

    public static TheoryData<string> GoldenFiles()
    {
        var data = new TheoryData<string>();
        var files = Directory.Exists(GoldenDirectory)
            ? Directory.GetFiles(GoldenDirectory, "*.expected.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files)
        {
            data.Add(file!);
        }

        if (files.Count == 0)
        {
            data.Add(NoGoldenFiles);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void GoldenFileMatches(string name)
    {
        if (name == NoGoldenFiles)
        {
            // Nothing to compare until the corpus lands; the folder itself must exist.
            Assert.True(Directory.Exists(GoldenDirectory), $"missing {GoldenDirectory}");
            return;
        }

        var goldenPath = Path.Combine(GoldenDirectory, name);
        var expected = JsonNode.Parse(File.ReadAllText(goldenPath))!.AsObject();
        var source = expected["source"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(source), $"{name}: no \"source\" field");

        var sourcePath = Path.IsPathRooted(source) ? source : Path.Combine(RepositoryRoot, source!);
        if (!File.Exists(sourcePath))
        {
            Assert.Fail($"{name}: source {source} not found");
        }

        var document = BulletinParser.Default.Parse(new CampaignText.Text.DocumentReader().Read(sourcePath).Text);
        var actual = JsonNode.Parse(new BulletinJsonWriter().ToJson(document, source!))!.AsObject();

        if (Environment.GetEnvironmentVariable("CAMPAIGNTEXT_REGENERATE_GOLDEN") == "1")
        {
            CarryLaterStages(expected, actual);
            File.WriteAllText(goldenPath, actual.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n");
            return;
        }

        var problems = JsonFragment.Compare(StructureOnly(expected), actual);
        Assert.True(problems.Count == 0, $"{name} ({source})\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>A copy of a golden document without the keys later stages fill in.</summary>
    private static JsonNode StructureOnly(JsonObject golden)
    {
        var copy = golden.DeepClone().AsObject();
        copy.Remove("mentions");
        // Districts come from extraction, a later stage than structure.
        copy.Remove("homeDistrict");
        copy.Remove("homeDistrictCode");
        copy.Remove("city");
        foreach (var article in (copy["sections"] as JsonArray ?? []).SelectMany(static s => s?["articles"] as JsonArray ?? []).OfType<JsonObject>())
        {
            article.Remove("district");
            article.Remove("districtCode");
        }

        foreach (var paragraph in Paragraphs(copy))
        {
            paragraph.Remove("category");
            paragraph.Remove("confidence");
            paragraph.Remove("labelSource");
        }

        return copy;
    }

    private static void CarryLaterStages(JsonObject from, JsonObject to)
    {
        if (from["mentions"] is JsonArray mentions)
        {
            to["mentions"] = mentions.DeepClone();
        }

        var old = Paragraphs(from).ToDictionary(static p => p["index"]?.GetValue<int>() ?? -1);
        foreach (var paragraph in Paragraphs(to))
        {
            if (old.TryGetValue(paragraph["index"]!.GetValue<int>(), out var o) && o["text"]?.GetValue<string>() == paragraph["text"]!.GetValue<string>())
            {
                paragraph["category"] = o["category"]?.DeepClone();
                paragraph["confidence"] = o["confidence"]?.DeepClone();
                if (o.ContainsKey("labelSource")) paragraph["labelSource"] = o["labelSource"]?.DeepClone();
            }
        }
    }

    private static IEnumerable<JsonObject> Paragraphs(JsonObject document) =>
        (document["sections"] as JsonArray ?? [])
            .SelectMany(static s => s?["articles"] as JsonArray ?? [])
            .SelectMany(static a => a?["paragraphs"] as JsonArray ?? [])
            .OfType<JsonObject>();
}
