namespace CampaignText.Segmentation.Dictionary;

/// <summary>One lexicon entry: a word, its frequency and its part-of-speech tag (null when none).</summary>
/// <param name="Word">The word.</param>
/// <param name="Frequency">Its frequency; 0 for a removed word.</param>
/// <param name="Tag">Its part-of-speech tag, or null.</param>
public readonly record struct LexiconEntry(string Word, long Frequency, string? Tag);
