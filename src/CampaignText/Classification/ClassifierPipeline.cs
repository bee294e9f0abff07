using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace CampaignText.Classification;

/// <summary>
/// The ML.NET estimator chain of the paragraph classifier: label to key, word n-grams over the
/// segmenter's space-joined words, character n-grams over the text and over its lead (the opening
/// characters), each block L2-normalised, then the algorithm. N-grams seen in too few training paragraphs are dropped (see <c>MinimumCount</c>). Every algorithm runs single-threaded so a seed gives the same model every time.
/// </summary>
internal static class ClassifierPipeline
{
    public const string Label = "Label";
    public const string Features = "Features";
    public const string Score = "Score";

    /// <summary>Builds the estimator chain.</summary>
    public static IEstimator<ITransformer> Build(MLContext ml, ClassifierAlgorithm algorithm, ClassifierFeatures features, int seed)
    {
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey(
            Label, nameof(ParagraphRow.Category), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);

        chain = chain
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("CharKeys", nameof(ParagraphRow.Text), useMarkerCharacters: false))
            .Append(ml.Transforms.Text.ProduceNgrams("CharGrams", "CharKeys", ngramLength: 3, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("CharGrams", count: MinimumCount(algorithm) + 6))
            .Append(ml.Transforms.NormalizeLpNorm("CharGrams"));
        string[] blocks = ["CharGrams"];
        if (features is ClassifierFeatures.WordsAndCharacters or ClassifierFeatures.WordsCharactersAndLead or ClassifierFeatures.WordsCharactersLeadAndContext)
        {
            chain = chain
                .Append(ml.Transforms.Text.TokenizeIntoWords("WordTokens", nameof(ParagraphRow.Words), [' ']))
                .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "WordTokens"))
                .Append(ml.Transforms.Text.ProduceNgrams("WordGrams", "WordKeys", ngramLength: 2, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("WordGrams", count: MinimumCount(algorithm) + 2))
                .Append(ml.Transforms.NormalizeLpNorm("WordGrams"));
            blocks = ["WordGrams", "CharGrams"];
        }

        if (features is ClassifierFeatures.WordsCharactersAndLead or ClassifierFeatures.WordsCharactersLeadAndContext)
        {
            chain = chain
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("LeadKeys", nameof(ParagraphRow.Lead), useMarkerCharacters: false))
                .Append(ml.Transforms.Text.ProduceNgrams("LeadGrams", "LeadKeys", ngramLength: 3, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("LeadGrams", count: MinimumCount(algorithm)))
                .Append(ml.Transforms.NormalizeLpNorm("LeadGrams"));
            blocks = ["WordGrams", "CharGrams", "LeadGrams"];
        }

        if (features == ClassifierFeatures.WordsCharactersLeadAndContext)
        {
            chain = chain
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("ContextKeys", nameof(ParagraphRow.Context), useMarkerCharacters: false))
                .Append(ml.Transforms.Text.ProduceNgrams("ContextGrams", "ContextKeys", ngramLength: 3, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("ContextGrams", count: MinimumCount(algorithm)))
                .Append(ml.Transforms.NormalizeLpNorm("ContextGrams"));
            blocks = ["WordGrams", "CharGrams", "LeadGrams", "ContextGrams"];
        }

        chain = chain.Append(ml.Transforms.Concatenate(Features, blocks)).AppendCacheCheckpoint(ml);
        return chain.Append(Trainer(ml, algorithm, seed));
    }

    // N-grams seen in fewer paragraphs than this are dropped before normalising: one-paragraph n-grams
    // cost the linear models nothing in cross-validation and halve the vocabulary (and scoring time);
    // trees gain nothing from n-grams seen in fewer than 3 paragraphs and train 8 times faster without them.
    // Word n-grams need two paragraphs more, and character n-grams, the largest block, five: on 4,468 paragraphs that
    // keeps the model under 5 MB (4.92 MB against 5.02 MB with four more; three more for words and four for characters
    // give 4.92 MB too, 581 of 819 real-page marks either way). On 4,400 paragraphs two and four gave 4.94 MB against
    // 5.27 MB with one and three (488 of 675 marks either way).
    private static int MinimumCount(ClassifierAlgorithm algorithm) => algorithm == ClassifierAlgorithm.LightGbm ? 3 : 2;

    private static IEstimator<ITransformer> Trainer(MLContext ml, ClassifierAlgorithm algorithm, int seed) => algorithm switch
    {
        // L2 weights chosen by grouped cross-validation on the corpus (0.01–1 score alike for L-BFGS;
        // SDCA's automatic choice underfits, 1e-4 is its best).
        ClassifierAlgorithm.MaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfThreads = 1,
            L2Regularization = 0.1f,
            L1Regularization = 0f,
        }),
        ClassifierAlgorithm.Sdca => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfThreads = 1,
            L2Regularization = 1e-4f,
            MaximumNumberOfIterations = 50,
        }),
        ClassifierAlgorithm.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            NumberOfThreads = 1,
            NumberOfIterations = 100,
            LearningRate = 0.1,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 5,
            Seed = seed,
            Silent = true,
        }),
        ClassifierAlgorithm.Perceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: Label, featureColumnName: Features, numberOfIterations: 30),
            labelColumnName: Label,
            useProbabilities: true),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
