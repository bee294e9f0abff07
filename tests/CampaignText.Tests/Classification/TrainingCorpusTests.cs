using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

public sealed class TrainingCorpusTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-labels-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void EveryLabelLinesUpWithAParsedParagraph()
    {
        // Load checks each row against the parse (index exists, section category equals the label);
        // here every row of labels.csv must have come back with text.
        int rows = File.ReadLines(Path.Combine(SpecFiles.RepoRoot, "corpus", "labels.csv")).Skip(1).Count(l => l.Length > 0);
        Assert.Equal(rows, corpus.Examples.Count);
        Assert.All(corpus.Examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
    }

    [Theory]
    [InlineData("creation")]
    [InlineData("exchange")]
    [InlineData("briefs")]
    [InlineData("dispatch")]
    [InlineData("inspection")]
    public void EachCoreCategoryHasAtLeast80Paragraphs(string category)
    {
        Assert.True(corpus.Examples.Count(e => e.Category == category) >= 80, category);
    }

    [Fact]
    public void ALabelThatDisagreesWithTheHeadingIsReportedWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处，整治背街小巷十二条。\n");
        File.WriteAllText(Path.Combine(_dir, "labels.csv"), "document,paragraph,category\na.txt,0,creation\na.txt,0,creation\n");
        var twice = Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(_dir));
        Assert.Contains("labels.csv:3", twice.Message);

        File.WriteAllText(Path.Combine(_dir, "labels.csv"), "document,paragraph,category\na.txt,0,dispatch\n");
        var wrong = Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(_dir));
        Assert.Contains("labels.csv:2", wrong.Message);
        Assert.Contains("creation", wrong.Message);

        File.WriteAllText(Path.Combine(_dir, "labels.csv"), "document,paragraph,category\na.txt,5,creation\n");
        Assert.Contains("no paragraph 5", Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(_dir)).Message);

        File.WriteAllText(Path.Combine(_dir, "labels.csv"), "document,paragraph,category\na.txt,0,creation\n");
        var one = Assert.Single(TrainingCorpus.Load(_dir));
        Assert.Equal(("a.txt", 0, "creation"), (one.Document, one.Index, one.Category));
    }

    [Fact]
    public void AMissingLabelsFileIsNamed()
    {
        var ex = Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(Path.Combine(_dir, "nowhere")));
        Assert.Contains("labels.csv", ex.Message);
    }
}
