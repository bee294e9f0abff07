namespace CampaignText.Classification;

/// <summary>One held-out paragraph of a cross-validation: the example and what the model trained without its document said.</summary>
/// <param name="Example">The labelled paragraph.</param>
/// <param name="Predicted">The predicted category; empty when the model gave none.</param>
/// <param name="Confidence">The model's probability for <paramref name="Predicted"/>; 0 when none.</param>
public sealed record CrossValidationPrediction(LabeledParagraph Example, string Predicted, double Confidence);
