using CampaignText.Classification;
using CampaignText.Cli;

namespace CampaignText.Tests.Cli;

public sealed class ClassifierCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>A corpus folder with every ninth labelled document of corpus/ (about 9 bulletins).</summary>
    private string SmallCorpus()
    {
        string corpus = Path.Combine(SpecFiles.RepoRoot, "corpus");
        string target = Path.Combine(_dir, "corpus");
        var rows = File.ReadAllLines(Path.Combine(corpus, "labels.csv"));
        var documents = rows.Skip(1).Select(r => r.Split(',')[0]).Distinct().Where((_, i) => i % 9 == 0).ToHashSet();
        foreach (var document in documents)
        {
            string to = Path.Combine(_dir, document);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(SpecFiles.RepoRoot, document), to);
        }

        File.WriteAllLines(Path.Combine(target, "labels.csv"), rows.Take(1).Concat(rows.Skip(1).Where(r => documents.Contains(r.Split(',')[0]))));
        return target;
    }

    [Fact]
    public void TrainWritesAModelThatLoads()
    {
        string model = Path.Combine(_dir, "out", "model.zip");
        var (code, output, error) = Run("train", SmallCorpus(), "--out", model, "--seed", "9");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("trained maxent+nb (words+chars+lead+context), seed 9", output);
        var loaded = ParagraphClassifier.Load(model);
        Assert.Equal(9, loaded.Seed);
        Assert.Equal("maxent+nb", loaded.Algorithm);
        Assert.NotNull(loaded.Predict("区创城办召开调度会，通报各街道整改排名。"));
    }

    [Fact]
    public void TrainWithoutNaiveBayesWritesPlainMaxent()
    {
        string model = Path.Combine(_dir, "plain", "model.zip");
        var (code, output, error) = Run("train", SmallCorpus(), "--out", model, "--naive-bayes", "0");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("trained maxent (words+chars+lead+context)", output);
        Assert.Equal("maxent", ParagraphClassifier.Load(model).Algorithm);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-0.2")]
    public void ANaiveBayesWeightOutsideZeroToOneIsAUsageError(string weight)
    {
        var (code, _, error) = Run("train", SmallCorpus(), "--out", Path.Combine(_dir, "never.zip"), "--naive-bayes", weight);
        Assert.Equal(1, code);
        Assert.Contains("--naive-bayes must be at least 0 and below 1", error);
        Assert.False(File.Exists(Path.Combine(_dir, "never.zip")));
    }

    [Fact]
    public void EvaluatePrintsEveryModelSideBySide()
    {
        var (code, output, error) = Run("evaluate", SmallCorpus(), "--folds", "2");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("2 folds grouped by document", output);
        foreach (var name in new[] { "majority class", "maxent+nb (chars)", "maxent+nb (words+chars)", "maxent+nb (words+chars+lead)", "maxent (words+chars+lead+context)", "maxent+nb (words+chars+lead+context)", "ensemble (maxent+lightgbm, averaged)", "sdca (words+chars+lead+context)", "lightgbm (words+chars+lead+context)", "perceptron (words+chars+lead+context)" })
        {
            Assert.Contains(name + ": macro-F1", output);
        }

        Assert.Contains("confusion (rows true, columns predicted)", output);
        Assert.Contains("calibration: ECE ", output);
        Assert.Contains("summary (grouped cross-validation):", output);
    }

    [Fact]
    public void TooFewFoldsIsAUsageError()
    {
        var (code, _, error) = Run("evaluate", SmallCorpus(), "--folds", "1");
        Assert.Equal(1, code);
        Assert.Contains("--folds must be at least 2", error);
    }

    [Fact]
    public void AFolderWithoutLabelsIsNamed()
    {
        string missing = Path.Combine(_dir, "empty");
        Directory.CreateDirectory(missing);
        foreach (var verb in new[] { "train", "evaluate" })
        {
            var (code, output, error) = Run(verb, missing, "--out", Path.Combine(_dir, "m.zip"));
            if (verb == "evaluate") (code, output, error) = Run(verb, missing);
            Assert.Equal(2, code);
            Assert.Contains(Path.Combine(missing, "labels.csv"), error);
            Assert.DoesNotContain("   at ", error);
        }
    }

    [Fact]
    public void TrainWithOwnLabelsAndUseTheModel()
    {
        string corpus = SmallCorpus();
        string labels = Path.Combine(_dir, "my-labels.csv");
        File.Copy(Path.Combine(corpus, "labels.csv"), labels);
        File.Delete(Path.Combine(corpus, "labels.csv"));
        string model = Path.Combine(_dir, "mine.zip");
        var (code, output, error) = Run("train", corpus, "--labels", labels, "--out", model, "--seed", "3");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("seed 3", output);

        string bulletin = SpecFiles.PathOf("Classification/heading-labels.txt");
        (code, output, error) = Run("analyze", bulletin, "--model", model);
        Assert.Equal(0, code);
        Assert.Contains("\"labelSource\": \"heading\"", output);
        Assert.Contains("\"labelSource\": \"model\"", output);

        (code, output, error) = Run("evaluate", corpus, "--labels", labels, "--model", model);
        Assert.Equal(0, code);
        Assert.Contains(model + ": macro-F1", output);
    }

    [Fact]
    public void AnUnknownCategoryInOwnLabelsNamesFileAndLine()
    {
        string corpus = SmallCorpus();
        string labels = Path.Combine(_dir, "bad.csv");
        var rows = File.ReadAllLines(Path.Combine(corpus, "labels.csv"));
        var first = rows[1].Split(',');
        File.WriteAllLines(labels, [rows[0], rows[1], $"{first[0]},{first[1]}9,nonsense"]);
        var (code, _, error) = Run("train", corpus, "--labels", labels, "--out", Path.Combine(_dir, "x.zip"));
        Assert.Equal(2, code);
        Assert.Contains(labels + ":3", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void ABadModelFileIsOneLineNamingIt(string content)
    {
        string model = Path.Combine(_dir, "bad-model.zip");
        File.WriteAllText(model, content);
        string bulletin = SpecFiles.PathOf("Classification/heading-labels.txt");
        foreach (var args in new[] { new[] { "analyze", bulletin, "--model", model }, new[] { "index", bulletin, "--db", Path.Combine(_dir, "i.db"), "--model", model, "--quiet" } })
        {
            var (code, output, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains(model, error);
            Assert.DoesNotContain("   at ", error);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    [Fact]
    public void AnUnknownTrainerIsAUsageError()
    {
        var (code, _, _) = Run("train", SmallCorpus(), "--trainer", "svm");
        Assert.Equal(1, code);
    }
}
