namespace CampaignText.Classification;

/// <summary>
/// Stands for <see cref="ParagraphClassifier.Embedded"/> without loading it: the model is read on the
/// first paragraph labelled, so a pipeline that never labels never pays for it. One shared instance.
/// </summary>
internal sealed class EmbeddedClassifier : IParagraphClassifier
{
    /// <summary>The shared instance.</summary>
    public static readonly EmbeddedClassifier Instance = new();

    private EmbeddedClassifier()
    {
    }

    /// <inheritdoc/>
    public ParagraphLabel? Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrWhiteSpace(text) ? null : ParagraphClassifier.Embedded.Predict(text);
    }

    /// <inheritdoc/>
    public ParagraphLabel? Predict(string text, ParagraphContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return string.IsNullOrWhiteSpace(text) ? null : ParagraphClassifier.Embedded.Predict(text, context);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ParagraphLabel?> PredictArticle(IReadOnlyList<string> texts, IReadOnlyList<ParagraphContext> contexts) =>
        ParagraphClassifier.Embedded.PredictArticle(texts, contexts);

    /// <inheritdoc/>
    public IReadOnlyList<IReadOnlyList<ParagraphLabel?>> PredictDocument(IReadOnlyList<IReadOnlyList<string>> texts, IReadOnlyList<IReadOnlyList<ParagraphContext>> contexts) =>
        ParagraphClassifier.Embedded.PredictDocument(texts, contexts);
}
