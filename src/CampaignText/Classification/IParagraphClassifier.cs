namespace CampaignText.Classification;

/// <summary>
/// Labels a paragraph from its text alone. Implementations are thread-safe: one instance serves every
/// thread of a pipeline.
/// </summary>
public interface IParagraphClassifier
{
    /// <summary>Predicts the category of <paramref name="text"/>.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <returns>The label, or null when the text is empty or whitespace (no guess is made).</returns>
    ParagraphLabel? Predict(string text);
}
