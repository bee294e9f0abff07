namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// A flat list of words (one shared char buffer) with frequencies and tag indexes, used to build a
/// <see cref="WordTrie"/> without allocating a string per word.
/// </summary>
internal sealed class WordList
{
    private char[] _chars;
    private int[] _start;
    private int[] _length;
    private long[] _freq;
    private ushort[] _tag;
    private int _charCount;

    public WordList(int capacity, int charCapacity)
    {
        capacity = Math.Max(capacity, 4);
        _chars = new char[Math.Max(charCapacity, 16)];
        _start = new int[capacity];
        _length = new int[capacity];
        _freq = new long[capacity];
        _tag = new ushort[capacity];
    }

    public int Count { get; private set; }

    public int CharCount => _charCount;

    public ReadOnlySpan<char> this[int i] => _chars.AsSpan(_start[i], _length[i]);

    public long Frequency(int i) => _freq[i];

    public ushort Tag(int i) => _tag[i];

    public void SetLast(long freq, ushort tag)
    {
        _freq[Count - 1] = freq;
        _tag[Count - 1] = tag;
    }

    public void Add(ReadOnlySpan<char> word, long freq, ushort tag)
    {
        if (Count == _start.Length)
        {
            int n = Count * 2;
            Array.Resize(ref _start, n);
            Array.Resize(ref _length, n);
            Array.Resize(ref _freq, n);
            Array.Resize(ref _tag, n);
        }
        if (_charCount + word.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        word.CopyTo(_chars.AsSpan(_charCount));
        _start[Count] = _charCount;
        _length[Count] = word.Length;
        _freq[Count] = freq;
        _tag[Count] = tag;
        _charCount += word.Length;
        Count++;
    }

    /// <summary>Whether the words are in ordinal order (duplicates allowed).</summary>
    public bool IsSorted()
    {
        for (int i = 1; i < Count; i++)
        {
            if (this[i - 1].SequenceCompareTo(this[i]) > 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A new list sorted by word (stable), with duplicates collapsed so that the later entry wins.
    /// </summary>
    public WordList SortedUnique()
    {
        bool sorted = IsSorted();
        if (sorted)
        {
            bool duplicates = false;
            for (int i = 1; i < Count && !duplicates; i++) duplicates = this[i - 1].SequenceEqual(this[i]);
            if (!duplicates) return this;
        }
        var order = new int[Count];
        for (int i = 0; i < Count; i++) order[i] = i;
        if (!sorted)
        {
            Array.Sort(order, (a, b) =>
            {
                int c = this[a].SequenceCompareTo(this[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
        }
        var result = new WordList(Count, _charCount);
        foreach (int i in order)
        {
            if (result.Count > 0 && result[result.Count - 1].SequenceEqual(this[i])) result.SetLast(_freq[i], _tag[i]);
            else result.Add(this[i], _freq[i], _tag[i]);
        }
        return result;
    }
}
