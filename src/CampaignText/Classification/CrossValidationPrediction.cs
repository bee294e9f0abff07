namespace CampaignText.Classification;

/// <summary>One held-out paragraph of a cross-validation: the example and what the model trained without its document said.</summary>
/// <param name="Example">The labelled paragraph.</param>
/// <param name="Predicted">The predicted category; empty when the model gave none.</param>
/// <param name="Confidence">The model's probability for <paramref name="Predicted"/>; 0 when none.</param>
public sealed record CrossValidationPrediction(LabeledParagraph Example, string Predicted, double Confidence)
{
    /// <summary>The model's probability of every category, by category id; empty when not known.</summary>
    public IReadOnlyDictionary<string, double> Probabilities { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The prediction of an averaged ensemble: the mean of each category's probability over
    /// <paramref name="members"/> (predictions of the same example by several models), its best category
    /// and that category's mean probability.
    /// </summary>
    /// <param name="members">Predictions of one example by each model of the ensemble, with probabilities.</param>
    /// <exception cref="ArgumentException">No members, or they are of different examples.</exception>
    public static CrossValidationPrediction Average(IReadOnlyList<CrossValidationPrediction> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0 || members.Any(m => !ReferenceEquals(m.Example, members[0].Example)))
        {
            throw new ArgumentException("an ensemble averages predictions of one example", nameof(members));
        }

        var mean = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var (category, p) in m.Probabilities) mean[category] = mean.GetValueOrDefault(category) + p / members.Count;
        }

        if (mean.Count == 0) return new CrossValidationPrediction(members[0].Example, "", 0);
        var best = mean.MaxBy(kv => kv.Value);
        return new CrossValidationPrediction(members[0].Example, best.Key, best.Value) { Probabilities = mean };
    }
}
