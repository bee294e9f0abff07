using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CampaignText.Classification;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext train CORPUS --out FILE [--trainer maxent|sdca|lightgbm|perceptron] [--naive-bayes W] [--seed N] [--labels FILE]</c>: trains
/// the paragraph classifier on the corpus folder's labels.csv and saves the model zip.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Argument<string>("CORPUS") { Description = "The corpus folder (holding labels.csv)" };
        var output = new Option<string>("--out") { Description = "Where to write the model zip", DefaultValueFactory = _ => "models/paragraph-classifier.zip" };
        var trainer = new Option<string>("--trainer") { Description = "maxent (linear maximum entropy by L-BFGS), sdca (the same model by SDCA), lightgbm or perceptron", DefaultValueFactory = _ => "maxent" };
        trainer.AcceptOnlyFromAmong("maxent", "sdca", "lightgbm", "perceptron");
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice", DefaultValueFactory = _ => new ClassifierTrainerOptions().Seed };
        var naiveBayes = NaiveBayesOption();
        var labels = LabelsOption();
        var command = new Command("train", "Train the paragraph classifier on a labelled corpus and save the model.") { corpus, output, trainer, naiveBayes, seed, labels };
        command.SetAction(parse => context.Run(() =>
        {
            var examples = LoadExamples(parse.GetValue(corpus)!, parse.GetValue(labels));
            var options = new ClassifierTrainerOptions { Algorithm = ParseAlgorithm(parse.GetValue(trainer)), Seed = parse.GetValue(seed), NaiveBayesWeight = NaiveBayesWeight(parse.GetValue(naiveBayes)) };
            var clock = Stopwatch.StartNew();
            var model = new ClassifierTrainer(options).Train(examples);
            clock.Stop();
            string path = parse.GetValue(output)!;
            model.Save(path);
            var ci = CultureInfo.InvariantCulture;
            context.Out.WriteLine(string.Create(ci, $"trained {model.Algorithm} ({model.Features}), seed {model.Seed}, on {model.TrainingExamples} paragraphs in {clock.Elapsed.TotalSeconds:0.0} s"));
            foreach (var group in examples.Where(e => options.Categories.Contains(e.Category)).GroupBy(e => e.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                context.Out.WriteLine(string.Create(ci, $"  {group.Key,-12}{group.Count(),5}"));
            }

            context.Out.WriteLine($"saved {path}");
            return 0;
        }));
        return command;
    }

    /// <summary>The <c>--naive-bayes W</c> option of train.</summary>
    internal static Option<double> NaiveBayesOption() => new("--naive-bayes")
    {
        Description = "Weight (0 to below 1) of complement naive Bayes mixed into the maxent model; 0 trains plain maxent",
        DefaultValueFactory = _ => new ClassifierTrainerOptions().NaiveBayesWeight,
    };

    /// <summary>A checked <c>--naive-bayes</c> value.</summary>
    internal static double NaiveBayesWeight(double value) =>
        value is >= 0 and < 1 ? value : throw new UsageException("--naive-bayes must be at least 0 and below 1");

    /// <summary>The <c>--labels FILE</c> option of train and evaluate.</summary>
    internal static Option<string?> LabelsOption() => new("--labels")
    {
        Description = "A labels file (document,paragraph,category) to use instead of CORPUS/labels.csv; document paths are relative to CORPUS",
    };

    /// <summary>The labelled paragraphs of a corpus folder, from its labels.csv or from <paramref name="labels"/>.</summary>
    internal static IReadOnlyList<LabeledParagraph> LoadExamples(string corpus, string? labels) =>
        labels is null ? TrainingCorpus.Load(corpus) : TrainingCorpus.Load(corpus, labels);

    /// <summary>The algorithm a --trainer value names.</summary>
    internal static ClassifierAlgorithm ParseAlgorithm(string? name) => name switch
    {
        "sdca" => ClassifierAlgorithm.Sdca,
        "lightgbm" => ClassifierAlgorithm.LightGbm,
        "perceptron" => ClassifierAlgorithm.Perceptron,
        _ => ClassifierAlgorithm.MaximumEntropy,
    };
}
