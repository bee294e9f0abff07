using System.Text.Json;
using CampaignText.Extraction;

namespace CampaignText.Tests.Extraction;

/// <summary>The JSON of mentions: contract keys, camelCase, nulls written, Chinese unescaped.</summary>
public sealed class MentionJsonWriterTests
{
    private static readonly Dictionary<string, string[]> Keys = new()
    {
        ["district"] = ["normalized", "code"],
        ["town"] = ["normalized", "district", "code"],
        ["community"] = ["normalized", "district"],
        ["organization"] = ["normalized"],
        ["person"] = ["normalized", "role"],
        ["date"] = ["normalized", "granularity", "relative"],
        ["quantity"] = ["value", "unit", "noun", "approx", "subject"],
        ["measure"] = ["type", "trigger", "object"],
    };

    [Fact]
    public void EveryKindHasItsContractKeys()
    {
        string text = "近日，门头沟区龙泉镇桑峪村开展专项整治行动，区文明办主任鲍晓琳带队，清理垃圾约16吨。";
        var mentions = MentionExtractor.Default.Extract(text, new DateOnly(2021, 10, 22), new ExtractionContext("门头沟区"));
        var seen = new HashSet<string>();
        foreach (var m in mentions)
        {
            string json = MentionJsonWriter.ToJson(m, 7);
            Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
            var e = JsonDocument.Parse(json).RootElement;
            string kind = e.GetProperty("kind").GetString()!;
            seen.Add(kind);
            Assert.Equal(7, e.GetProperty("paragraph").GetInt32());
            Assert.Equal(m.Start, e.GetProperty("start").GetInt32());
            Assert.Equal(m.End, e.GetProperty("end").GetInt32());
            Assert.Equal(m.Text, e.GetProperty("text").GetString());
            foreach (string k in Keys[kind]) Assert.True(e.TryGetProperty(k, out _), $"{kind} lacks {k}: {json}");
        }
        Assert.Equal(Keys.Keys.Order(), seen.Order());
    }

    [Fact]
    public void NullsAreWrittenOut()
    {
        var m = MentionExtractor.Default.Extract("近日开展活动。", null).Single(x => x.Kind == MentionKind.Date);
        var e = JsonDocument.Parse(MentionJsonWriter.ToJson(m, 0)).RootElement;
        Assert.Equal(JsonValueKind.Null, e.GetProperty("normalized").ValueKind);
        Assert.True(e.GetProperty("relative").GetBoolean());
    }

    [Fact]
    public void ExtractCommandWritesJsonAndTsv()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "区文明办检查社区48个。\n\n12月30日召开调度会。\n");
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CampaignText.Cli.Program.Run(["extract", path, "--date", "2021-01-18", "--home-district", "东城区"], TextReader.Null, output, error);
            Assert.Equal(0, code);
            var arr = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Contains(arr.EnumerateArray(), e => e.GetProperty("kind").GetString() == "organization" && e.GetProperty("normalized").GetString() == "东城区文明办");
            Assert.Contains(arr.EnumerateArray(), e => e.GetProperty("kind").GetString() == "date" && e.GetProperty("paragraph").GetInt32() == 1 && e.GetProperty("normalized").GetString() == "2020-12-30");

            output = new StringWriter();
            code = CampaignText.Cli.Program.Run(["extract", path, "--kinds", "quantity", "--format", "tsv"], TextReader.Null, output, error);
            Assert.Equal(0, code);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains("48个", lines[1], StringComparison.Ordinal);

            code = CampaignText.Cli.Program.Run(["extract", path, "--kinds", "nonsense"], TextReader.Null, new StringWriter(), error);
            Assert.Equal(1, code);
            code = CampaignText.Cli.Program.Run(["extract", path, "--date", "2021/01/18"], TextReader.Null, new StringWriter(), error);
            Assert.Equal(1, code);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
