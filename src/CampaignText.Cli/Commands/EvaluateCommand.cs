using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CampaignText.Classification;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext evaluate CORPUS [--folds 5] [--seed N] [--labels FILE] [--model FILE]</c>: cross-validates the paragraph classifier
/// with folds grouped by document, side by side with a majority-class baseline, a character-n-gram-only
/// model and the other algorithms; prints each model's per-category precision, recall, F1 and confusion
/// matrix, then a summary.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Argument<string>("CORPUS") { Description = "The corpus folder (holding labels.csv)" };
        var folds = new Option<int>("--folds") { Description = "Number of cross-validation folds (grouped by document)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds and of training", DefaultValueFactory = _ => new ClassifierTrainerOptions().Seed };
        var labels = TrainCommand.LabelsOption();
        var quick = new Option<bool>("--default-only") { Description = "Cross-validate only the default model (and the majority baseline), which is quicker" };
        var model = new Option<string?>("--model") { Description = "Score this saved model on every labelled paragraph instead of cross-validating (for a model trained on other documents)" };
        var command = new Command("evaluate", "Cross-validate the paragraph classifier (folds grouped by document) against baselines, or score a saved model on a labelled folder.") { corpus, folds, seed, labels, model, quick };
        command.SetAction(parse => context.Run(() =>
        {
            int k = parse.GetValue(folds);
            if (k < 2) throw new UsageException("--folds must be at least 2");
            var examples = TrainCommand.LoadExamples(parse.GetValue(corpus)!, parse.GetValue(labels));
            int s = parse.GetValue(seed);
            var ci = CultureInfo.InvariantCulture;
            var core = examples.Where(e => ClassifierTrainerOptions.CoreCategories.Contains(e.Category)).ToList();
            if (parse.GetValue(model) is { } modelPath)
            {
                return ScoreModel(context, ParagraphClassifier.Load(modelPath), modelPath, core);
            }

            int documents = core.Select(e => e.Document).Distinct(StringComparer.Ordinal).Count();
            if (documents < k) throw new UsageException($"--folds {k} is more than the {documents} labelled documents");
            context.Out.WriteLine(string.Create(ci, $"{core.Count} paragraphs of {documents} documents, {k} folds grouped by document, seed {s}"));
            context.Out.WriteLine();

            int headless = core.Count(e => e.Headless);
            context.Out.WriteLine(string.Create(ci, $"{headless} of them in headless documents (no core heading); reports on those are marked 'headless'"));
            context.Out.WriteLine();
            var results = new List<(ClassifierReport Report, ClassifierReport? Headless, double Seconds)>();
            var baseline = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = s });
            results.Add((baseline.CrossValidateMajority(core, k), null, 0));
            ClassifierTrainerOptions[] models =
            [
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, Features = ClassifierFeatures.CharactersOnly },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, Features = ClassifierFeatures.WordsAndCharacters },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, Features = ClassifierFeatures.WordsCharactersAndLead },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, ReadArticles = false },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, NaiveBayesWeight = 0 },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.Sdca },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.LightGbm },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.Perceptron },
            ];
            var byModel = new Dictionary<ClassifierTrainerOptions, IReadOnlyList<CrossValidationPrediction>>();
            double ensembleSeconds = 0;
            if (parse.GetValue(quick)) models = [new() { Seed = s, ReadArticles = false }, new() { Seed = s, NaiveBayesWeight = 0 }, new() { Seed = s }];
            foreach (var options in models)
            {
                var clock = Stopwatch.StartNew();
                var trainer = new ClassifierTrainer(options);
                var predictions = trainer.CrossValidatePredictions(core, k);
                byModel[options] = predictions;
                results.Add(Reports(trainer, trainer.Name, predictions, clock.Elapsed.TotalSeconds));
                if (EnsembleMember(options))
                {
                    ensembleSeconds += clock.Elapsed.TotalSeconds;
                }
            }

            // The averaged ensemble of the two context models: the mean of their probabilities.
            var members = byModel.Where(m => EnsembleMember(m.Key)).Select(m => m.Value).ToList();
            if (members.Count == 2)
            {
                var ensemble = Enumerable.Range(0, members[0].Count).Select(i => CrossValidationPrediction.Average([.. members.Select(m => m[i])])).ToList();
                results.Add(Reports(baseline, "ensemble (maxent+lightgbm, averaged)", ensemble, ensembleSeconds));
            }

            foreach (var (report, headlessReport, _) in results)
            {
                context.Out.WriteLine(report.ToText());
                if (headlessReport is not null) context.Out.WriteLine(headlessReport.ToText());
            }

            context.Out.WriteLine("summary (grouped cross-validation):");
            context.Out.WriteLine(string.Create(ci, $"  {"model",-36} {"macro-F1",8} {"accuracy",8} {"headless",8} {"ECE",6} {"acc>0.8",7} {"seconds",8}"));
            foreach (var (report, headlessReport, seconds) in results)
            {
                string h = headlessReport is null ? "-" : headlessReport.MacroF1.ToString("0.000", ci);
                string ece = report.ExpectedCalibrationError is { } e ? e.ToString("0.000", ci) : "-";
                string high = report.HighConfidenceAccuracy is { } a ? a.ToString("0.000", ci) : "-";
                context.Out.WriteLine(string.Create(ci, $"  {report.Name,-36} {report.MacroF1,8:0.000} {report.Accuracy,8:0.000} {h,8} {ece,6} {high,7} {seconds,8:0.0}"));
            }

            return 0;
        }));
        return command;
    }

    // The two context models the averaged ensemble is made of: the default maxent (with naive Bayes) and LightGBM.
    private static bool EnsembleMember(ClassifierTrainerOptions options) =>
        options is { Features: ClassifierFeatures.WordsCharactersLeadAndContext, ReadArticles: true }
        && (options.Algorithm == ClassifierAlgorithm.LightGbm || options is { Algorithm: ClassifierAlgorithm.MaximumEntropy, NaiveBayesWeight: > 0 });

    private static (ClassifierReport Report, ClassifierReport? Headless, double Seconds) Reports(ClassifierTrainer trainer, string name, IReadOnlyList<CrossValidationPrediction> predictions, double seconds)
    {
        var headless = predictions.Where(p => p.Example.Headless).ToList();
        return (trainer.Report(name, predictions), headless.Count == 0 ? null : trainer.Report(name + " headless", headless), seconds);
    }

    // Scores a saved model on every labelled paragraph (with its context), overall and on headless documents.
    private static int ScoreModel(CliContext context, ParagraphClassifier model, string path, IReadOnlyList<LabeledParagraph> examples)
    {
        var trainer = new ClassifierTrainer();
        // As the pipeline reads them: the labelled paragraphs of one article together, and a headless document
        // as a whole after its articles.
        var predictions = new List<CrossValidationPrediction>(examples.Count);
        foreach (var document in examples.GroupBy(e => e.Document))
        {
            var articles = document.GroupBy(e => e.Article).Select(a => a.ToList()).ToList();
            var labels = document.First().Headless
                ? model.PredictDocument(
                    [.. articles.Select(a => (IReadOnlyList<string>)[.. a.Select(e => e.Text)])],
                    [.. articles.Select(a => (IReadOnlyList<ParagraphContext>)[.. a.Select(e => e.Context)])])
                : [.. articles.Select(a => model.PredictArticle([.. a.Select(e => e.Text)], [.. a.Select(e => e.Context)]))];
            for (int a = 0; a < articles.Count; a++)
            {
                for (int i = 0; i < articles[a].Count; i++) predictions.Add(new CrossValidationPrediction(articles[a][i], labels[a][i]?.Category ?? "", labels[a][i]?.Confidence ?? 0));
            }
        }

        context.Out.WriteLine(trainer.Report(path, predictions).ToText());
        var headless = predictions.Where(p => p.Example.Headless).ToList();
        if (headless.Count > 0) context.Out.WriteLine(trainer.Report(path + " headless", headless).ToText());
        return 0;
    }
}
