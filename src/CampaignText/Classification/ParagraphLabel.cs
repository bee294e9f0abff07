namespace CampaignText.Classification;

/// <summary>A paragraph's category, how sure the labeller is of it, and what decided it.</summary>
/// <param name="Category">The category id (creation, exchange, briefs, dispatch, inspection, …).</param>
/// <param name="Confidence">The probability the classifier gives that category, from 0 to 1 (1 when the section heading decided).</param>
public sealed record ParagraphLabel(string Category, double Confidence)
{
    /// <summary>What decided the label: the classifier (the default) or a known section heading.</summary>
    public LabelSource Source { get; init; } = LabelSource.Model;
}
