namespace CampaignText.Extraction;

/// <summary>The district of the article a mention stands in, for the JSON <c>district</c> of mentions in a bulletin.</summary>
/// <param name="Name">The district's name; null when the article has none.</param>
internal readonly record struct ArticleDistrict(string? Name);
