using System.Text.Json.Nodes;
using CampaignText.Cli.Commands;

namespace CampaignText.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-analyze-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Bulletin = "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处。\n（延庆区文明办）\n责编：刘晨\n";

    [Fact]
    public void JsonForOneFileIsOneObject()
    {
        var path = WriteFile("a.txt", Bulletin);
        var (code, output, error) = Run([path], "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(path, json["source"]!.GetValue<string>());
        Assert.Equal("延庆区创城工作简报", json["publication"]!.GetValue<string>());
    }

    [Fact]
    public void JsonForSeveralFilesIsAnArray()
    {
        var a = WriteFile("a.txt", Bulletin);
        var b = WriteFile("b.md", "# 延庆区创城工作简报\n\n第 13 期\n\n## 【简讯】\n\n【志愿服务】 香水园街道：近日，开展文明引导。\n");
        var (code, output, _) = Run([a, b], "json");
        Assert.Equal(0, code);
        var array = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(2, array.Count);
        Assert.Equal(13, array[1]!["issue"]!.GetValue<int>());
    }

    [Fact]
    public void UnreadableFileIsReportedAndTheOthersStillAnalysed()
    {
        var a = WriteFile("a.txt", Bulletin);
        var missing = Path.Combine(_dir, "missing.txt");
        var (code, output, error) = Run([missing, a], "jsonl");
        Assert.Equal(2, code);
        Assert.Equal($"{missing}: file not found", error.Trim());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Equal(a, JsonNode.Parse(lines[0])!["source"]!.GetValue<string>());
    }

    [Fact]
    public void TextFormatPrintsAnOutline()
    {
        var (code, output, _) = Run([WriteFile("a.txt", Bulletin)], "text");
        Assert.Equal(0, code);
        Assert.Contains("publication: 延庆区创城工作简报", output, StringComparison.Ordinal);
        Assert.Contains("【文明创建】 creation", output, StringComparison.Ordinal);
        Assert.Contains("延庆镇开展环境整治  — 延庆区文明办", output, StringComparison.Ordinal);
        Assert.Contains("editor: 刘晨", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLineParsesFilesAndFormat()
    {
        var path = WriteFile("a.txt", Bulletin);
        var root = new System.CommandLine.RootCommand { AnalyzeCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = root.Parse(["analyze", path, "--format", "jsonl"]);
        parse.InvocationConfiguration.Output = output;
        parse.InvocationConfiguration.Error = error;
        Assert.Equal(0, parse.Invoke());
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));

        Assert.NotEmpty(root.Parse(["analyze", path, "--format", "xml"]).Errors);
        Assert.NotEmpty(root.Parse(["analyze"]).Errors);
    }

    private static (int Code, string Output, string Error) Run(string[] files, string format)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AnalyzeCommand.Run(files, format, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
