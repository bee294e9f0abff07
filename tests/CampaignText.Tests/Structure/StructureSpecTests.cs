using System.Text.Json.Nodes;
using CampaignText.Export.Json;
using CampaignText.Structure;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Structure;

/// <summary>
/// Runs the spec cases in Specs/Structure/cases/*.json, one test method per file and one result per case. Each case has an <c>input</c> (a string or an
/// array of lines joined with \n) and any of: <c>expected</c> (a fragment of the contract JSON),
/// <c>paragraphs</c> (the exact texts of all paragraphs in order), <c>sources</c> (the exact source
/// text each paragraph's span covers) and <c>absent</c> (strings no paragraph may contain).
/// </summary>
[SpecFolder("Structure/cases")]
public class StructureSpecTests
{
    private static readonly string[] Files = [nameof(Articles), nameof(Boilerplate), nameof(Footer), nameof(Masthead), nameof(Paragraphs), nameof(Sections), nameof(Spans), nameof(WebPages)];

    [Fact]
    public void ThereAreEnoughSpecCases()
    {
        int count = Files.Sum(f => SpecCases.Load(SpecCases.RelativePath(typeof(StructureSpecTests), typeof(StructureSpecTests).GetMethod(f)!)).Count);
        Assert.True(count >= 30, $"only {count} spec cases");
    }

    [SpecTheory]
    public void Articles(string id) => Check(nameof(Articles), id);

    [SpecTheory]
    public void Boilerplate(string id) => Check(nameof(Boilerplate), id);

    [SpecTheory]
    public void Footer(string id) => Check(nameof(Footer), id);

    [SpecTheory]
    public void Masthead(string id) => Check(nameof(Masthead), id);

    [SpecTheory]
    public void Paragraphs(string id) => Check(nameof(Paragraphs), id);

    [SpecTheory]
    public void Sections(string id) => Check(nameof(Sections), id);

    [SpecTheory]
    public void Spans(string id) => Check(nameof(Spans), id);

    [SpecTheory]
    public void WebPages(string id) => Check(nameof(WebPages), id);

    private static void Check(string method, string id)
    {
        var spec = SpecCases.Find(typeof(StructureSpecTests), method, id);
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
}
