namespace CampaignText.Classification;

/// <summary>A paragraph of a corpus document with the category its section heading gives it.</summary>
/// <param name="Document">The document the paragraph belongs to (the corpus path, for example <c>corpus/2021/x.txt</c>).</param>
/// <param name="Index">The paragraph's index in its document, as <see cref="Structure.Paragraph.Index"/>.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Category">The category id (creation, exchange, briefs, dispatch, inspection, …).</param>
public sealed record LabeledParagraph(string Document, int Index, string Text, string Category);
