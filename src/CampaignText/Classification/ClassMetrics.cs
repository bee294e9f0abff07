namespace CampaignText.Classification;

/// <summary>Precision, recall and F1 of one category in a <see cref="ClassifierReport"/>.</summary>
/// <param name="Category">The category id.</param>
/// <param name="Precision">Of the paragraphs predicted as this category, the share that are; 0 when none was predicted.</param>
/// <param name="Recall">Of the paragraphs of this category, the share predicted as it; 0 when there are none.</param>
/// <param name="F1">The harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">How many paragraphs of this category were evaluated.</param>
public sealed record ClassMetrics(string Category, double Precision, double Recall, double F1, int Support);
