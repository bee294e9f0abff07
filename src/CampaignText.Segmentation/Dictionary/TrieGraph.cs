namespace CampaignText.Segmentation.Dictionary;

/// <summary>An immutable lexicon seen through <see cref="IWordGraph"/>.</summary>
internal readonly struct TrieGraph(Lexicon lexicon) : IWordGraph
{
    public double LogTotal => lexicon.LogTotal;

    public int MaxWordLength => lexicon.Trie.MaxWordLength;

    public int WordsAt(ReadOnlySpan<char> text, int start, Span<int> ends, Span<double> weights) =>
        lexicon.Trie.WordsAt(text, start, ends, weights);

    public long Frequency(ReadOnlySpan<char> word)
    {
        int node = lexicon.Trie.Find(word);
        return node == 0 ? -1 : lexicon.Trie.Frequency(node);
    }

    public bool IsForceSplit(ReadOnlySpan<char> word) =>
        lexicon.ForceSplit.Count != 0 && lexicon.ForceSplitLookup.Contains(word);
}
