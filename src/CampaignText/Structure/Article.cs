namespace CampaignText.Structure;

/// <summary>One article (or one brief item) inside a section.</summary>
/// <param name="Title">The article's title, joined when it ran over two lines; <c>null</c> when none.</param>
/// <param name="Attribution">Who contributed it, from (东城区文明办) or （本刊）; <c>null</c> when none.</param>
/// <param name="Tag">For brief items, the 【文明实践】-style tag without brackets; <c>null</c> otherwise.</param>
/// <param name="Paragraphs">The article's paragraphs in document order.</param>
public sealed record Article(string? Title, string? Attribution, string? Tag, IReadOnlyList<Paragraph> Paragraphs);
