using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CampaignText.Classification;

/// <summary>
/// Complement naive Bayes (Rennie, Shih, Teevan and Karger, 2003) over the maximum-entropy model's own feature
/// vectors, mixed into that model. Both are linear in the same features, so the weighted geometric mean of their
/// probabilities, p ∝ p_maxent^(1−w) · p_nb^w, is itself a maximum-entropy model with weights
/// (1−w)·W_maxent + w·W_nb and biases (1−w)·b: the mixture is written into the trained model's weights, and
/// everything that reads a maximum-entropy model (ML.NET's engine, <see cref="LinearScorer"/>, a saved zip)
/// reads it unchanged, at no cost in size or speed.
/// </summary>
/// <remarks>
/// Naive Bayes weighs a feature by how often it occurs with the other classes, not by how well it separates the
/// training paragraphs, so it leans less on n-grams that happen to tell our own corpus's classes apart. On real
/// pages (see the model card) the mixture was right more often than either model alone.
/// </remarks>
internal static class ComplementNaiveBayes
{
    /// <summary>The additive (Laplace) smoothing of the feature counts.</summary>
    public const double Smoothing = 1.0;

    /// <summary>
    /// The complement naive Bayes weights of each class from per-class feature sums: w[c][j] = −log(θ̂[c][j]),
    /// θ̂ the smoothed share of feature j among the features of the other classes; then centred on each feature's
    /// mean over the classes (which leaves the probabilities unchanged and keeps the weights small).
    /// </summary>
    /// <param name="classSums">The sum of the feature vectors of each class's training rows.</param>
    /// <param name="smoothing">The count added to every feature of every complement.</param>
    public static double[][] Weights(double[][] classSums, double smoothing = Smoothing)
    {
        ArgumentNullException.ThrowIfNull(classSums);
        int classes = classSums.Length;
        if (classes < 2) throw new ArgumentException("at least two classes are needed", nameof(classSums));
        int dims = classSums[0].Length;
        var all = new double[dims];
        foreach (var sums in classSums)
        {
            if (sums.Length != dims) throw new ArgumentException("every class needs the same number of features", nameof(classSums));
            for (int j = 0; j < dims; j++) all[j] += sums[j];
        }

        var weights = new double[classes][];
        for (int c = 0; c < classes; c++)
        {
            double total = 0;
            var complement = new double[dims];
            for (int j = 0; j < dims; j++) total += complement[j] = all[j] - classSums[c][j] + smoothing;
            weights[c] = new double[dims];
            for (int j = 0; j < dims; j++) weights[c][j] = -Math.Log(complement[j] / total);
        }

        for (int j = 0; j < dims; j++)
        {
            double mean = 0;
            for (int c = 0; c < classes; c++) mean += weights[c][j];
            mean /= classes;
            for (int c = 0; c < classes; c++) weights[c][j] -= mean;
        }

        return weights;
    }

    /// <summary>
    /// The sum of the feature vectors of each class over <paramref name="data"/> as <paramref name="model"/> featurises
    /// it, read in row order (so the same rows give the same sums).
    /// </summary>
    public static double[][] ClassSums(ITransformer model, IDataView data, int classes)
    {
        var transformed = model.Transform(data);
        var schema = transformed.Schema;
        var featureColumn = schema[ClassifierPipeline.Features];
        var labelColumn = schema[ClassifierPipeline.Label];
        int dims = (featureColumn.Type as VectorDataViewType)?.Size ?? throw new InvalidOperationException("the model has no feature vector");
        var sums = new double[classes][];
        for (int c = 0; c < classes; c++) sums[c] = new double[dims];
        using var cursor = transformed.GetRowCursor([featureColumn, labelColumn]);
        var features = cursor.GetGetter<VBuffer<float>>(featureColumn);
        var label = cursor.GetGetter<uint>(labelColumn);
        VBuffer<float> vector = default;
        uint key = 0;
        while (cursor.MoveNext())
        {
            features(ref vector);
            label(ref key);
            if (key == 0 || key > classes) continue; // a missing label
            var row = sums[key - 1];
            foreach (var (slot, value) in vector.Items()) row[slot] += value;
        }

        return sums;
    }

    /// <summary>
    /// Mixes complement naive Bayes, trained on the same rows, into a fitted maximum-entropy model with weight
    /// <paramref name="weight"/>.
    /// </summary>
    /// <param name="model">A fitted chain whose last transformer is a maximum-entropy predictor.</param>
    /// <param name="data">The rows it was fitted on.</param>
    /// <param name="weight">The naive Bayes model's weight, in (0, 1).</param>
    /// <exception cref="InvalidOperationException">The model is not a maximum-entropy model whose weights can be rewritten.</exception>
    public static void MixInto(ITransformer model, IDataView data, double weight)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (weight is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(weight), "the weight must lie between 0 and 1");
        var parameters = (LinearScorer.Last(model) as MulticlassPredictionTransformer<MaximumEntropyModelParameters>)?.Model
            ?? throw new InvalidOperationException("naive Bayes can be mixed only into a maximum-entropy model");

        var stored = Field(parameters, "Weights") as VBuffer<float>[];
        var biases = Field(parameters, "Biases") as float[];
        if (stored is null || biases is null || stored.Length != biases.Length)
        {
            throw new InvalidOperationException("this version of ML.NET keeps its maximum-entropy weights where they cannot be rewritten");
        }

        int classes = stored.Length;
        var nb = Weights(ClassSums(model, data, classes));
        int dims = nb[0].Length;
        for (int c = 0; c < classes; c++)
        {
            if (stored[c].Length != dims) throw new InvalidOperationException("the model's weights and features differ in length");
            var mixed = new float[dims];
            foreach (var (slot, value) in stored[c].Items()) mixed[slot] = (float)((1 - weight) * value);
            for (int j = 0; j < dims; j++) mixed[j] += (float)(weight * nb[c][j]);
            stored[c] = new VBuffer<float>(dims, mixed);
            biases[c] = (float)((1 - weight) * biases[c]);
        }

        // ML.NET keeps a dense copy of sparse weights for scoring sparse rows; drop it so that it is made again.
        var dense = typeof(LinearMulticlassModelParametersBase).GetField("_weightsDense", BindingFlags.Instance | BindingFlags.NonPublic);
        if (dense is not null && !ReferenceEquals(dense.GetValue(parameters), stored)) dense.SetValue(parameters, null);
    }

    private static object? Field(object target, string name) =>
        typeof(LinearMulticlassModelParametersBase).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetValue(target);
}
