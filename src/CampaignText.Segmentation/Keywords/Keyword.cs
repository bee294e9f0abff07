namespace CampaignText.Segmentation.Keywords;

/// <summary>A keyword and its weight (TF-IDF score or normalised TextRank score).</summary>
/// <param name="Word">The word.</param>
/// <param name="Weight">Its weight; higher is more important.</param>
public readonly record struct Keyword(string Word, double Weight);
