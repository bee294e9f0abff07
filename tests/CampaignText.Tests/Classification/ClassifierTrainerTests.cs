using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

public sealed class ClassifierTrainerTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    private IReadOnlyList<string> HeldOutTexts => [.. fixture.Corpus.HeldOut.Select(e => e.Text)];

    [Fact]
    public void TheSameSeedGivesTheSameModel()
    {
        var again = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = TrainedModelFixture.Seed }).Train(fixture.Corpus.Small);
        foreach (var text in HeldOutTexts)
        {
            Assert.Equal(fixture.Model.Probabilities(text), again.Probabilities(text));
        }

        Assert.Equal(fixture.Model.PredictMany(HeldOutTexts), again.PredictMany(HeldOutTexts));
    }

    [Theory]
    [InlineData(ClassifierAlgorithm.Perceptron)]
    [InlineData(ClassifierAlgorithm.LightGbm)]
    public void OtherAlgorithmsAreReproducibleToo(ClassifierAlgorithm algorithm)
    {
        var options = new ClassifierTrainerOptions { Seed = 3, Algorithm = algorithm };
        var texts = HeldOutTexts.Take(20).ToArray();
        var a = new ClassifierTrainer(options).Train(fixture.Corpus.Small).PredictMany(texts);
        var b = new ClassifierTrainer(options).Train(fixture.Corpus.Small).PredictMany(texts);
        Assert.Equal(a, b);
        Assert.All(a, label => Assert.NotNull(label));
    }

    [Fact]
    public void TheModelLearnsOnlyTheCoreCategoriesAndSaysSo()
    {
        Assert.Equal(ClassifierTrainerOptions.CoreCategories, fixture.Model.Categories);
        Assert.Equal("maxent+nb", fixture.Model.Algorithm);
        Assert.Equal("words+chars+lead+context", fixture.Model.Features);
        Assert.Equal(TrainedModelFixture.Seed, fixture.Model.Seed);
        Assert.Equal(fixture.Corpus.Small.Count(e => ClassifierTrainerOptions.CoreCategories.Contains(e.Category)), fixture.Model.TrainingExamples);
    }

    [Fact]
    public void ASmallModelBeatsChanceOnOtherDocuments()
    {
        // Trained on a third of the documents only: well above the 0.2 of guessing among five balanced classes.
        var labels = fixture.Model.PredictMany(HeldOutTexts);
        double accuracy = fixture.Corpus.HeldOut.Zip(labels).Count(x => x.First.Category == x.Second?.Category) / (double)labels.Count;
        Assert.True(accuracy >= 0.6, $"accuracy {accuracy:0.00}");
    }

    [Fact]
    public void CrossValidationScoresEveryExampleOnce()
    {
        var trainer = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 2, Features = ClassifierFeatures.CharactersOnly });
        var report = trainer.CrossValidate(fixture.Corpus.Small, folds: 3);
        int core = fixture.Corpus.Small.Count(e => ClassifierTrainerOptions.CoreCategories.Contains(e.Category));
        Assert.Equal(core, report.Count);
        Assert.Equal(core, report.PerClass.Sum(m => m.Support));
        Assert.InRange(report.MacroF1, 0.4, 1.0);

        var majority = trainer.CrossValidateMajority(fixture.Corpus.Small, folds: 3);
        Assert.Equal(core, majority.Count);
        Assert.True(report.MacroF1 > majority.MacroF1);
    }

    [Fact]
    public void FewerThanTwoCategoriesCannotBeTrained()
    {
        var briefs = fixture.Corpus.Small.Where(e => e.Category == "briefs").ToArray();
        Assert.Throws<ArgumentException>(() => new ClassifierTrainer().Train(briefs));
    }
}
