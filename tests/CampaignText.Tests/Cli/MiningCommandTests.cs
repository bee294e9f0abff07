using System.Text.Json;
using CampaignText.Cli;

namespace CampaignText.Tests.Cli;

public sealed class MiningCommandTests : IDisposable
{
    private const string Bulletin = "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处。\n（延庆区文明办）\n责编：刘晨\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-mine-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private string Input()
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(Path.Combine(input, "nested"));
        File.WriteAllText(Path.Combine(input, "good.txt"), Bulletin);
        File.WriteAllText(Path.Combine(input, "empty.txt"), string.Empty);
        var binary = new byte[512];
        new Random(7).NextBytes(binary);
        binary[10] = 0;
        File.WriteAllBytes(Path.Combine(input, "nested", "binary.txt"), binary);
        return input;
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void EveryInputFileIsAccountedForAndFailuresGiveExitCode2(string format)
    {
        var input = Input();
        var target = Path.Combine(_dir, format == "jsonl" ? "out.jsonl" : "out");
        var (code, output, error) = Run("analyze", input, "--out", target, "--format", format, "--jobs", "2");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(Path.Combine(input, "empty.txt") + ": ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(input, "nested", "binary.txt") + ": ", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 analysed, 2 failed", lines[2]);
        if (format == "jsonl")
        {
            var rows = File.ReadAllLines(target);
            Assert.Single(rows);
            Assert.Equal(Path.Combine(input, "good.txt"), JsonDocument.Parse(rows[0]).RootElement.GetProperty("source").GetString());
        }
        else
        {
            Assert.Equal(["documents", "mentions", "paragraphs", "sections"], Directory.GetFiles(target).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void AFileThatIsGoneBeforeItIsReadIsReportedAndTheRestAnalysed()
    {
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, Bulletin);
        var gone = Path.Combine(_dir, "gone.txt");
        var target = Path.Combine(_dir, "out.jsonl");
        var (code, _, error) = Run("analyze", good, gone, "--out", target, "--format", "jsonl", "--quiet");
        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(gone + ": ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("1 analysed, 1 failed", lines[1]);
        Assert.Single(File.ReadAllLines(target));
    }

    [Fact]
    public void OutputIsTheSameWhateverTheNumberOfJobs()
    {
        var input = Path.Combine(SpecFiles.RepoRoot, "corpus", "2021");
        var one = Path.Combine(_dir, "one.jsonl");
        var two = Path.Combine(_dir, "two.jsonl");
        Assert.Equal(0, Run("analyze", input, "--out", one, "--format", "jsonl", "--jobs", "1").Code);
        var (code, _, error) = Run("analyze", input, "--out", two, "--format", "jsonl", "--jobs", "2", "--quiet");
        Assert.Equal(0, code);
        var sources = File.ReadAllLines(two).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).ToList();
        Assert.True(sources.Count >= 5);
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.Equal($"{sources.Count} analysed, 0 failed", error.Trim());
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
    }

    [Fact]
    public void WithoutOutAnalyzeStillPrintsToStandardOutputAndReadsDirectories()
    {
        var input = Input();
        var (code, output, error) = Run("analyze", input, "--format", "jsonl");
        Assert.Equal(2, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void TablesWithoutOutAndJsonlIntoADirectoryAreUsageErrors()
    {
        Assert.Equal(1, Run("analyze", _dir, "--format", "csv").Code);
        Assert.Equal(1, Run("analyze", _dir, "--format", "jsonl", "--out", _dir).Code);
        Assert.Equal(1, Run("analyze", _dir, "--format", "json", "--out", Path.Combine(_dir, "x.json")).Code);
    }
}
