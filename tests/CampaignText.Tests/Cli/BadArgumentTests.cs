#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Cli;

/// <summary>Every verb with empty strings, huge numbers, typos and outputs that are inputs: one line and exit 1 or 2.</summary>
public sealed class BadArgumentTests : IClassFixture<BadArgumentTests.Corpus>
{
    private readonly Corpus _corpus;

    public BadArgumentTests(Corpus corpus) => _corpus = corpus;

    /// <summary>A folder with one bulletin and its index, shared by the cases.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            File.WriteAllText(FilePath, "延庆区创城工作简报\n第 12 期\n2021年7月2日\n延庆镇开展环境整治，清理卫生死角三十余处。\n");
            var (code, _, error) = CliRunner.Run("index", Folder, "--db", Db, "--quiet");
            Assert.True(code == 0, error);
        }

        public string Root { get; } = Directory.CreateTempSubdirectory("campaigntext-args-").FullName;

        public string Folder => Path.Combine(Root, "in");

        public string FilePath => Path.Combine(Directory.CreateDirectory(Folder).FullName, "a.txt");

        public string Db => Path.Combine(Root, "corpus.db");

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    /// <summary>Each row ends in one clear line and its exit code.</summary>
    [SpecTheory(Extension = "tsv")]
    public void BadArguments(string id)
    {
        var (line, c) = SpecCases.Row(typeof(BadArgumentTests), nameof(BadArguments), id, 3);
        var (args, code, message) = (c[0], c[1], c[2]);
        string[] argv = args.Split('|').Select(a => a
            .Replace("{empty}", string.Empty, StringComparison.Ordinal)
            .Replace("{dir}", _corpus.Folder, StringComparison.Ordinal)
            .Replace("{file}", _corpus.FilePath, StringComparison.Ordinal)
            .Replace("{db}", _corpus.Db, StringComparison.Ordinal)).ToArray();
        var (exit, output, error) = CliRunner.Run(argv);
        string where = $"bad-arguments.tsv line {line} ({args}): exit {exit}, stderr «{error}», stdout «{output[..Math.Min(200, output.Length)]}»";
        Assert.True(exit == int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), where);
        Assert.True(error.Contains(message, StringComparison.Ordinal), where);
        Assert.False(error.Contains("   at ", StringComparison.Ordinal), where);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, where);
        Assert.True(File.Exists(_corpus.FilePath) && new FileInfo(_corpus.FilePath).Length > 0, where + ": the input was touched");
    }

    [Fact]
    public void AThousandOneCharacterWordsAreAUsageError()
    {
        var (exit, _, error) = CliRunner.Run("search", _corpus.Db, string.Join(' ', Enumerable.Repeat("文", 1000)));
        Assert.Equal(1, exit);
        Assert.Contains("at most 64 words", error);
    }

    /// <summary>Standard output on a full disk: every write fails.</summary>
    private sealed class FullDiskWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");

        public override void Flush() => throw new IOException("No space left on device");
    }

    [Theory]
    [InlineData("analyze|{file}|--format|jsonl")]
    [InlineData("analyze|{file}|--format|text")]
    [InlineData("segment|{file}")]
    [InlineData("keywords|{file}")]
    [InlineData("extract|{file}")]
    [InlineData("search|{db}|卫生死角")]
    [InlineData("stats|{db}|--by|district")]
    public void AFullDiskOnStandardOutputEndsInOneLine(string args)
    {
        string[] argv = args.Split('|').Select(a => a.Replace("{file}", _corpus.FilePath, StringComparison.Ordinal).Replace("{db}", _corpus.Db, StringComparison.Ordinal)).ToArray();
        var error = new StringWriter();
        int exit = CampaignText.Cli.Program.Run(argv, TextReader.Null, new FullDiskWriter(), error);
        Assert.True(exit == 2, $"{args}: exit {exit}, {error}");
        Assert.Contains("No space left on device", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
