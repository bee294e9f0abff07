using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CampaignText.Classification;
using CampaignText.Resources;

namespace CampaignText.Benchmarks;

/// <summary>
/// The paragraph classifier on the labelled corpus: training the shipped model (maximum entropy, words,
/// characters, the paragraph's lead and its context) on every labelled paragraph, loading the embedded model, and labelling
/// <see cref="Paragraphs"/> corpus paragraphs one by one, on every core at once, and through ML.NET's
/// own prediction engine for comparison. The "paragraphs/s" column divides the paragraphs by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ClassifierBenchmarks
{
    /// <summary>How many paragraphs each Predict benchmark labels.</summary>
    public const int Paragraphs = 2000;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ParagraphsPerSecondColumn());
    }

    private IReadOnlyList<LabeledParagraph> _examples = [];
    private string[] _texts = [];
    private ParagraphContext[] _contexts = [];
    private (string[] Texts, ParagraphContext[] Contexts)[] _articles = [];
    private (string[][] Texts, ParagraphContext[][] Contexts)[] _documents = [];
    private ParagraphClassifier _model = null!;
    private ClassifierTrainer _trainer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CampaignText.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        _examples = TrainingCorpus.Load(Path.Combine(root.FullName, "corpus"));
        _texts = [.. _examples.Select(e => e.Text).Take(Paragraphs)];
        _contexts = [.. _examples.Select(e => e.Context).Take(Paragraphs)];
        _articles = [.. _examples.Take(Paragraphs).GroupBy(e => (e.Document, e.Article)).Select(g => (g.Select(e => e.Text).ToArray(), g.Select(e => e.Context).ToArray()))];
        _documents = [.. _examples.Take(Paragraphs).GroupBy(e => e.Document).Select(d => (
            d.GroupBy(e => e.Article).Select(a => a.Select(e => e.Text).ToArray()).ToArray(),
            d.GroupBy(e => e.Article).Select(a => a.Select(e => e.Context).ToArray()).ToArray()))];
        if (_texts.Length != Paragraphs) throw new InvalidOperationException($"the corpus has fewer than {Paragraphs} labelled paragraphs");
        _model = ParagraphClassifier.Embedded;
        _trainer = new ClassifierTrainer();
        _ = _model.Predict(_texts[0]);
        _ = _model.PredictWithEngine(_texts[0]);
    }

    [Benchmark]
    public int TrainOnCorpus() => _trainer.Train(_examples).TrainingExamples;

    [Benchmark]
    public int LoadEmbeddedModel()
    {
        using var stream = EmbeddedData.OpenRaw(EmbeddedData.ParagraphModel);
        return ParagraphClassifier.Load(stream, EmbeddedData.ParagraphModel).Categories.Count;
    }

    [Benchmark]
    public int PredictSequential()
    {
        int n = 0;
        foreach (var text in _texts) n += _model.Predict(text)!.Category.Length;
        return n;
    }

    /// <summary>As <see cref="PredictSequential"/>, each paragraph with its context (title, heading, part, position), as the pipeline labels it.</summary>
    [Benchmark]
    public int PredictWithContext()
    {
        int n = 0;
        for (int i = 0; i < _texts.Length; i++) n += _model.Predict(_texts[i], _contexts[i])!.Category.Length;
        return n;
    }

    /// <summary>The same paragraphs read article by article, as the pipeline labels them (each paragraph with its context, mixed with its article's mean).</summary>
    [Benchmark]
    public int PredictArticles()
    {
        int n = 0;
        foreach (var (texts, contexts) in _articles)
        {
            foreach (var label in _model.PredictArticle(texts, contexts)) n += label!.Category.Length;
        }

        return n;
    }

    /// <summary>The same paragraphs read document by document, as the pipeline labels a headless page (articles, then the whole).</summary>
    [Benchmark]
    public int PredictDocuments()
    {
        int n = 0;
        foreach (var (texts, contexts) in _documents)
        {
            foreach (var article in _model.PredictDocument([.. texts], [.. contexts]))
            {
                foreach (var label in article) n += label!.Category.Length;
            }
        }

        return n;
    }

    [Benchmark]
    public int PredictParallel()
    {
        int n = 0;
        Parallel.ForEach(_texts, () => 0, (t, _, acc) => acc + _model.Predict(t)!.Category.Length, acc => Interlocked.Add(ref n, acc));
        return n;
    }

    [Benchmark]
    public int PredictMlNetEngine()
    {
        int n = 0;
        foreach (var text in _texts) n += _model.PredictWithEngine(text).Length;
        return n;
    }

    /// <summary>Paragraphs labelled per second of mean time, for the Predict benchmarks.</summary>
    private sealed class ParagraphsPerSecondColumn : IColumn
    {
        public string Id => nameof(ParagraphsPerSecondColumn);
        public string ColumnName => "paragraphs/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"corpus paragraphs ({Paragraphs} per operation) labelled per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null || !benchmarkCase.Descriptor.WorkloadMethod.Name.StartsWith("Predict", StringComparison.Ordinal)) return "-";
            return (Paragraphs / (report.ResultStatistics.Mean / 1e9)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
