namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// What the segmentation core asks of a dictionary. Implemented by value types so that the generic
/// core is specialised per dictionary kind with no interface dispatch on the hot path.
/// </summary>
internal interface IWordGraph
{
    /// <summary>log(total) of the dictionary's frequencies.</summary>
    double LogTotal { get; }

    /// <summary>Longest word length, bounding <see cref="WordsAt"/>'s output.</summary>
    int MaxWordLength { get; }

    /// <summary>
    /// Ends (exclusive) and weights <c>log(freq) - log(total)</c> of the words with freq &gt; 0 that
    /// start at <paramref name="start"/>, found by extending while the fragment is a dictionary prefix.
    /// </summary>
    int WordsAt(ReadOnlySpan<char> text, int start, Span<int> ends, Span<double> weights);

    /// <summary>
    /// Frequency of a word: -1 when the string is not in the dictionary at all, 0 when it is only a
    /// prefix of words (or a removed word), otherwise its frequency.
    /// </summary>
    long Frequency(ReadOnlySpan<char> word);

    /// <summary>Whether a word was removed and must be split by the HMM into characters.</summary>
    bool IsForceSplit(ReadOnlySpan<char> word);
}
