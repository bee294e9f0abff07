namespace CampaignText.Classification;

/// <summary>A paragraph's predicted category and the classifier's probability for it.</summary>
/// <param name="Category">The category id (creation, exchange, briefs, dispatch, inspection, …).</param>
/// <param name="Confidence">The probability the classifier gives that category, from 0 to 1.</param>
public sealed record ParagraphLabel(string Category, double Confidence);
