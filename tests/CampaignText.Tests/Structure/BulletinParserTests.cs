using System.Diagnostics;
using System.Text;
using CampaignText.Structure;
using CsCheck;

namespace CampaignText.Tests.Structure;

public class BulletinParserTests
{
    private const string Article =
        "【文明创建】\n\n区里召开 2021 年文明城区创建推进会\n\n会议听取了各街道工作汇报，部署了下一阶段 12 项重点任务，要求各单位对照测评体系抓好整\n\n- 3 -\n\n改落实。\n\n（区文明办）\n\n";

    [Fact]
    public void ParsesALargeDocumentCompletely()
    {
        // About 4 MB of text parses to every article and paragraph it holds; how the time grows with the
        // size is measured in ParserScalingBenchmarks, not here.
        var text = Repeat(4_000_000);
        var document = BulletinParser.Default.Parse(text);
        int articles = text.Split("（区文明办）").Length - 1;
        Assert.True(articles > 20_000, $"only {articles} articles generated");
        Assert.Equal(articles, document.Sections.Sum(static s => s.Articles.Count));
        Assert.Equal(articles, document.Paragraphs.Count());
    }

    [Fact]
    public void ParsesOneHugeLineWithoutBlowingUp()
    {
        var line = new StringBuilder();
        while (line.Length < 3_000_000)
        {
            line.Append("各单位要持续推进文明城区创建工作，巩固提升创建成果（试行");
        }

        var elapsed = Time(() => BulletinParser.Default.Parse(line.ToString()));
        Assert.True(elapsed.TotalSeconds < 20, $"one 3 MB line took {elapsed.TotalSeconds:F2}s");
    }

    [Fact]
    public void LargeDocumentKeepsEveryArticle()
    {
        var text = Repeat(200_000);
        var document = BulletinParser.Default.Parse(text);
        var expectedArticles = text.Split("（区文明办）").Length - 1;
        Assert.Equal(expectedArticles, document.Sections.Sum(static s => s.Articles.Count));
        Assert.All(document.Paragraphs, static p => Assert.Equal("会议听取了各街道工作汇报，部署了下一阶段12项重点任务，要求各单位对照测评体系抓好整改落实。", p.Text));
    }

    [Fact]
    public void ParagraphIndexesAreConsecutive()
    {
        var document = BulletinParser.Default.Parse(Repeat(20_000));
        Assert.Equal(Enumerable.Range(0, document.Paragraphs.Count()), document.Paragraphs.Select(static p => p.Index));
    }

    [Fact]
    public void ParsingTheSameTextOnManyThreadsGivesTheSameResult()
    {
        var text = Repeat(50_000);
        var expected = BulletinParser.Default.Parse(text).Paragraphs.Select(static p => p.Text).ToArray();
        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = BulletinParser.Default.Parse(text).Paragraphs.Select(static p => p.Text).ToArray());
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void SpansStayInsideTheTextAndInOrder()
    {
        Gen.String[Gen.Char["【】（）()。，、：简讯第期文明创建区12 \n*#-"], 0, 400].Sample(text =>
        {
            var document = BulletinParser.Default.Parse(text);
            var previousEnd = 0;
            foreach (var p in document.Paragraphs)
            {
                Assert.InRange(p.Source.Start, previousEnd, text.Length);
                Assert.InRange(p.Source.End, p.Source.Start + 1, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(p.Text));
                previousEnd = p.Source.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void ParagraphTextsNeverKeepLineBreaks()
    {
        Gen.String[Gen.Char["文明创建区要，。\n\n- 2"], 0, 300].Sample(text =>
        {
            foreach (var p in BulletinParser.Default.Parse(text).Paragraphs)
            {
                Assert.DoesNotContain('\n', p.Text);
            }
        }, iter: 2000);
    }

    [Fact]
    public void EmptyTextGivesAnEmptyDocument()
    {
        var document = BulletinParser.Default.Parse(string.Empty);
        Assert.True(document.Masthead.IsEmpty);
        Assert.True(document.Footer.IsEmpty);
        Assert.Empty(document.Sections);
        Assert.Null(document.Title);
    }

    [Fact]
    public void NullTextIsRejected() => Assert.Throws<ArgumentNullException>(() => BulletinParser.Default.Parse(null!));

    [Theory]
    [InlineData("文明创建", "creation")]
    [InlineData("工 作 交 流", "exchange")]
    [InlineData("简讯", "briefs")]
    [InlineData("指挥调度", "dispatch")]
    [InlineData("检查督导", "inspection")]
    [InlineData("文明实践", "practice")]
    [InlineData("没有这个栏目", "other")]
    [InlineData(null, "other")]
    public void SectionCategoriesResolveHeadings(string? heading, string id) => Assert.Equal(id, SectionCategories.Resolve(heading));

    [Fact]
    public void CategoryIdsAreLowercaseAscii() =>
        Assert.All(SectionCategories.Headings.Values, static id => Assert.Matches("^[a-z]+$", id));

    private static string Repeat(int length)
    {
        var builder = new StringBuilder("首都精神文明建设情况简报\n第 1 期\n首都精神文明办\n2021年3月5日\n\n", length + Article.Length);
        while (builder.Length < length)
        {
            builder.Append(Article);
        }

        builder.Append("责编：王晓燕\n");
        return builder.ToString();
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }
}
