using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

public sealed class LinearScorerTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void TheFastScorerGivesMlNetsProbabilities()
    {
        var model = ParagraphClassifier.Embedded;
        Assert.True(model.HasFastScorer);
        string[] odd = ["|||", "a|b|c", "１２３", "ABC abc", "😀文明😀", "！？。", "一", "创建 文明\u3000城区", "x"];
        foreach (var text in corpus.Examples.Select(e => e.Text).Concat(odd))
        {
            var fast = model.Probabilities(text);
            var slow = model.PredictWithEngine(text);
            Assert.Equal(slow.Length, fast.Count);
            for (int c = 0; c < slow.Length; c++)
            {
                Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4, $"{text[..Math.Min(20, text.Length)]}: class {c} {fast[c]} vs {slow[c]}");
            }
        }
    }

    [Fact]
    public void CharactersOnlyModelsUseTheFastScorerToo()
    {
        var small = corpus.Examples.Where((_, i) => i % 4 == 0).ToArray();
        var model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1, Features = ClassifierFeatures.CharactersOnly }).Train(small);
        Assert.True(model.HasFastScorer);
        foreach (var text in corpus.Examples.Where((_, i) => i % 4 == 1).Select(e => e.Text))
        {
            var fast = model.Probabilities(text);
            var slow = model.PredictWithEngine(text);
            for (int c = 0; c < slow.Length; c++) Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4);
        }
    }

    [Fact]
    public void WordsAndCharactersModelsWithoutTheLeadUseTheFastScorerToo()
    {
        var small = corpus.Examples.Where((_, i) => i % 4 == 0).ToArray();
        var model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1, Features = ClassifierFeatures.WordsAndCharacters }).Train(small);
        Assert.True(model.HasFastScorer);
        Assert.Equal("words+chars", model.Features);
        foreach (var text in corpus.Examples.Where((_, i) => i % 4 == 1).Select(e => e.Text).Append("近日"))
        {
            var fast = model.Probabilities(text);
            var slow = model.PredictWithEngine(text);
            for (int c = 0; c < slow.Length; c++) Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4);
        }
    }

    [Fact]
    public void ContextModelsScoreTheContextLikeMlNet()
    {
        var small = corpus.Examples.Where((_, i) => i % 4 == 0).ToArray();
        var model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1 }).Train(small);
        Assert.True(model.HasFastScorer);
        Assert.Equal("words+chars+lead+context", model.Features);
        ParagraphContext[] contexts =
        [
            ParagraphContext.None,
            new("区创城办召开第五次调度会", null, 0, 3),
            new(null, "他山之石", 1, 3),
            new("关于9月份实地督查情况的通报", "工作动态", 2, 3),
            new("  ", " ", 5, 9),
        ];
        foreach (var text in corpus.Examples.Where((_, i) => i % 4 == 1).Take(40).Select(e => e.Text))
        {
            foreach (var context in contexts)
            {
                var fast = model.Probabilities(text, context);
                var slow = model.PredictWithEngine(text, context);
                for (int c = 0; c < slow.Length; c++) Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4, $"{context}: class {c} {fast[c]} vs {slow[c]}");
            }
        }
    }

    [Fact]
    public void TheKeptContextScoresBelongToOneModelAndOneContext()
    {
        // The scorer keeps the context block's scores of the last context it saw on the thread; two
        // models taking turns on the same paragraphs and contexts must each still give their own engine's figures.
        var small = corpus.Examples.Where((_, i) => i % 4 == 2).ToArray();
        var other = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 3 }).Train(small);
        var shipped = ParagraphClassifier.Embedded;
        Assert.True(other.HasFastScorer && shipped.HasFastScorer);
        ParagraphContext[] contexts =
        [
            new("区文明办开展周末卫生大扫除", null, 2, 6), new("区文明办开展周末卫生大扫除", null, 3, 6), new("关于第三季度测评情况的通报", null, 2, 6),
            // one article read in order: the title's n-grams are kept, the position's looked up per paragraph
            new("关于第三季度测评情况的通报", null, 0, 5), new("关于第三季度测评情况的通报", null, 1, 5), new("关于第三季度测评情况的通报", null, 4, 5),
            new("关于第三季度测评情况的通报", "工作动态", 4, 5) { Part = "一、总体情况" }, new("关于第三季度测评情况的通报", "工作动态", 0, 1) { Part = "一、总体情况" },
            // a title holding a private-use character that is also a position mark is scored whole
            new("\uE011区\uE012", null, 0, 3), new("\uE011区\uE012", null, 1, 3), new("城", null, 2, 3), new(null, null, 1, 3),
        ];
        foreach (var context in contexts)
        {
            foreach (var text in corpus.Examples.Where((_, i) => i % 4 == 3).Take(12).Select(e => e.Text))
            {
                foreach (var model in new[] { other, other, shipped, shipped, other })
                {
                    var fast = model.Probabilities(text, context);
                    var slow = model.PredictWithEngine(text, context);
                    for (int c = 0; c < slow.Length; c++) Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4, $"{context}: class {c} {fast[c]} vs {slow[c]}");
                }
            }
        }
    }

    [Fact]
    public void TheTitleMovesTheLabel()
    {
        // The same neutral paragraph under an inspection notice's title and under a dispatch meeting's title.
        const string text = "会议结束后，各街道对照清单逐项落实，相关情况已报区创城办。";
        var model = ParagraphClassifier.Embedded;
        var underNotice = model.Probabilities(text, new ParagraphContext("关于10月份创城暗访情况的通报", null, 1, 3));
        var underMeeting = model.Probabilities(text, new ParagraphContext("区创城指挥部召开第八次调度会", null, 1, 3));
        int inspection = model.Categories.ToList().IndexOf("inspection"), dispatch = model.Categories.ToList().IndexOf("dispatch");
        Assert.True(underNotice[inspection] > underMeeting[inspection]);
        Assert.True(underMeeting[dispatch] > underNotice[dispatch]);
    }

    [Fact]
    public void OtherAlgorithmsFallBackToMlNet()
    {
        var small = corpus.Examples.Where((_, i) => i % 4 == 0).ToArray();
        var model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1, Algorithm = ClassifierAlgorithm.Perceptron }).Train(small);
        Assert.False(model.HasFastScorer);
        var text = corpus.Examples[1].Text;
        Assert.Equal(model.PredictWithEngine(text).Select(x => (double)x), model.Probabilities(text));
    }
}
