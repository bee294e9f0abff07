using System.Collections.Concurrent;
using System.IO.Compression;
using CampaignText.Resources;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CampaignText.Classification;

/// <summary>
/// The trained paragraph classifier: an ML.NET model over the campaign segmenter's words and the
/// text's character n-grams, saved as a zip with a schema-versioned manifest. Thread-safe: ML.NET's
/// prediction engines are not, so each call borrows one from a pool. <see cref="Embedded"/> is the
/// model shipped in the library.
/// </summary>
/// <example>
/// <code>
/// var label = ParagraphClassifier.Embedded.Predict("区创城办召开指挥调度会，通报各街道点位问题整改排名……");
/// Console.WriteLine($"{label?.Category} {label?.Confidence:0.00}");
/// </code>
/// </example>
public sealed class ParagraphClassifier : IParagraphClassifier
{
    private static readonly Lazy<ParagraphClassifier> EmbeddedModel = new(LoadEmbedded);

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema inputSchema;
    private readonly ModelManifest manifest;
    private readonly string[] categories;
    private readonly LinearScorer? scorer;
    private readonly ConcurrentBag<PredictionEngine<ParagraphRow, ParagraphScores>> engines = [];

    internal ParagraphClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, ModelManifest manifest)
    {
        this.ml = ml;
        this.model = model;
        this.inputSchema = inputSchema;
        this.manifest = manifest;
        categories = ScoreCategories(model, inputSchema) ?? [.. manifest.Categories];
        scorer = LinearScorer.TryCreate(model, inputSchema);
        if (scorer is not null && scorer.Classes != categories.Length) scorer = null;
    }

    /// <summary>The model shipped in the library (models/paragraph-classifier.zip), loaded once on first use.</summary>
    /// <exception cref="CampaignTextException">The assembly carries no model, or the model cannot be read.</exception>
    public static ParagraphClassifier Embedded => EmbeddedModel.Value;

    /// <summary>The categories the model chooses among, in score order.</summary>
    public IReadOnlyList<string> Categories => categories;

    /// <summary>The algorithm the model was trained with (maxent, sdca, lightgbm or perceptron).</summary>
    public string Algorithm => manifest.Algorithm;

    /// <summary>The features the model uses (words+chars+lead+context, words+chars+lead, words+chars or chars).</summary>
    public string Features => manifest.Features;

    /// <summary>The seed the model was trained with.</summary>
    public int Seed => manifest.Seed;

    /// <summary>How many labelled paragraphs the model was trained on.</summary>
    public int TrainingExamples => manifest.Examples;

    /// <summary>Loads a model saved by <see cref="Save(string)"/>.</summary>
    /// <param name="path">The model zip.</param>
    /// <exception cref="CampaignTextException">The file is missing, is not a model, is corrupt or has another schema version; the message names the file.</exception>
    public static ParagraphClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CampaignTextException(ex is FileNotFoundException or DirectoryNotFoundException ? "model file not found" : "model file cannot be opened: " + ex.Message, path, null, ex);
        }

        using (stream) return Load(stream, path);
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <param name="stream">The model zip's bytes.</param>
    /// <param name="name">The name errors give the model (its path or resource name).</param>
    /// <exception cref="CampaignTextException">The bytes are not a model, are corrupt or have another schema version; the message names <paramref name="name"/>.</exception>
    public static ParagraphClassifier Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        bytes.Position = 0;
        ModelManifest manifest;
        try
        {
            using var zip = new ZipArchive(bytes, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry(ModelManifest.EntryName)
                ?? throw new CampaignTextException("not a CampaignText paragraph model (no manifest)", name);
            using var reader = new StreamReader(entry.Open());
            manifest = ModelManifest.FromJson(reader.ReadToEnd())
                ?? throw new CampaignTextException("paragraph model manifest is unreadable", name);
        }
        catch (InvalidDataException ex)
        {
            throw new CampaignTextException("not a paragraph model zip or corrupt: " + ex.Message, name, null, ex);
        }

        if (manifest.SchemaVersion is < ModelManifest.OldestReadableSchemaVersion or > ModelManifest.CurrentSchemaVersion)
        {
            throw new CampaignTextException(
                $"paragraph model has schema version {manifest.SchemaVersion}; this library reads versions {ModelManifest.OldestReadableSchemaVersion}–{ModelManifest.CurrentSchemaVersion} (retrain it with 'campaigntext train')", name);
        }

        var ml = CreateContext(manifest.Seed);
        bytes.Position = 0;
        try
        {
            var model = ml.Model.Load(bytes, out var schema);
            return new ParagraphClassifier(ml, model, schema, manifest);
        }
        catch (Exception ex) when (ex is not CampaignTextException and not OutOfMemoryException)
        {
            throw new CampaignTextException("paragraph model is corrupt: " + ex.Message, name, null, ex);
        }
    }

    /// <summary>Saves the model as a zip that <see cref="Load(string)"/> reads.</summary>
    /// <param name="path">The file to write; its folder is created when missing.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Writes the model zip to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        ml.Model.Save(model, inputSchema, buffer);
        buffer.Position = 0;
        // Rewritten entry by entry with a fixed timestamp, so the same model gives the same bytes.
        var stamp = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using (var source = new ZipArchive(buffer, ZipArchiveMode.Read))
        using (var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }

            var manifestEntry = target.CreateEntry(ModelManifest.EntryName, CompressionLevel.Optimal);
            manifestEntry.LastWriteTime = stamp;
            using var writer = new StreamWriter(manifestEntry.Open());
            writer.Write(manifest.ToJson());
        }
    }

    /// <inheritdoc/>
    public ParagraphLabel? Predict(string text) => Predict(text, ParagraphContext.None);

    /// <inheritdoc/>
    public ParagraphLabel? Predict(string text, ParagraphContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (TooShort(text)) return null;
        if (scorer is not null)
        {
            Span<double> probabilities = stackalloc double[scorer.Classes];
            scorer.ScoreText(text, context, probabilities);
            return ToLabel(probabilities);
        }

        return ToLabel([.. PredictWithEngine(text, context).Select(x => (double)x)]);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Each paragraph's probabilities are mixed with the mean of the article's (weight 0.5): the paragraphs of one
    /// report mostly do the same thing, and the others carry evidence one alone lacks. Empty and one-character
    /// paragraphs get null and take no part.
    /// </remarks>
    public IReadOnlyList<ParagraphLabel?> PredictArticle(IReadOnlyList<string> texts, IReadOnlyList<ParagraphContext> contexts)
    {
        var probabilities = ArticleProbabilities(texts, contexts);
        ArticleSmoothing.Smooth(probabilities);
        return [.. probabilities.Select(p => ToLabel(p))];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Each article is read as <see cref="PredictArticle"/> reads it; then, when two or more articles have labelled
    /// paragraphs, every paragraph's probabilities are mixed with the mean of the whole document's (weight 0.4): on a
    /// headless page the articles are mostly parts of one report (a piece cut up by its subheads), and the page's own
    /// kind (an experience piece, a check reported as news) shows in all of them. A one-article document is read as
    /// its article. Empty and one-character paragraphs get null and take no part.
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<ParagraphLabel?>> PredictDocument(IReadOnlyList<IReadOnlyList<string>> texts, IReadOnlyList<IReadOnlyList<ParagraphContext>> contexts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(contexts);
        if (texts.Count != contexts.Count) throw new ArgumentException("one context list is needed per article", nameof(contexts));
        double[][][] probabilities = [.. texts.Select((article, a) => ArticleProbabilities(article, contexts[a]))];
        ArticleSmoothing.SmoothDocument(probabilities);
        return [.. probabilities.Select(article => (IReadOnlyList<ParagraphLabel?>)[.. article.Select(p => ToLabel(p))])];
    }

    // The unmixed probabilities of an article's paragraphs; empty rows for empty and one-character paragraphs.
    private double[][] ArticleProbabilities(IReadOnlyList<string> texts, IReadOnlyList<ParagraphContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(contexts);
        if (texts.Count != contexts.Count) throw new ArgumentException("one context is needed per text", nameof(contexts));
        var probabilities = new double[texts.Count][];
        for (int i = 0; i < texts.Count; i++) probabilities[i] = TooShort(texts[i]) ? [] : ProbabilityArray(texts[i], contexts[i]);
        return probabilities;
    }

    /// <summary>
    /// Labels many paragraphs in one pass through the model (faster than one <see cref="Predict(string)"/> call
    /// each); empty or whitespace texts get null.
    /// </summary>
    /// <param name="texts">The paragraphs' texts.</param>
    /// <returns>One label (or null) per text, in order.</returns>
    public IReadOnlyList<ParagraphLabel?> PredictMany(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var labels = new ParagraphLabel?[texts.Count];
        if (scorer is not null)
        {
            for (int i = 0; i < texts.Count; i++) labels[i] = Predict(texts[i]);
            return labels;
        }

        var rows = new List<ParagraphRow>(texts.Count);
        var positions = new List<int>(texts.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            if (TooShort(texts[i])) continue;
            rows.Add(ParagraphFeaturizer.ToRow(texts[i]));
            positions.Add(i);
        }

        if (rows.Count == 0) return labels;
        var scored = PredictRows(rows);
        for (int n = 0; n < rows.Count; n++) labels[positions[n]] = scored[n];
        return labels;
    }

    /// <summary>Scores featurised rows in one pass through ML.NET's transformer.</summary>
    internal ParagraphLabel?[] PredictRows(IReadOnlyList<ParagraphRow> rows) =>
        [.. ScoreRows(rows).Select(scores => ToLabel(scores))];

    /// <summary>The probabilities of featurised rows (in <see cref="Categories"/> order), in one pass through ML.NET's transformer.</summary>
    internal double[][] ScoreRows(IReadOnlyList<ParagraphRow> rows)
    {
        var result = new double[rows.Count][];
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows, SchemaDefinition.Create(typeof(ParagraphRow))));
        int n = 0;
        foreach (var scores in scored.GetColumn<float[]>(ClassifierPipeline.Score))
        {
            result[n++] = [.. scores.Select(x => (double)x)];
        }

        return result;
    }

    /// <summary>The probability of every category for <paramref name="text"/>, in <see cref="Categories"/> order; empty for empty text.</summary>
    /// <param name="text">The paragraph's text.</param>
    public IReadOnlyList<double> Probabilities(string text) => Probabilities(text, ParagraphContext.None);

    /// <summary>The probability of every category for <paramref name="text"/> in its <paramref name="context"/>, in <see cref="Categories"/> order; empty for empty text.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="context">Its title, unknown heading and position.</param>
    public IReadOnlyList<double> Probabilities(string text, ParagraphContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return string.IsNullOrWhiteSpace(text) ? [] : ProbabilityArray(text, context);
    }

    // The probabilities of a non-empty text, in category order, as a fresh array.
    private double[] ProbabilityArray(string text, ParagraphContext context)
    {
        if (scorer is not null)
        {
            var probabilities = new double[scorer.Classes];
            scorer.ScoreText(text, context, probabilities);
            return probabilities;
        }

        return [.. PredictWithEngine(text, context).Select(s => (double)s)];
    }

    /// <summary>Whether predictions skip ML.NET's row machinery (maximum-entropy models do).</summary>
    internal bool HasFastScorer => scorer is not null;

    /// <summary>The probabilities as ML.NET's own prediction engine computes them.</summary>
    internal float[] PredictWithEngine(string text, ParagraphContext? context = null)
    {
        var row = ParagraphFeaturizer.ToRow(text, context);
        if (!engines.TryTake(out var engine)) engine = ml.Model.CreatePredictionEngine<ParagraphRow, ParagraphScores>(model, inputSchema);
        try
        {
            return engine.Predict(row).Score;
        }
        finally
        {
            engines.Add(engine);
        }
    }

    /// <summary>Whether a text is too short to label: empty, whitespace or one character (after trimming).</summary>
    internal static bool TooShort(string text) => text.AsSpan().Trim().Length <= 1;

    internal static MLContext CreateContext(int seed)
    {
        var ml = new MLContext(seed);
        ml.ComponentCatalog.RegisterAssembly(typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly);
        return ml;
    }

    private ParagraphLabel? ToLabel(ReadOnlySpan<double> scores)
    {
        if (scores.Length == 0) return null;
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }

        if (double.IsNaN(scores[best]) || best >= categories.Length) return null;
        // Rounded to 4 places, which also hides the float rounding between the fast scorer and ML.NET.
        return new ParagraphLabel(categories[best], Math.Round(Math.Clamp(scores[best], 0, 1), 4));
    }

    private static string[]? ScoreCategories(ITransformer model, DataViewSchema inputSchema)
    {
        var column = model.GetOutputSchema(inputSchema).GetColumnOrNull(ClassifierPipeline.Score);
        if (column is not { } score || !score.HasSlotNames()) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        var result = names.DenseValues().Select(n => n.ToString()).ToArray();
        return result.Length == 0 || result.Any(string.IsNullOrEmpty) ? null : result;
    }

    private static ParagraphClassifier LoadEmbedded()
    {
        using var stream = EmbeddedData.OpenRaw(EmbeddedData.ParagraphModel);
        return Load(stream, "embedded " + EmbeddedData.ParagraphModel);
    }
}
