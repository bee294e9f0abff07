using CampaignText.Structure;

namespace CampaignText.Classification;

/// <summary>Settings of a <see cref="ClassifierTrainer"/>.</summary>
public sealed record ClassifierTrainerOptions
{
    /// <summary>
    /// The five core categories of the output contract, the ones the shipped model learns
    /// (<see cref="SectionCategories.CoreCategories"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> CoreCategories = SectionCategories.CoreCategories;

    /// <summary>The learning algorithm; <see cref="ClassifierAlgorithm.MaximumEntropy"/> by default.</summary>
    public ClassifierAlgorithm Algorithm { get; init; } = ClassifierAlgorithm.MaximumEntropy;

    /// <summary>The features; words, characters, the paragraph's lead and its context by default.</summary>
    public ClassifierFeatures Features { get; init; } = ClassifierFeatures.WordsCharactersLeadAndContext;

    /// <summary>
    /// How often training hides a paragraph's title, and (separately) its heading, so the model learns
    /// to label paragraphs without them (headless pages, untitled items); 0.3 by default (grouped cross-validation: 0.5 gave macro-F1 0.914, 0.3 gave 0.924, 0.2 gave 0.930 with a worse calibration error). The choice is
    /// drawn from <see cref="Seed"/>, so training stays deterministic.
    /// </summary>
    public double HideContext { get; init; } = 0.3;

    /// <summary>The seed of every random choice (shuffles, folds); the same seed gives the same model.</summary>
    public int Seed { get; init; } = 20240601;

    /// <summary>
    /// The categories learnt; examples of any other category are left out. The five core categories by
    /// default (the other section categories have too few paragraphs to learn, and
    /// <see cref="SectionCategories.Other"/> has no meaning of its own).
    /// </summary>
    public IReadOnlyList<string> Categories { get; init; } = CoreCategories;

    /// <summary>
    /// Whether cross-validation reads the paragraphs of one article together, as the pipeline does
    /// (<see cref="IParagraphClassifier.PredictArticle"/>); true by default.
    /// </summary>
    public bool ReadArticles { get; init; } = true;

    /// <summary>
    /// The weight, from 0 to below 1, of complement naive Bayes mixed into a <see cref="ClassifierAlgorithm.MaximumEntropy"/>
    /// model (a weighted geometric mean of the two models' probabilities, kept as one maximum-entropy model); 0.4 by
    /// default, 0 trains plain maximum entropy. Other algorithms ignore it. On real pages kept outside the corpus the
    /// mixture is right more often than either model alone (see the model card).
    /// </summary>
    public double NaiveBayesWeight { get; init; } = 0.4;
}
