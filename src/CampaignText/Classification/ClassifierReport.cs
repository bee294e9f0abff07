using System.Globalization;
using System.Text;

namespace CampaignText.Classification;

/// <summary>
/// How well a classifier's predictions match the true categories: per-category precision, recall and
/// F1, the confusion matrix, accuracy and macro-F1 (the unweighted mean of the per-category F1).
/// Immutable.
/// </summary>
public sealed class ClassifierReport
{
    private readonly int[][] confusion;

    /// <summary>Builds a report from parallel lists of true and predicted categories.</summary>
    /// <param name="name">A name for the model evaluated (shown by <see cref="ToText"/>).</param>
    /// <param name="categories">The categories reported, in the order of the matrix; a category that is
    /// in neither list still gets a row.</param>
    /// <param name="actual">The true category of each paragraph.</param>
    /// <param name="predicted">The predicted category of each paragraph; one not in
    /// <paramref name="categories"/> counts as wrong for the true category's recall and for no precision.</param>
    /// <exception cref="ArgumentException">The lists differ in length, or a true category is not in <paramref name="categories"/>.</exception>
    public ClassifierReport(string name, IReadOnlyList<string> categories, IReadOnlyList<string> actual, IReadOnlyList<string> predicted)
        : this(name, categories, actual, predicted, null)
    {
    }

    /// <summary>Builds a report from parallel lists of true and predicted categories and the probability of each prediction.</summary>
    /// <param name="name">A name for the model evaluated.</param>
    /// <param name="categories">The categories reported, in the order of the matrix.</param>
    /// <param name="actual">The true category of each paragraph.</param>
    /// <param name="predicted">The predicted category of each paragraph.</param>
    /// <param name="confidences">The model's probability for each prediction (0 to 1); null when not known, then the calibration figures are null.</param>
    /// <exception cref="ArgumentException">The lists differ in length, or a true category is not in <paramref name="categories"/>.</exception>
    public ClassifierReport(string name, IReadOnlyList<string> categories, IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<double>? confidences)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count) throw new ArgumentException("actual and predicted differ in length", nameof(predicted));
        Name = name;
        Categories = categories.ToArray();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Categories.Count; i++) position[Categories[i]] = i;
        int k = Categories.Count;
        confusion = new int[k][];
        for (int i = 0; i < k; i++) confusion[i] = new int[k];
        int correct = 0;
        for (int n = 0; n < actual.Count; n++)
        {
            if (!position.TryGetValue(actual[n], out int a)) throw new ArgumentException($"unknown category '{actual[n]}'", nameof(actual));
            if (position.TryGetValue(predicted[n], out int p)) confusion[a][p]++;
            if (string.Equals(actual[n], predicted[n], StringComparison.Ordinal)) correct++;
        }

        Count = actual.Count;
        Accuracy = Count == 0 ? 0 : (double)correct / Count;
        var metrics = new ClassMetrics[k];
        for (int c = 0; c < k; c++)
        {
            int support = actual.Count(x => x == Categories[c]);
            int truePositive = confusion[c][c];
            int predictedAs = predicted.Count(x => x == Categories[c]);
            double precision = predictedAs == 0 ? 0 : (double)truePositive / predictedAs;
            double recall = support == 0 ? 0 : (double)truePositive / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            metrics[c] = new ClassMetrics(Categories[c], precision, recall, f1, support);
        }

        PerClass = metrics;
        MacroF1 = k == 0 ? 0 : metrics.Average(m => m.F1);
        if (confidences is not null)
        {
            if (confidences.Count != actual.Count) throw new ArgumentException("confidences and actual differ in length", nameof(confidences));
            Calibrate(actual, predicted, confidences);
        }
    }

    /// <summary>How many equal-width confidence bins <see cref="ExpectedCalibrationError"/> uses.</summary>
    public const int CalibrationBins = 10;

    /// <summary>The confidence above which <see cref="HighConfidenceAccuracy"/> is measured.</summary>
    public const double HighConfidence = 0.8;

    /// <summary>
    /// Expected calibration error: predictions binned by confidence into <see cref="CalibrationBins"/>
    /// equal-width bins, the gap between each bin's accuracy and its mean confidence, weighted by the
    /// bin's share of paragraphs. 0 for a perfectly calibrated model; null when no confidences were given.
    /// </summary>
    public double? ExpectedCalibrationError { get; private set; }

    /// <summary>The accuracy of the predictions whose confidence is above <see cref="HighConfidence"/>; null when there are none or no confidences were given.</summary>
    public double? HighConfidenceAccuracy { get; private set; }

    /// <summary>How many predictions have a confidence above <see cref="HighConfidence"/>; null when no confidences were given.</summary>
    public int? HighConfidenceCount { get; private set; }

    private void Calibrate(IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<double> confidences)
    {
        var binCount = new int[CalibrationBins];
        var binRight = new int[CalibrationBins];
        var binConfidence = new double[CalibrationBins];
        int high = 0, highRight = 0;
        for (int n = 0; n < actual.Count; n++)
        {
            double c = Math.Clamp(confidences[n], 0, 1);
            bool right = string.Equals(actual[n], predicted[n], StringComparison.Ordinal);
            int bin = Math.Min(CalibrationBins - 1, (int)(c * CalibrationBins));
            binCount[bin]++;
            binConfidence[bin] += c;
            if (right) binRight[bin]++;
            if (c > HighConfidence)
            {
                high++;
                if (right) highRight++;
            }
        }

        double ece = 0;
        for (int b = 0; b < CalibrationBins; b++)
        {
            if (binCount[b] == 0) continue;
            ece += (double)binCount[b] / Math.Max(1, actual.Count) * Math.Abs((double)binRight[b] / binCount[b] - binConfidence[b] / binCount[b]);
        }

        ExpectedCalibrationError = ece;
        HighConfidenceCount = high;
        HighConfidenceAccuracy = high == 0 ? null : (double)highRight / high;
    }

    /// <summary>The name of the model evaluated.</summary>
    public string Name { get; }

    /// <summary>The categories, in the order of <see cref="PerClass"/> and of the confusion matrix.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Precision, recall and F1 of each category.</summary>
    public IReadOnlyList<ClassMetrics> PerClass { get; }

    /// <summary>How many paragraphs were evaluated.</summary>
    public int Count { get; }

    /// <summary>The share of paragraphs predicted correctly.</summary>
    public double Accuracy { get; }

    /// <summary>The unweighted mean of the per-category F1.</summary>
    public double MacroF1 { get; }

    /// <summary>
    /// How many paragraphs of true category <see cref="Categories"/>[<paramref name="actual"/>] were
    /// predicted as <see cref="Categories"/>[<paramref name="predicted"/>].
    /// </summary>
    /// <param name="actual">Row: the position of the true category.</param>
    /// <param name="predicted">Column: the position of the predicted category.</param>
    public int Confusion(int actual, int predicted) => confusion[actual][predicted];

    /// <summary>A plain-text table: per-category precision, recall, F1 and support, then the confusion matrix.</summary>
    public string ToText()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        int width = Math.Max(10, Categories.Count == 0 ? 0 : Categories.Max(c => c.Length) + 1);
        sb.Append(ci, $"{Name}: macro-F1 {MacroF1:0.000}, accuracy {Accuracy:0.000} over {Count} paragraphs\n");
        if (ExpectedCalibrationError is { } ece)
        {
            string highAccuracy = HighConfidenceAccuracy is { } h ? h.ToString("0.000", ci) : "-";
            sb.Append(ci, $"  calibration: ECE {ece:0.000}; confidence > {HighConfidence:0.0}: {HighConfidenceCount} paragraphs, accuracy {highAccuracy}\n");
        }

        sb.Append(ci, $"  {"category".PadRight(width)} precision  recall     F1  support\n");
        foreach (var m in PerClass)
        {
            sb.Append(ci, $"  {m.Category.PadRight(width)} {m.Precision,9:0.000} {m.Recall,7:0.000} {m.F1,6:0.000} {m.Support,8}\n");
        }

        sb.Append("  confusion (rows true, columns predicted):\n");
        sb.Append("  ").Append(new string(' ', width));
        foreach (var c in Categories) sb.Append(' ').Append(Abbreviate(c).PadLeft(5));
        sb.Append('\n');
        for (int a = 0; a < Categories.Count; a++)
        {
            sb.Append("  ").Append(Categories[a].PadRight(width));
            for (int p = 0; p < Categories.Count; p++) sb.Append(' ').Append(confusion[a][p].ToString(ci).PadLeft(5));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Abbreviate(string category) => category.Length <= 5 ? category : category[..5];
}
