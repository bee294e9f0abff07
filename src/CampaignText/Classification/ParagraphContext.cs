namespace CampaignText.Classification;

/// <summary>
/// What a classifier may know about a paragraph beyond its text: its article's title, its section
/// heading when that heading does not decide the label itself, its part heading and its place in the article. Every
/// part is optional; a paragraph of a headless page has no heading and may have no title.
/// </summary>
/// <param name="Title">The article's title (or the document's title on a headless page); null when none.</param>
/// <param name="Heading">The section heading (the text inside 【】) when it is not one of the core headings; null when none.</param>
/// <param name="Position">The paragraph's 0-based position in its article.</param>
/// <param name="Count">How many paragraphs its article has (at least 1).</param>
public sealed record ParagraphContext(string? Title, string? Heading, int Position, int Count)
{
    /// <summary>No context: a paragraph on its own, as the only paragraph of an untitled article.</summary>
    public static readonly ParagraphContext None = new(null, null, 0, 1);

    /// <summary>The part heading (一、… / （一）…) the paragraph sits under, as <see cref="Structure.Paragraph.Part"/>; null when none.</summary>
    public string? Part { get; init; }
}
