using CampaignText.Classification;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Classification;

public sealed class ArticleSmoothingTests
{
    [Fact]
    public void AParagraphInDoubtTakesItsArticlesReading()
    {
        double[][] rows = [[0.1, 0.9, 0.0], [0.2, 0.8, 0.0], [0.45, 0.4, 0.15]];
        ArticleSmoothing.Smooth(rows);
        Assert.True(rows[2][1] > rows[2][0], "the third paragraph now reads like the other two");
        Assert.True(rows[0][1] > 0.8, "a sure paragraph of the same reading stays sure");
        foreach (var row in rows) Assert.Equal(1.0, row.Sum(), 9);
    }

    [Fact]
    public void ASingleParagraphAndEmptyRowsAreLeftAsTheyAre()
    {
        double[][] rows = [[0.3, 0.7], []];
        ArticleSmoothing.Smooth(rows);
        Assert.Equal([0.3, 0.7], rows[0]);
        Assert.Empty(rows[1]);
    }

    [Fact]
    public void WeightZeroChangesNothingAndWeightOneGivesEveryParagraphTheSameReading()
    {
        double[][] rows = [[0.2, 0.8], [0.6, 0.4]];
        ArticleSmoothing.Smooth(rows, 0);
        Assert.Equal([0.2, 0.8], rows[0]);
        ArticleSmoothing.Smooth(rows, 1);
        Assert.Equal(rows[0][0], rows[1][0], 12);
        Assert.Equal(rows[0][1], rows[1][1], 12);
    }

    [Fact]
    public void RowsOfDifferentLengthsAreRefused() =>
        Assert.Throws<ArgumentException>(() => ArticleSmoothing.Smooth([[0.5, 0.5], [0.2, 0.3, 0.5]]));

    [Fact]
    public void TheEmbeddedModelReadsAnArticleAsTheSmoothedMeanOfItsParagraphs()
    {
        var model = ParagraphClassifier.Embedded;
        string[] texts =
        [
            "近日，市创城督查组对城东区三个街道开展暗访督查，共检查点位42个，发现问题37个。",
            "东门菜市场周边占道经营现象突出，部分商户把货架摆上人行道。",
            "督查组要求相关街道立即整改，7日内报送整改情况，市创城办将组织复查。",
        ];
        var contexts = texts.Select((_, i) => new ParagraphContext("城东区文明城市创建暗访督查情况通报", null, i, texts.Length)).ToArray();
        var labels = model.PredictArticle(texts, contexts);

        double[][] expected = [.. texts.Select((t, i) => model.Probabilities(t, contexts[i]).ToArray())];
        ArticleSmoothing.Smooth(expected);
        for (int i = 0; i < texts.Length; i++)
        {
            int best = Array.IndexOf(expected[i], expected[i].Max());
            Assert.Equal(model.Categories[best], labels[i]!.Category);
            Assert.Equal(Math.Round(expected[i][best], 4), labels[i]!.Confidence);
        }
    }

    [Fact]
    public void AOneParagraphArticleGetsThePlainPrediction()
    {
        var model = ParagraphClassifier.Embedded;
        var context = new ParagraphContext(null, null, 0, 1);
        const string Text = "区文明办召开创城工作调度会，通报上周测评排名，要求各街道倒排工期、挂图作战。";
        Assert.Equal(model.Predict(Text, context), model.PredictArticle([Text], [context])[0]);
    }

    [Fact]
    public void ThePipelineReadsAHeadlessPageAsADocumentOfArticles()
    {
        const string Page = "城东区开展创城暗访督查\n\n近日，市创城督查组对城东区三个街道开展暗访督查，共检查点位42个，发现问题37个。\n\n东门菜市场周边占道经营现象突出，部分商户把货架摆上人行道。\n\n督查组要求相关街道立即整改，7日内报送整改情况，市创城办将组织复查。\n";
        var analysis = CampaignPipeline.CreateDefault().Analyze(Page, "page.txt");
        var article = analysis.Document.Sections.SelectMany(s => s.Articles).Single(a => a.Paragraphs.Count == 3);
        var texts = article.Paragraphs.Select(p => p.Text).ToArray();
        var contexts = texts.Select((_, i) => new ParagraphContext(article.Title ?? analysis.Document.Title, null, i, texts.Length)).ToArray();
        var expected = ParagraphClassifier.Embedded.PredictDocument([texts], [contexts])[0];
        for (int i = 0; i < texts.Length; i++) Assert.Equal(expected[i], analysis.LabelOf(article.Paragraphs[i].Index));
    }

    [Fact]
    public void TheEmbeddedModelReadsADocumentAsItsArticlesThenAsAWhole()
    {
        var model = ParagraphClassifier.Embedded;
        string[][] texts =
        [
            ["今年以来，城西街道把经验做法总结为“三个到位”，在全区交流推广。", "组织到位。街道成立创城专班，书记任组长，每周一召开碰头会，明确每个社区的责任人。"],
            ["宣传到位。各社区组建宣传小分队，入户发放倡议书两千余份，在小区门口设置公益广告。"],
        ];
        ParagraphContext[][] contexts = [.. texts.Select(a => a.Select((_, i) => new ParagraphContext(null, null, i, a.Length)).ToArray())];
        var labels = model.PredictDocument(texts, contexts);

        double[][][] expected = [.. texts.Select((a, k) => a.Select((t, i) => model.Probabilities(t, contexts[k][i]).ToArray()).ToArray())];
        foreach (var article in expected) ArticleSmoothing.Smooth(article);
        ArticleSmoothing.Smooth([.. expected.SelectMany(a => a)], ArticleSmoothing.DocumentWeight);
        for (int a = 0; a < texts.Length; a++)
        {
            Assert.Equal(texts[a].Length, labels[a].Count);
            for (int i = 0; i < texts[a].Length; i++)
            {
                int best = Array.IndexOf(expected[a][i], expected[a][i].Max());
                Assert.Equal(model.Categories[best], labels[a][i]!.Category);
                Assert.Equal(Math.Round(expected[a][i][best], 4), labels[a][i]!.Confidence);
            }
        }
    }

    [Fact]
    public void AOneArticleDocumentIsReadAsItsArticle()
    {
        var model = ParagraphClassifier.Embedded;
        string[] texts = ["近日，市创城督查组对城东区三个街道开展暗访督查，共检查点位42个，发现问题37个。", "督查组要求相关街道立即整改，7日内报送整改情况。"];
        ParagraphContext[] contexts = [new(null, null, 0, 2), new(null, null, 1, 2)];
        Assert.Equal(model.PredictArticle(texts, contexts), model.PredictDocument([texts], [contexts])[0]);
    }

    [Fact]
    public void ADocumentWithAContextListShortOfItsTextsIsRefused()
    {
        var model = ParagraphClassifier.Embedded;
        Assert.Throws<ArgumentException>(() => model.PredictDocument([["近日，街道开展创城宣传活动。", "社区志愿者清理楼道杂物。"]], [[ParagraphContext.None]]));
        Assert.Throws<ArgumentException>(() => model.PredictDocument([["近日，街道开展创城宣传活动。"]], []));
    }

    [Fact]
    public void AClassifierWithoutDocumentReadingLabelsEachArticleAsItReadsArticles()
    {
        IParagraphClassifier byLength = new LengthClassifier();
        var labels = byLength.PredictDocument([["短句。", "这一段明显要长得多的文字。"], ["又一段稍长的文字。"]], [[ParagraphContext.None, ParagraphContext.None], [ParagraphContext.None]]);
        Assert.Equal(["short", "long"], labels[0].Select(l => l!.Category));
        Assert.Equal("long", labels[1].Single()!.Category);
    }

    // Labels by length alone: a classifier that implements only Predict.
    private sealed class LengthClassifier : IParagraphClassifier
    {
        public ParagraphLabel? Predict(string text) => new(text.Length < 5 ? "short" : "long", 1);
    }
}
