namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// A base lexicon with a builder's pending changes on top, as one <see cref="IWordGraph"/>. Used to
/// compute suggested frequencies exactly as jieba would after its earlier add_word calls.
/// </summary>
internal readonly struct OverlayGraph(
    Lexicon baseLexicon,
    Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> overlay,
    HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes,
    HashSet<string> forceSplit,
    double logTotal,
    int maxWordLength) : IWordGraph
{
    public double LogTotal => logTotal;

    public int MaxWordLength => maxWordLength;

    public int WordsAt(ReadOnlySpan<char> text, int start, Span<int> ends, Span<double> weights)
    {
        var trie = baseLexicon.Trie;
        int count = 0;
        int node = 0;
        bool inBase = true;
        for (int i = start; i < text.Length; i++)
        {
            if (inBase)
            {
                node = trie.Child(node, text[i]);
                inBase = node != 0;
            }
            var frag = text[start..(i + 1)];
            if (!inBase && !prefixes.Contains(frag)) break;
            long freq = overlay.TryGetValue(frag, out long f) ? f : inBase ? trie.Frequency(node) : 0;
            if (freq > 0)
            {
                ends[count] = i + 1;
                weights[count] = Math.Log(freq) - logTotal;
                count++;
            }
        }
        return count;
    }

    public long Frequency(ReadOnlySpan<char> word)
    {
        if (overlay.TryGetValue(word, out long f)) return f;
        int node = baseLexicon.Trie.Find(word);
        if (node != 0) return baseLexicon.Trie.Frequency(node);
        return prefixes.Contains(word) ? 0 : -1;
    }

    public bool IsForceSplit(ReadOnlySpan<char> word) =>
        forceSplit.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ||
        (baseLexicon.ForceSplit.Count != 0 && baseLexicon.ForceSplitLookup.Contains(word));
}
