namespace CampaignText.Structure;

/// <summary>A section of a bulletin, opened by a 【…】 heading.</summary>
/// <param name="Heading">The text inside 【】 with inner spaces removed; <c>null</c> for text before any heading.</param>
/// <param name="Category">The stable lowercase id of the heading from <see cref="SectionCategories"/>.</param>
/// <param name="Articles">The section's articles in document order.</param>
public sealed record Section(string? Heading, string Category, IReadOnlyList<Article> Articles);
