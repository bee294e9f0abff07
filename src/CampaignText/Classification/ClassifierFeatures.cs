namespace CampaignText.Classification;

/// <summary>Which features a <see cref="ClassifierTrainer"/> gives its algorithm.</summary>
public enum ClassifierFeatures
{
    /// <summary>Word unigrams and bigrams from the campaign segmenter, plus character 1–3-grams.</summary>
    WordsAndCharacters = 0,

    /// <summary>Character 1–3-grams only (a baseline that needs no segmenter).</summary>
    CharactersOnly = 1,

    /// <summary>
    /// Words and characters as <see cref="WordsAndCharacters"/>, plus a third block: the character
    /// 1–3-grams of the paragraph's first 15 characters, marked as its opening; the default.
    /// </summary>
    WordsCharactersAndLead = 2,
}
