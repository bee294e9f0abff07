using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

[UsesSpecFiles("Classification/bad-labels.tsv")]
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

    /// <summary>Specs/Classification/bad-labels.tsv: a labels row TAB the error it must give.</summary>
    public static TheoryData<string, string> BadRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in SpecFiles.ReadLines("Classification/bad-labels.tsv").Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void ABadLabelsRowIsReportedWithFileAndLine(string row, string message)
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处，整治背街小巷十二条。\n");
        string labels = Path.Combine(_dir, "mine.csv");
        File.WriteAllText(labels, "document,paragraph,category\n" + row + "\n");
        var ex = Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(_dir, labels));
        Assert.Contains("mine.csv:2", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void AHeadlessParagraphTakesTheLabellersCategoryAndItsContext()
    {
        File.WriteAllText(Path.Combine(_dir, "n.txt"), "关于第三季度创城实地督查情况的通报\n\n区创城办组织督查组对各街道进行了实地督查，共发现问题一百二十个，已整改九十个。\n\n各街道要在十日内完成整改，区创城办将组织复查。\n");
        File.WriteAllText(Path.Combine(_dir, "labels.csv"), "document,paragraph,category\nn.txt,0,inspection\nn.txt,1,dispatch\n");
        var rows = TrainingCorpus.Load(_dir);
        Assert.Equal(["inspection", "dispatch"], rows.Select(r => r.Category));
        Assert.All(rows, r => Assert.True(r.Headless));
        Assert.Equal(new ParagraphContext("关于第三季度创城实地督查情况的通报", null, 0, 2), rows[0].Context);
        Assert.Equal(1, rows[1].Context.Position);
    }

    [Fact]
    public void CorpusParagraphsUnderCoreHeadingsAreNotHeadlessAndHideTheirHeading()
    {
        var rows = corpus.Examples;
        var headed = rows.Where(r => !r.Headless && ClassifierTrainerOptions.CoreCategories.Contains(r.Category)).ToList();
        Assert.NotEmpty(headed);
        Assert.All(headed, r => Assert.Null(r.Context.Heading));
        Assert.Contains(rows, r => !r.Headless && r.Category == "publicity" && r.Context.Heading == "宣传教育");
        Assert.Contains(rows, r => r.Headless && r.Context.Title is not null);
    }

    [Fact]
    public void AMissingLabelsFileIsNamed()
    {
        var ex = Assert.Throws<CampaignTextException>(() => TrainingCorpus.Load(Path.Combine(_dir, "nowhere")));
        Assert.Contains("labels.csv", ex.Message);
    }
}
