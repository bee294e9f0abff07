using System.Globalization;
using System.Text.Json;
using CampaignText.Extraction;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Extraction;

/// <summary>
/// Runs the spec files of Specs/Extraction, one test method per file and one result per case: each case is a text, a reference date and a home district,
/// the mentions expected (only the fields given are compared, through the contract JSON), the surface
/// forms that must not be found and, optionally, how many mentions of the kind there must be. Date cases
/// may say what the reference date is (<c>"reference": "metadata"</c> or <c>"signoff"</c>; masthead when
/// absent) and give a year from the document's title (<c>"titleYear": 2022</c>).
/// </summary>
public sealed class ExtractionSpecTests
{
    private static readonly string[] Files = [nameof(Quantities), nameof(Dates), nameof(Places), nameof(Organizations), nameof(People), nameof(Measures), nameof(Traditional)];

    [Fact]
    public void EverySpecFileHasEnoughCases()
    {
        foreach (string method in Files)
        {
            string file = SpecCases.RelativePath(typeof(ExtractionSpecTests), typeof(ExtractionSpecTests).GetMethod(method)!);
            int count = SpecCases.Load(file).Count;
            Assert.True(count >= 40, $"{file} has {count} cases, fewer than 40");
        }
    }

    [SpecTheory]
    public void Quantities(string id) => Run(nameof(Quantities), id);

    [SpecTheory]
    public void Dates(string id) => Run(nameof(Dates), id);

    [SpecTheory]
    public void Places(string id) => Run(nameof(Places), id);

    [SpecTheory]
    public void Organizations(string id) => Run(nameof(Organizations), id);

    [SpecTheory]
    public void People(string id) => Run(nameof(People), id);

    [SpecTheory]
    public void Measures(string id) => Run(nameof(Measures), id);

    [SpecTheory]
    public void Traditional(string id) => Run(nameof(Traditional), id);

    /// <summary>The guards of models/extraction/quantity-rules.tsv, one or more cases per rule.</summary>
    [SpecTheory]
    public void QuantityRules(string id) => Run(nameof(QuantityRules), id);

    /// <summary>The lists of models/extraction/place-words.tsv, one or more cases per list.</summary>
    [SpecTheory]
    public void PlaceWords(string id) => Run(nameof(PlaceWords), id);

    /// <summary>The lists of models/extraction/date-rules.tsv, one or more cases per list.</summary>
    [SpecTheory]
    public void DateRules(string id) => Run(nameof(DateRules), id);

    /// <summary>The lists of models/extraction/organization-words.tsv, one or more cases per list.</summary>
    [SpecTheory]
    public void OrganizationWords(string id) => Run(nameof(OrganizationWords), id);

    private static void Run(string method, string id)
    {
        using var doc = JsonDocument.Parse(SpecCases.Find(typeof(ExtractionSpecTests), method, id).ToJsonString());
        var failures = Check(doc.RootElement).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
    }

    private static IEnumerable<string> Check(JsonElement c)
    {
        string text = c.GetProperty("text").GetString()!;
        DateOnly? date = c.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        string? home = c.TryGetProperty("home", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
        Assert.True(MentionKindNames.TryParse(c.GetProperty("kind").GetString()!, out var kinds));
        // Optional: what the reference date is (masthead, metadata, signoff) and a year from the title.
        var source = c.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String
            ? r.GetString() switch
            {
                "metadata" => CampaignText.Extraction.Dates.DateReference.Metadata,
                "signoff" => CampaignText.Extraction.Dates.DateReference.SignOff,
                "masthead" => CampaignText.Extraction.Dates.DateReference.Masthead,
                var other => throw new InvalidDataException($"[{text}] unknown reference {other}"),
            }
            : CampaignText.Extraction.Dates.DateReference.Masthead;
        int? titleYear = c.TryGetProperty("titleYear", out var ty) && ty.ValueKind == JsonValueKind.Number ? ty.GetInt32() : null;
        var mentions = MentionExtractor.Default.Extract(text, date, new ExtractionContext(home, kinds) { ReferenceSource = source, ReferenceYear = titleYear });
        var json = mentions.Select(m => JsonDocument.Parse(MentionJsonWriter.ToJson(m, 0)).RootElement).ToList();
        string shown = string.Join(" ", mentions.Select(m => MentionJsonWriter.ToJson(m, 0)));
        foreach (var m in mentions)
        {
            if (m.Start < 0 || m.End > text.Length || m.Start >= m.End || text[m.Start..m.End] != m.Text)
                yield return $"[{text}] bad offsets: {shown}";
        }
        foreach (var e in c.GetProperty("expect").EnumerateArray())
        {
            var match = json.FirstOrDefault(j => e.EnumerateObject().All(p => Same(j, p)));
            if (match.ValueKind == JsonValueKind.Undefined) yield return $"[{text}] expected {string.Join(" ", e.GetRawText().Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries))} in {shown}";
        }
        foreach (var a in c.GetProperty("absent").EnumerateArray())
        {
            string s = a.GetString()!;
            if (mentions.Any(m => m.Text.Contains(s, StringComparison.Ordinal))) yield return $"[{text}] {s} must not be found: {shown}";
        }
        if (c.TryGetProperty("count", out var n) && n.GetInt32() != mentions.Count)
            yield return $"[{text}] expected {n.GetInt32()} mentions, got {mentions.Count}: {shown}";
    }

    private static bool Same(JsonElement actual, JsonProperty expected)
    {
        if (!actual.TryGetProperty(expected.Name, out var v)) return false;
        var e = expected.Value;
        return e.ValueKind switch
        {
            JsonValueKind.Number => v.ValueKind == JsonValueKind.Number && v.GetDecimal() == e.GetDecimal(),
            JsonValueKind.String => v.ValueKind == JsonValueKind.String && v.GetString() == e.GetString(),
            JsonValueKind.True or JsonValueKind.False => v.ValueKind == e.ValueKind,
            JsonValueKind.Null => v.ValueKind == JsonValueKind.Null,
            _ => false,
        };
    }
}
