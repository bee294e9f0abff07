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
    public void OtherAlgorithmsFallBackToMlNet()
    {
        var small = corpus.Examples.Where((_, i) => i % 4 == 0).ToArray();
        var model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1, Algorithm = ClassifierAlgorithm.Perceptron }).Train(small);
        Assert.False(model.HasFastScorer);
        var text = corpus.Examples[1].Text;
        Assert.Equal(model.PredictWithEngine(text).Select(x => (double)x), model.Probabilities(text));
    }
}
