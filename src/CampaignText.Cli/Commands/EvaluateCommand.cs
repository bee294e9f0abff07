using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CampaignText.Classification;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext evaluate CORPUS [--folds 5] [--seed N]</c>: cross-validates the paragraph classifier
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
        var command = new Command("evaluate", "Cross-validate the paragraph classifier (folds grouped by document) against baselines.") { corpus, folds, seed };
        command.SetAction(parse => context.Run(() =>
        {
            int k = parse.GetValue(folds);
            if (k < 2) throw new UsageException("--folds must be at least 2");
            var examples = TrainingCorpus.Load(parse.GetValue(corpus)!);
            int s = parse.GetValue(seed);
            var ci = CultureInfo.InvariantCulture;
            var core = examples.Where(e => ClassifierTrainerOptions.CoreCategories.Contains(e.Category)).ToList();
            int documents = core.Select(e => e.Document).Distinct(StringComparer.Ordinal).Count();
            if (documents < k) throw new UsageException($"--folds {k} is more than the {documents} labelled documents");
            context.Out.WriteLine(string.Create(ci, $"{core.Count} paragraphs of {documents} documents, {k} folds grouped by document, seed {s}"));
            context.Out.WriteLine();

            var results = new List<(ClassifierReport Report, double Seconds)>();
            var baseline = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = s });
            results.Add((baseline.CrossValidateMajority(core, k), 0));
            ClassifierTrainerOptions[] models =
            [
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, Features = ClassifierFeatures.CharactersOnly },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy, Features = ClassifierFeatures.WordsAndCharacters },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.MaximumEntropy },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.Sdca },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.LightGbm },
                new() { Seed = s, Algorithm = ClassifierAlgorithm.Perceptron },
            ];
            foreach (var options in models)
            {
                var clock = Stopwatch.StartNew();
                var report = new ClassifierTrainer(options).CrossValidate(core, k);
                results.Add((report, clock.Elapsed.TotalSeconds));
            }

            foreach (var (report, _) in results)
            {
                context.Out.WriteLine(report.ToText());
            }

            context.Out.WriteLine("summary (grouped cross-validation):");
            context.Out.WriteLine(string.Create(ci, $"  {"model",-28} {"macro-F1",8} {"accuracy",8} {"seconds",8}"));
            foreach (var (report, seconds) in results)
            {
                context.Out.WriteLine(string.Create(ci, $"  {report.Name,-28} {report.MacroF1,8:0.000} {report.Accuracy,8:0.000} {seconds,8:0.0}"));
            }

            return 0;
        }));
        return command;
    }
}
