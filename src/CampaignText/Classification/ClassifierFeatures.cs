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
    /// 1–3-grams of the paragraph's first 15 characters, marked as its opening.
    /// </summary>
    WordsCharactersAndLead = 2,

    /// <summary>
    /// Words, characters and lead as <see cref="WordsCharactersAndLead"/>, plus a fourth block: the
    /// character 1–3-grams of the paragraph's context (its article's title, its section heading when not
    /// a core heading, its place in the article; see <see cref="ParagraphContext"/>); the default.
    /// Training hides title and heading at random, so the model also serves paragraphs without them.
    /// </summary>
    WordsCharactersLeadAndContext = 3,
}
