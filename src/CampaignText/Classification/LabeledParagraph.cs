namespace CampaignText.Classification;

/// <summary>A paragraph of a corpus document with the category its section heading gives it.</summary>
/// <param name="Document">The document the paragraph belongs to (the corpus path, for example <c>corpus/2021/x.txt</c>).</param>
/// <param name="Index">The paragraph's index in its document, as <see cref="Structure.Paragraph.Index"/>.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Category">The category id (creation, exchange, briefs, dispatch, inspection, …).</param>
public sealed record LabeledParagraph(string Document, int Index, string Text, string Category)
{
    /// <summary>The paragraph's article title, unknown heading and position; <see cref="ParagraphContext.None"/> by default.</summary>
    public ParagraphContext Context { get; init; } = ParagraphContext.None;

    /// <summary>Whether the paragraph's document has no known section heading (a headless page: news, notice, report …).</summary>
    public bool Headless { get; init; }

    /// <summary>The 0-based index of the paragraph's article in its document (sections in order): paragraphs with the same document and article are read together.</summary>
    public int Article { get; init; }
}
