using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

/// <summary>One small model trained once (seconds) on a third of the corpus, with the default options.</summary>
public sealed class TrainedModelFixture
{
    public const int Seed = 5;

    public TrainedModelFixture()
    {
        Corpus = new CorpusFixture();
        Model = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = Seed }).Train(Corpus.Small);
    }

    public CorpusFixture Corpus { get; }

    public ParagraphClassifier Model { get; }
}
