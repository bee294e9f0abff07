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

    /// <summary>
    /// Predicts the categories of the paragraphs of one article, each with its context. The library's models read
    /// the paragraphs together (each paragraph's probabilities mixed with its article's mean); implementations
    /// that do not fall back to <see cref="Predict(string, ParagraphContext)"/> for each.
    /// </summary>
    /// <param name="texts">The paragraphs' texts, in article order.</param>
    /// <param name="contexts">Their contexts, one per text.</param>
    /// <returns>One label (or null) per text, in order.</returns>
    IReadOnlyList<ParagraphLabel?> PredictArticle(IReadOnlyList<string> texts, IReadOnlyList<ParagraphContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(contexts);
        if (texts.Count != contexts.Count) throw new ArgumentException("one context is needed per text", nameof(contexts));
        var labels = new ParagraphLabel?[texts.Count];
        for (int i = 0; i < texts.Count; i++) labels[i] = Predict(texts[i], contexts[i]);
        return labels;
    }

    /// <summary>
    /// Predicts the categories of the paragraphs of a whole headless document (a news report, a notice, a piece with
    /// no core section heading), article by article. The library's models read each article together and then, when
    /// two or more articles have labelled paragraphs, the document together (each paragraph mixed with its article's
    /// mean, then with the document's); implementations that do not fall back to <see cref="PredictArticle"/> for each
    /// article.
    /// </summary>
    /// <param name="texts">Per article, its paragraphs' texts in order.</param>
    /// <param name="contexts">Per article, its paragraphs' contexts, one per text.</param>
    /// <returns>Per article, one label (or null) per text, in order.</returns>
    IReadOnlyList<IReadOnlyList<ParagraphLabel?>> PredictDocument(IReadOnlyList<IReadOnlyList<string>> texts, IReadOnlyList<IReadOnlyList<ParagraphContext>> contexts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(contexts);
        if (texts.Count != contexts.Count) throw new ArgumentException("one context list is needed per article", nameof(contexts));
        var labels = new IReadOnlyList<ParagraphLabel?>[texts.Count];
        for (int a = 0; a < texts.Count; a++) labels[a] = PredictArticle(texts[a], contexts[a]);
        return labels;
    }
}
