using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignText.Export.Json;
using CampaignText.Structure;

namespace CampaignText.Tests.Structure;

public class BulletinJsonWriterTests
{
    private const string Sample = "首都精神文明建设情况简报\n第 5 期\n（总第 2114 期）\n首都精神文明办\n2020年2月21日\n【文明创建】\n西城区开展文明引导\n志愿者在路口开展文明引导，劝导不文明行为二十余起。\n（西城区文明办）\n责编：王晓燕\n报：中央文明办";

    private static JsonObject Write(string text) =>
        JsonNode.Parse(new BulletinJsonWriter().ToJson(BulletinParser.Default.Parse(text), "corpus/x.txt"))!.AsObject();

    [Fact]
    public void TopLevelKeysFollowTheContractInOrder()
    {
        var keys = Write(Sample).Select(static p => p.Key).ToArray();
        Assert.Equal(["source", "publication", "issue", "totalIssue", "issuer", "date", "dateSource", "title", "homeDistrict", "homeDistrictCode", "city", "sections", "footer", "mentions"], keys);
    }

    [Fact]
    public void NestedObjectsHaveEveryKey()
    {
        var json = Write(Sample);
        var section = json["sections"]![0]!.AsObject();
        Assert.Equal(["heading", "category", "articles"], section.Select(static p => p.Key));
        var article = section["articles"]![0]!.AsObject();
        Assert.Equal(["title", "attribution", "tag", "district", "districtCode", "paragraphs"], article.Select(static p => p.Key));
        var paragraph = article["paragraphs"]![0]!.AsObject();
        Assert.Equal(["index", "text", "part", "category", "confidence", "labelSource", "sourceStart", "sourceEnd"], paragraph.Select(static p => p.Key));
        Assert.Null(paragraph["category"]);
        Assert.Null(paragraph["confidence"]);
        Assert.Null(paragraph["labelSource"]);
        Assert.Equal(["editor", "reviewer", "staff", "phone", "fax", "email", "reportTo", "copyTo", "distributeTo"], json["footer"]!.AsObject().Select(static p => p.Key));
    }

    [Fact]
    public void NullsAndEmptyListsAreWrittenNotOmitted()
    {
        var text = new BulletinJsonWriter().ToJson(BulletinParser.Default.Parse("一段没有刊头的文字，只有一行页脚。\n责编：王晓燕"), "a.txt");
        Assert.Contains("\"publication\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"mentions\": []", text, StringComparison.Ordinal);
        Assert.Contains("\"copyTo\": []", text, StringComparison.Ordinal);
        Assert.Contains("\"staff\": {}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentWithoutFooterHasNullFooter()
    {
        var text = new BulletinJsonWriter().ToJson(BulletinParser.Default.Parse("一段没有刊头的文字，没有页脚。"), "a.txt");
        Assert.Contains("\"footer\": null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseIsWrittenAsUtf8NotEscaped()
    {
        var text = new BulletinJsonWriter().ToJson(BulletinParser.Default.Parse(Sample), "corpus/x.txt");
        Assert.Contains("首都精神文明建设情况简报", text, StringComparison.Ordinal);
        Assert.Contains("“", new BulletinJsonWriter().ToJson(BulletinParser.Default.Parse("【文明创建】\n开展“门前三包”检查，发现问题十处。"), "b.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesComeFromTheDocument()
    {
        var json = Write(Sample);
        Assert.Equal("corpus/x.txt", json["source"]!.GetValue<string>());
        Assert.Equal(5, json["issue"]!.GetValue<int>());
        Assert.Equal(2114, json["totalIssue"]!.GetValue<int>());
        Assert.Equal("2020-02-21", json["date"]!.GetValue<string>());
        Assert.Equal("西城区文明办", json["sections"]![0]!["articles"]![0]!["attribution"]!.GetValue<string>());
        Assert.Equal("王晓燕", json["footer"]!["editor"]!.GetValue<string>());
        Assert.Equal("中央文明办", json["footer"]!["reportTo"]![0]!.GetValue<string>());
    }

    [Fact]
    public void JsonLinesWritesOneCompactObjectPerLine()
    {
        var writer = new BulletinJsonWriter();
        var output = new StringWriter();
        writer.WriteLine(output, BulletinParser.Default.Parse(Sample), "a.txt");
        writer.WriteLine(output, BulletinParser.Default.Parse(Sample), "b.txt");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("b.txt", JsonNode.Parse(lines[1])!["source"]!.GetValue<string>());
    }

    [Fact]
    public void ArrayHoldsEveryDocument()
    {
        var output = new StringWriter();
        new BulletinJsonWriter().WriteArray(output, [("a.txt", BulletinParser.Default.Parse(Sample)), ("b.txt", BulletinParser.Default.Parse(Sample))]);
        var array = JsonNode.Parse(output.ToString())!.AsArray();
        Assert.Equal(["a.txt", "b.txt"], array.Select(static d => d!["source"]!.GetValue<string>()));
        Assert.Contains("首都", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StreamOutputIsUtf8()
    {
        using var stream = new MemoryStream();
        new BulletinJsonWriter().Write(stream, BulletinParser.Default.Parse(Sample), "a.txt", indented: false);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("{\"source\":\"a.txt\",\"publication\":\"首都精神文明建设情况简报\"", text, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(JsonValueKind.Array, parsed.RootElement.GetProperty("mentions").ValueKind);
    }

    /// <summary>A stream that records how many separate writes reached it.</summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnalysisWithManyMentionsStreamsTheSameJsonItWouldReturn(bool indented)
    {
        string text = string.Concat(Enumerable.Repeat("朝阳区建外街道组织志愿者300人清理河道。", 3_000));
        var analysis = CampaignText.Pipeline.CampaignPipeline.CreateDefault().Analyze(text, "many.txt");
        Assert.True(analysis.Mentions.Count > 5_000);
        var writer = new BulletinJsonWriter();
        using var stream = new CountingStream();
        writer.Write(stream, analysis, indented);
        Assert.Equal(writer.ToJson(analysis, indented), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        // Handed on in pieces while the mentions are written, not as one buffer at the end.
        Assert.True(stream.Writes > 10, $"{stream.Writes} writes");
    }
}
