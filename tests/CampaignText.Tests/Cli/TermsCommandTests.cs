#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Cli;

/// <summary>Indexes the three hand-counted bulletins of Specs/Terms/fixture once.</summary>
[UsesSpecFiles("Terms/*.csv", "Terms/extra-stopwords.txt", "Terms/fixture/*.txt")]
public sealed class TermsFixture : IDisposable
{
    public TermsFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("campaigntext-terms-").FullName;
        Db = Path.Combine(Directory, "terms.db");
        Code = CliRunner.Run("index", Source, "--db", Db, "--quiet").Code;
    }

    public static string Source => SpecFiles.PathOf(Path.Combine("Terms", "fixture"));

    public string Directory { get; }

    public string Db { get; }

    public int Code { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

[SpecFolder("Terms")]
public sealed class TermsCommandTests(TermsFixture fixture) : IClassFixture<TermsFixture>
{
    /// <summary>Each table of Specs/Terms/cases.tsv matches the hand count.</summary>
    [SpecTheory(Extension = "tsv")]
    public void Cases(string id)
    {
        var (line, c) = SpecCases.Row(typeof(TermsCommandTests), nameof(Cases), id, 3);
        var (name, arguments, expectedFile) = (c[0], c[1], c[2]);
        Assert.Equal(0, fixture.Code);
        var args = arguments.Replace("{fixture}", TermsFixture.Source, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (code, output, error) = CliRunner.Run(["terms", fixture.Db, .. args, "--format", "csv"]);
        Assert.True(code == 0, $"cases.tsv:{line} {name}: exit {code}: {error}");
        var expected = SpecFiles.ReadLines(Path.Combine("Terms", expectedFile)).ToArray();
        Assert.Equal(expected, Lines(output));
    }

    [Fact]
    public void TablesComeAsJsonWithNumbersAndAsATerminalTable()
    {
        var (code, output, _) = CliRunner.Run("terms", fixture.Db, "--collocations", "--min-count", "2", "--top", "1", "--format", "json");
        Assert.Equal(0, code);
        var row = Assert.Single(System.Text.Json.JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("参与 垃圾分类", row.GetProperty("collocation").GetString());
        Assert.Equal(3, row.GetProperty("count").GetInt32());
        Assert.Equal(16.574, row.GetProperty("loglik").GetDouble(), 3);

        var table = CliRunner.Run("terms", fixture.Db, "--top", "2");
        Assert.Equal(0, table.Code);
        Assert.Contains("│ 居民", table.Output, StringComparison.Ordinal);
        Assert.Contains("│ 志愿者", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("清理", table.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "colour")]
    [InlineData("--keyness", "district")]
    [InlineData("--keyness", "colour=red")]
    [InlineData("--keyness", "district=朝阳区")]
    [InlineData("--ngrams", "0")]
    [InlineData("--min-count", "0")]
    [InlineData("--collocations", "--by", "year")]
    [InlineData("--collocations", "--ngrams", "2")]
    public void BadFlagsAreOneUsageLine(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(["terms", fixture.Db, .. args]);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(Lines(error));
    }

    [Fact]
    public void KeynessOfAnUnknownGroupListsTheGroups()
    {
        var (_, _, error) = CliRunner.Run("terms", fixture.Db, "--keyness", "district=朝阳区");
        Assert.Equal("campaigntext: --keyness: no bulletins with district 朝阳区 (there are: 东城区, 西城区)", error.Trim());
    }

    [Fact]
    public void AMissingStopWordFileIsOneLineNamingIt()
    {
        var missing = Path.Combine(fixture.Directory, "none.txt");
        var (code, _, error) = CliRunner.Run("terms", fixture.Db, "--stopwords", missing);
        Assert.Equal(2, code);
        Assert.Equal($"{missing}: no such stop-word file", error.Trim());
    }

    [Fact]
    public void KeywordsLeaveOutTheStopLists()
    {
        var file = Path.Combine(SpecFiles.RepoRoot, "corpus", "2020", "chaoyang-2020-127.txt");
        string[] stops = ["街道", "开展", "工作", "全区", "社区", "进行"];
        var (code, output, _) = CliRunner.Run("keywords", file, "--top", "30");
        Assert.Equal(0, code);
        var words = Lines(output).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(30, words.Count);
        foreach (var stop in stops) Assert.DoesNotContain(stop, words);

        // Without the lists (jieba's English ones only) they are there.
        var plain = Lines(CliRunner.Run("keywords", file, "--top", "30", "--no-default-stopwords").Output).Select(l => l.Split('\t')[0]);
        Assert.Contains(plain, stops.Contains);
    }

    [Fact]
    public void StatsKeywordsLeaveOutTheStopLists()
    {
        var (code, output, _) = CliRunner.Run("stats", fixture.Db, "--by", "district", "--keywords", "20", "--format", "csv");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(3, lines.Count);
        Assert.Equal("district,keywords", lines[0]);
        // Every word of each district's paragraphs but the campaign stop word 落实 (西城区: 商户落实门前三包).
        Assert.Equal(["东城区", "劝导 参与 垃圾分类 堆物 居民 志愿者 文明养犬 楼道 清理"], Sorted(lines[1]));
        Assert.Equal(["西城区", "参与 商户 垃圾分类 居民 志愿者 河道 清理 门前三包"], Sorted(lines[2]));

        static string[] Sorted(string line) => [line.Split(',')[0], string.Join(' ', line.Split(',')[1].Split(' ').Order(StringComparer.Ordinal))];
    }

    private static List<string> Lines(string output) => output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
