using Microsoft.ML;

namespace CampaignText.Classification;

/// <summary>
/// Trains and cross-validates paragraph classifiers. Everything random is seeded from
/// <see cref="ClassifierTrainerOptions.Seed"/> and every algorithm runs single-threaded, so the same
/// examples and options give the same model and the same predictions on every run. Cross-validation
/// folds are grouped by document: no bulletin is ever in both the training and the test part.
/// </summary>
/// <example>
/// <code>
/// var examples = TrainingCorpus.Load("corpus");
/// var trainer = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 7 });
/// Console.Write(trainer.CrossValidate(examples, folds: 5).ToText());
/// trainer.Train(examples).Save("models/paragraph-classifier.zip");
/// </code>
/// </example>
public sealed class ClassifierTrainer
{
    /// <summary>Creates a trainer.</summary>
    /// <param name="options">The settings; the defaults when null.</param>
    public ClassifierTrainer(ClassifierTrainerOptions? options = null)
    {
        Options = options ?? new ClassifierTrainerOptions();
        if (Options.Categories.Count < 2) throw new ArgumentException("at least two categories are needed", nameof(options));
        if (Options.NaiveBayesWeight is < 0 or >= 1 or double.NaN) throw new ArgumentException("the naive Bayes weight must be at least 0 and below 1", nameof(options));
    }

    /// <summary>The settings.</summary>
    public ClassifierTrainerOptions Options { get; }

    /// <summary>A short name of the algorithm and features, as reports and the model manifest give it.</summary>
    public string Name => $"{ModelAlgorithmId} ({FeaturesId(Options.Features)}){(Options.ReadArticles ? "" : ", alone")}";

    // The algorithm as the manifest records it: "maxent+nb" when naive Bayes is mixed in.
    private string ModelAlgorithmId => MixesNaiveBayes ? AlgorithmId(Options.Algorithm) + "+nb" : AlgorithmId(Options.Algorithm);

    private bool MixesNaiveBayes => Options.Algorithm == ClassifierAlgorithm.MaximumEntropy && Options.NaiveBayesWeight > 0;

    /// <summary>Trains a classifier on the examples of <see cref="ClassifierTrainerOptions.Categories"/>.</summary>
    /// <param name="examples">Labelled paragraphs; examples of other categories are left out.</param>
    /// <exception cref="ArgumentException">Fewer than two of the categories have examples.</exception>
    public ParagraphClassifier Train(IEnumerable<LabeledParagraph> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var kept = Select(examples);
        return Fit(TrainingRows(kept));
    }

    /// <summary>
    /// Cross-validates the trainer: each fold's documents are held out in turn, a model is trained on the
    /// others, and every held-out paragraph's prediction goes into one report.
    /// </summary>
    /// <param name="examples">Labelled paragraphs; examples of other categories are left out.</param>
    /// <param name="folds">How many folds (at least 2, at most the number of documents).</param>
    public ClassifierReport CrossValidate(IEnumerable<LabeledParagraph> examples, int folds = 5) =>
        Report(Name, CrossValidatePredictions(examples, folds));

    /// <summary>
    /// Cross-validates as <see cref="CrossValidate"/> and returns every held-out paragraph's prediction
    /// and probability, so that reports can be made on any part of the corpus (headless documents, one
    /// category) and calibration measured. Training rows hide title and heading at random as
    /// <see cref="Train"/> does; held-out paragraphs are scored with their full context.
    /// </summary>
    /// <param name="examples">Labelled paragraphs; examples of other categories are left out.</param>
    /// <param name="folds">How many folds (at least 2, at most the number of documents).</param>
    public IReadOnlyList<CrossValidationPrediction> CrossValidatePredictions(IEnumerable<LabeledParagraph> examples, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var kept = Select(examples);
        var trainingRows = TrainingRows(kept);
        var testRows = kept.Select(e => ParagraphFeaturizer.ToRow(e.Text, e.Context, e.Category)).ToArray();
        var fold = DocumentFolds.Assign(kept, folds, Options.Seed);
        var result = new CrossValidationPrediction[kept.Count];
        for (int f = 0; f < folds; f++)
        {
            var train = trainingRows.Where((_, i) => fold[i] != f).ToArray();
            var testIndexes = Enumerable.Range(0, testRows.Length).Where(i => fold[i] == f).ToArray();
            var model = Fit(train);
            var scores = model.ScoreRows([.. testIndexes.Select(i => testRows[i])]);
            // Read as the pipeline reads them: the paragraphs of one article together, a headless document as a
            // whole after its articles.
            if (Options.ReadArticles)
            {
                foreach (var document in Enumerable.Range(0, testIndexes.Length).GroupBy(j => kept[testIndexes[j]].Document))
                {
                    double[][][] articles = [.. document.GroupBy(j => kept[testIndexes[j]].Article).Select(a => a.Select(j => scores[j]).ToArray())];
                    if (kept[testIndexes[document.First()]].Headless) ArticleSmoothing.SmoothDocument(articles);
                    else foreach (var article in articles) ArticleSmoothing.Smooth(article);
                }
            }

            for (int j = 0; j < testIndexes.Length; j++)
            {
                int i = testIndexes[j];
                var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
                for (int c = 0; c < scores[j].Length && c < model.Categories.Count; c++) probabilities[model.Categories[c]] = scores[j][c];
                var best = probabilities.Count == 0 ? default : probabilities.MaxBy(kv => kv.Value);
                result[i] = new CrossValidationPrediction(kept[i], best.Key ?? "", Math.Round(best.Value, 4)) { Probabilities = probabilities };
            }
        }

        return result;
    }

    /// <summary>A report (with calibration) over cross-validation predictions, for example those of headless documents only.</summary>
    /// <param name="name">The report's name.</param>
    /// <param name="predictions">Predictions from <see cref="CrossValidatePredictions"/>.</param>
    public ClassifierReport Report(string name, IEnumerable<CrossValidationPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(predictions);
        var list = predictions.ToList();
        return new ClassifierReport(name, Options.Categories, [.. list.Select(p => p.Example.Category)], [.. list.Select(p => p.Predicted)], [.. list.Select(p => p.Confidence)]);
    }

    /// <summary>
    /// The majority-class baseline over the same grouped folds: every held-out paragraph gets the
    /// category most frequent in its fold's training part.
    /// </summary>
    /// <param name="examples">Labelled paragraphs; examples of other categories are left out.</param>
    /// <param name="folds">How many folds.</param>
    public ClassifierReport CrossValidateMajority(IEnumerable<LabeledParagraph> examples, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var kept = Select(examples);
        var fold = DocumentFolds.Assign(kept, folds, Options.Seed);
        var predicted = new string[kept.Count];
        for (int f = 0; f < folds; f++)
        {
            string majority = kept.Where((_, i) => fold[i] != f)
                .GroupBy(e => e.Category, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            for (int i = 0; i < kept.Count; i++)
            {
                if (fold[i] == f) predicted[i] = majority;
            }
        }

        return new ClassifierReport("majority class", Options.Categories, [.. kept.Select(e => e.Category)], predicted);
    }

    /// <summary>The id of an algorithm as the CLI and the manifest spell it.</summary>
    public static string AlgorithmId(ClassifierAlgorithm algorithm) => algorithm switch
    {
        ClassifierAlgorithm.MaximumEntropy => "maxent",
        ClassifierAlgorithm.Sdca => "sdca",
        ClassifierAlgorithm.LightGbm => "lightgbm",
        ClassifierAlgorithm.Perceptron => "perceptron",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    private static string FeaturesId(ClassifierFeatures features) => features switch
    {
        ClassifierFeatures.CharactersOnly => "chars",
        ClassifierFeatures.WordsAndCharacters => "words+chars",
        ClassifierFeatures.WordsCharactersAndLead => "words+chars+lead",
        ClassifierFeatures.WordsCharactersLeadAndContext => "words+chars+lead+context",
        _ => throw new ArgumentOutOfRangeException(nameof(features)),
    };

    private List<LabeledParagraph> Select(IEnumerable<LabeledParagraph> examples)
    {
        var wanted = new HashSet<string>(Options.Categories, StringComparer.Ordinal);
        var kept = examples.Where(e => wanted.Contains(e.Category) && !string.IsNullOrWhiteSpace(e.Text))
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Index)
            .ToList();
        if (kept.Select(e => e.Category).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ArgumentException("the examples hold fewer than two of the trainer's categories", nameof(examples));
        }

        return kept;
    }

    // The training rows: each paragraph with its context, the title and the heading each hidden with
    // probability HideContext, drawn in example order from the seed (so the same examples give the same rows).
    private ParagraphRow[] TrainingRows(List<LabeledParagraph> kept)
    {
        var random = new Random(Options.Seed);
        var rows = new ParagraphRow[kept.Count];
        for (int i = 0; i < kept.Count; i++)
        {
            var e = kept[i];
            bool hideTitle = random.NextDouble() < Options.HideContext;
            bool hideHeading = random.NextDouble() < Options.HideContext;
            var context = e.Context with { Title = hideTitle ? null : e.Context.Title, Heading = hideHeading ? null : e.Context.Heading };
            rows[i] = ParagraphFeaturizer.ToRow(e.Text, context, e.Category);
        }

        return rows;
    }

    private ParagraphClassifier Fit(ParagraphRow[] rows)
    {
        var ml = ParagraphClassifier.CreateContext(Options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var model = ClassifierPipeline.Build(ml, Options.Algorithm, Options.Features, Options.Seed).Fit(data);
        if (MixesNaiveBayes) ComplementNaiveBayes.MixInto(model, data, Options.NaiveBayesWeight);
        var categories = rows.Select(r => r.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var manifest = new ModelManifest(ModelManifest.CurrentSchemaVersion, ModelAlgorithmId, FeaturesId(Options.Features), Options.Seed, categories, rows.Length);
        return new ParagraphClassifier(ml, model, data.Schema, manifest);
    }
}
