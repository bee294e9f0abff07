using System.Globalization;
using System.Text.Json.Nodes;
using CampaignText.Export.Tables;
using CampaignText.Extraction;
using CampaignText.Extraction.Kinds;
using CampaignText.Extraction.Places;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Extraction;

/// <summary>
/// The mention kinds are declared once (<see cref="MentionKinds"/>): every kind is registered, every field has its
/// table column, and the JSON, the table rows and the text forms all follow the descriptors.
/// </summary>
public sealed class MentionKindsTests
{
    private static readonly string[] CommonColumns = ["document", "paragraph", "kind", "text", "start", "end", "article_district", "article_district_code", "source_start", "source_end"];

    [Fact]
    public void EveryKindIsRegisteredOnceWithItsName()
    {
        Assert.Equal(Enum.GetValues<MentionKind>().Order(), MentionKinds.All.Select(d => d.Kind).Order());
        Assert.Equal(MentionKinds.All.Count, MentionKinds.All.Select(d => d.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var d in MentionKinds.All)
        {
            Assert.Equal(d.Name, d.Kind.ToName());
            Assert.Same(d, MentionKinds.Named(d.Name));
            Assert.True(MentionKindNames.TryParse(d.Name.ToUpperInvariant(), out var parsed));
            Assert.Equal([d.Kind], parsed);
            Assert.True(d.MentionType.IsSubclassOf(typeof(Mention)), $"{d.Name}: {d.MentionType} is not a mention type");
            Assert.NotEmpty(d.Fields);
        }

        Assert.Null(MentionKinds.Named("nickname"));
    }

    [Fact]
    public void EveryFieldHasItsColumnAndEveryKindColumnAField()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in MentionKinds.All.SelectMany(d => d.Fields))
        {
            Assert.Equal(field.Column, MentionRowColumns.PropertyOf(field).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name);
            used.Add(field.Column);
        }

        var kindColumns = CampaignText.Export.TableColumns<MentionRow>.Names.Except(CommonColumns).ToList();
        Assert.Equal(kindColumns.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFieldWithoutAColumnIsNamedInTheError()
    {
        var missing = MentionField.Text<DistrictMention>("nickName", d => d.Code);
        Assert.Equal("nick_name", missing.Column);
        var ex = Assert.Throws<InvalidOperationException>(() => MentionRowColumns.PropertyOf(missing));
        Assert.Contains("nick_name", ex.Message, StringComparison.Ordinal);

        var wrongType = MentionField.Number<DistrictMention>("code", _ => 1m);
        Assert.Contains("code", Assert.Throws<InvalidOperationException>(() => MentionRowColumns.PropertyOf(wrongType)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowCellsAndJsonValuesAgreeFieldByField()
    {
        string text = "2021年4月中旬，门头沟区龙泉镇桑峪村开展专项整治行动，区文明办主任鲍晓琳带队，发现问题8至10处，清理垃圾约16吨。";
        var mentions = MentionExtractor.Default.Extract(text, new DateOnly(2021, 10, 22), new ExtractionContext("门头沟区"));
        Assert.Equal(MentionKinds.All.Select(d => d.Kind).Order(), mentions.Select(m => m.Kind).Distinct().Order());
        foreach (var m in mentions)
        {
            var json = JsonNode.Parse(MentionJsonWriter.ToJson(m, 3))!.AsObject();
            var row = CorpusRows.ToRow("doc.txt", 3, m);
            Assert.Equal(json["kind"]!.GetValue<string>(), row.Kind);
            var columns = CampaignText.Export.TableColumns<MentionRow>.Names;
            foreach (var field in MentionKinds.Of(m).Fields)
            {
                int i = Array.IndexOf(columns, field.Column);
                string? cell = CampaignText.Export.TableColumns<MentionRow>.Text(row, i);
                JsonNode? value = json[field.Name];
                string? expected = value switch
                {
                    null => null,
                    JsonValue v when v.TryGetValue(out string? s) => s,
                    JsonValue v when v.TryGetValue(out bool b) => b ? "true" : "false",
                    JsonValue v => ((double)v.GetValue<decimal>()).ToString("R", CultureInfo.InvariantCulture),
                    _ => value.ToJsonString(),
                };
                Assert.True(expected == cell, $"{m.Kind} {m.Text} {field.Name}: JSON {expected}, column {cell}");
            }
        }
    }

    [SpecTheory]
    public void MentionKindRenderings(string id)
    {
        var c = SpecCases.Find(typeof(MentionKindsTests), nameof(MentionKindRenderings), id);
        var expected = JsonNode.Parse(c["json"]!.GetValue<string>())!.AsObject();
        string kind = expected["kind"]!.GetValue<string>();
        int start = c["start"]!.GetValue<int>();
        var date = DateOnly.Parse(c["date"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var mentions = MentionExtractor.Default.Extract(c["text"]!.GetValue<string>(), date, new ExtractionContext(c["home"]!.GetValue<string>()));
        var m = Assert.Single(mentions, x => x.Start == start && MentionKinds.Of(x).Name == kind);

        var actual = JsonNode.Parse(MentionJsonWriter.ToJson(m, expected["paragraph"]!.GetValue<int>()))!.AsObject();
        Assert.Equal(expected.Select(p => p.Key), actual.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");

        var (value, detail) = MentionKinds.Of(m).Describe(m);
        Assert.Equal(c["value"]?.GetValue<string>() ?? string.Empty, value ?? string.Empty);
        Assert.Equal(c["detail"]?.GetValue<string>() ?? string.Empty, detail ?? string.Empty);
        string summary = value is null || value == m.Text ? $"{kind} {m.Text}" : $"{kind} {m.Text}→{value}";
        Assert.Equal(summary, MentionKinds.Of(m).Summary(m));
    }
}
