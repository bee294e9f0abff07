namespace CampaignText.Classification;

/// <summary>
/// Labels a paragraph. Implementations are thread-safe: one instance serves every thread of a pipeline.
/// </summary>
public interface IParagraphClassifier
{
    /// <summary>Predicts the category of <paramref name="text"/> from the text alone.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <returns>The label, or null when the text is empty, whitespace or (for the library's models) one character (no guess is made).</returns>
    ParagraphLabel? Predict(string text);

    /// <summary>
    /// Predicts the category of <paramref name="text"/> with what is known around it (article title,
    /// unknown section heading, position). Implementations that use no context fall back to
    /// <see cref="Predict(string)"/>.
    /// </summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="context">The paragraph's context.</param>
    /// <returns>The label, or null when the text is empty or whitespace.</returns>
    ParagraphLabel? Predict(string text, ParagraphContext context) => Predict(text);
}
