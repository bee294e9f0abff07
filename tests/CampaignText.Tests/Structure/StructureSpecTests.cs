using System.Text.Json.Nodes;
using CampaignText.Export.Json;
using CampaignText.Structure;

namespace CampaignText.Tests.Structure;

/// <summary>
/// Runs the spec cases in Specs/Structure/cases/*.json. Each case has an <c>input</c> (a string or an
/// array of lines joined with \n) and any of: <c>expected</c> (a fragment of the contract JSON),
/// <c>paragraphs</c> (the exact texts of all paragraphs in order), <c>sources</c> (the exact source
/// text each paragraph's span covers) and <c>absent</c> (strings no paragraph may contain).
/// </summary>
public class StructureSpecTests
{
    private static readonly string CasesDirectory = Path.Combine(AppContext.BaseDirectory, "Specs", "Structure", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var node in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                data.Add($"{Path.GetFileNameWithoutExtension(file)}: {node!["name"]!.GetValue<string>()}");
            }
        }

        return data;
    }

    [Fact]
    public void ThereAreEnoughSpecCases() => Assert.True(Cases().Count >= 30, $"only {Cases().Count} spec cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string id)
    {
        var spec = Find(id);
        var input = spec["input"] switch
        {
            JsonArray lines => string.Join("\n", lines.Select(static l => l!.GetValue<string>())),
            JsonNode single => single.GetValue<string>(),
            null => throw new InvalidOperationException($"{id}: no input"),
        };
        Assert.True(spec["expected"] is not null || spec["paragraphs"] is not null || spec["sources"] is not null,
            $"{id}: the case asserts nothing");

        var document = BulletinParser.Default.Parse(input);
        var json = JsonNode.Parse(new BulletinJsonWriter().ToJson(document, "spec.txt"));
        var problems = new List<string>();
        if (spec["expected"] is { } expected)
        {
            problems.AddRange(JsonFragment.Compare(expected, json));
        }

        var paragraphs = document.Paragraphs.ToList();
        if (spec["paragraphs"] is JsonArray texts)
        {
            problems.AddRange(JsonFragment.Compare(texts, new JsonArray(paragraphs.Select(static p => (JsonNode)JsonValue.Create(p.Text)).ToArray()), "paragraphs"));
        }

        if (spec["sources"] is JsonArray sources)
        {
            var covered = paragraphs.Select(p => (JsonNode)JsonValue.Create(input[p.Source.Start..p.Source.End])).ToArray();
            problems.AddRange(JsonFragment.Compare(sources, new JsonArray(covered), "sources"));
        }

        if (spec["absent"] is JsonArray absent)
        {
            foreach (var s in absent.Select(static a => a!.GetValue<string>()))
            {
                problems.AddRange(paragraphs.Where(p => p.Text.Contains(s, StringComparison.Ordinal)).Select(p => $"paragraph {p.Index} contains \"{s}\": {p.Text}"));
            }
        }

        Assert.True(problems.Count == 0, $"{id}\n" + string.Join("\n", problems));
    }

    private static JsonNode Find(string id)
    {
        var colon = id.IndexOf(": ", StringComparison.Ordinal);
        var file = Path.Combine(CasesDirectory, id[..colon] + ".json");
        var name = id[(colon + 2)..];
        return JsonNode.Parse(File.ReadAllText(file))!.AsArray().Single(n => n!["name"]!.GetValue<string>() == name)!;
    }
}
