using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// An immutable character trie over a sorted word list. Nodes are numbered breadth-first, so the
/// children of node n are the contiguous range <c>[childStart[n], childStart[n + 1])</c>, sorted by
/// label; the root's children are found through a direct 64K table. Each node carries the word's
/// frequency (0 for a prefix that is not a word), its precomputed log weight
/// <c>log(freq) - log(total)</c> and a tag index.
/// </summary>
internal sealed class WordTrie
{
    private readonly int[] _root;
    private readonly char[] _label;
    private readonly long[] _freq;
    private readonly ushort[] _tag;
    private readonly bool[] _isEntry;
    private readonly Node[] _nodes;

    // Each node's children's range and word weight, together in 16 bytes, as the Viterbi walk (WordsAt) reads them
    // at each step; the weight is negative infinity when the node is no word of frequency > 0.
    private readonly struct Node(double wordWeight, int childStart, int childEnd)
    {
        public readonly double WordWeight = wordWeight;
        public readonly int ChildStart = childStart;
        public readonly int ChildEnd = childEnd;
    }

    private WordTrie(int[] root, char[] label, int[] childStart, long[] freq, double[] weight, ushort[] tag, bool[] isEntry, int maxWordLength)
    {
        _isEntry = isEntry;
        _root = root;
        _label = label;
        _freq = freq;
        _tag = tag;
        MaxWordLength = maxWordLength;
        _nodes = new Node[label.Length];
        for (int k = 0; k < _nodes.Length; k++)
        {
            _nodes[k] = new Node(freq[k] > 0 ? weight[k] : double.NegativeInfinity, childStart[k], childStart[k + 1]);
        }
    }

    /// <summary>Number of nodes, the root included.</summary>
    public int NodeCount => _label.Length;

    /// <summary>Length of the longest word, in UTF-16 units.</summary>
    public int MaxWordLength { get; }

    /// <summary>
    /// Builds the trie from words sorted by ordinal (UTF-16) order without duplicates.
    /// </summary>
    public static WordTrie Build(WordList words, double logTotal)
    {
        int n = words.Count;
        // Upper bound on nodes: total characters + 1.
        long chars = 1 + words.CharCount;
        int maxLen = 0;
        for (int i = 0; i < n; i++)
        {
            if (words[i].Length > maxLen) maxLen = words[i].Length;
        }

        var label = new char[chars];
        var childStart = new int[chars + 1];
        var freq = new long[chars];
        var tag = new ushort[chars];
        var isEntry = new bool[chars];
        var root = new int[65536];

        // Breadth-first construction: queue entries are (node, lo, hi, depth) where words[lo..hi)
        // share the node's prefix of length depth.
        var qNode = new int[chars];
        var qLo = new int[chars];
        var qHi = new int[chars];
        var qDepth = new int[chars];
        int qHead = 0, qTail = 0;
        qNode[qTail] = 0; qLo[qTail] = 0; qHi[qTail] = n; qDepth[qTail] = 0; qTail++;
        int nodeCount = 1;

        while (qHead < qTail)
        {
            int node = qNode[qHead], lo = qLo[qHead], hi = qHi[qHead], d = qDepth[qHead];
            qHead++;
            int i = lo;
            if (i < hi && words[i].Length == d) i++; // the node itself is this word
            childStart[node] = nodeCount;
            while (i < hi)
            {
                char c = words[i][d];
                int j = i + 1;
                while (j < hi && words[j][d] == c) j++;
                int child = nodeCount++;
                label[child] = c;
                if (words[i].Length == d + 1)
                {
                    freq[child] = words.Frequency(i);
                    tag[child] = words.Tag(i);
                    isEntry[child] = true;
                }
                if (node == 0) root[c] = child;
                qNode[qTail] = child; qLo[qTail] = i; qHi[qTail] = j; qDepth[qTail] = d + 1; qTail++;
                i = j;
            }
        }
        childStart[nodeCount] = nodeCount;

        Array.Resize(ref label, nodeCount);
        Array.Resize(ref childStart, nodeCount + 1);
        Array.Resize(ref freq, nodeCount);
        Array.Resize(ref tag, nodeCount);
        Array.Resize(ref isEntry, nodeCount);
        return new WordTrie(root, label, childStart, freq, Weights(freq, logTotal), tag, isEntry, maxLen);
    }

    /// <summary>
    /// Reads a trie written by scripts/jieba/convert_jieba.py (format in that script's header) straight
    /// from a stream into the trie's arrays, returning it with its total, entry count and tag names.
    /// </summary>
    public static (WordTrie Trie, long Total, int Count, string?[] Tags) ReadBinary(Stream stream)
    {
        Span<byte> header = stackalloc byte[32];
        try
        {
            stream.ReadExactly(header);
            if (!header[..8].SequenceEqual("CTTRIE01"u8)) throw new CampaignTextException("not a CampaignText trie file (bad header)");
            int n = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
            long total = BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
            int maxLen = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
            int count = BinaryPrimitives.ReadInt32LittleEndian(header[24..]);
            int tagCount = BinaryPrimitives.ReadInt32LittleEndian(header[28..]);
            if (n <= 0 || n > 1 << 28 || tagCount <= 0 || tagCount > ushort.MaxValue) throw new CampaignTextException("trie file is corrupt (bad sizes)");
            var tags = new string?[tagCount];
            Span<byte> name = stackalloc byte[256];
            for (int t = 1; t < tagCount; t++)
            {
                int len = stream.ReadByte();
                if (len < 0) throw new EndOfStreamException();
                stream.ReadExactly(name[..len]);
                tags[t] = System.Text.Encoding.ASCII.GetString(name[..len]);
            }
            var label = new char[n];
            var childStart = new int[n + 1];
            var freq = new long[n];
            var tag = new ushort[n];
            var isEntry = new bool[n];
            stream.ReadExactly(MemoryMarshal.AsBytes(label.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(childStart.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(freq.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(tag.AsSpan()));
            stream.ReadExactly(MemoryMarshal.AsBytes(isEntry.AsSpan()));
            if (stream.ReadByte() != -1) throw new CampaignTextException("trie file is corrupt (trailing data)");
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the trie file is little-endian");
            var root = new int[65536];
            for (int c = childStart[0]; c < childStart[1]; c++) root[label[c]] = c;
            return (new WordTrie(root, label, childStart, freq, Weights(freq, Math.Log(total)), tag, isEntry, maxLen), total, count, tags);
        }
        catch (EndOfStreamException ex)
        {
            throw new CampaignTextException("trie file is truncated", ex);
        }
    }

    private static double[] Weights(long[] freq, double logTotal)
    {
        // jieba: log(FREQ.get(word) or 1) - logtotal
        var weight = new double[freq.Length];
        double none = 0.0 - logTotal;
        for (int k = 0; k < freq.Length; k++)
        {
            weight[k] = freq[k] > 0 ? Math.Log(freq[k]) - logTotal : none;
        }
        return weight;
    }

    /// <summary>Whether two tries have identical structure and content.</summary>
    public bool SameAs(WordTrie other) =>
        MaxWordLength == other.MaxWordLength && _label.AsSpan().SequenceEqual(other._label) &&
        _nodes.AsSpan().SequenceEqual(other._nodes) && _freq.AsSpan().SequenceEqual(other._freq) &&
        _isEntry.AsSpan().SequenceEqual(other._isEntry);

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or 0 when none.</summary>
    public int Child(int node, char c)
    {
        if (node == 0) return _root[c];
        return ChildIn(_label, _nodes[node].ChildStart, _nodes[node].ChildEnd, c);
    }

    /// <summary>The node spelling <paramref name="word"/>, or 0 when it is not a prefix of any word.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int node = 0;
        foreach (char c in word)
        {
            node = Child(node, c);
            if (node == 0) return 0;
        }
        return node;
    }

    /// <summary>Frequency of the word at a node (0 for a prefix only).</summary>
    public long Frequency(int node) => _freq[node];

    /// <summary>Whether the node is a dictionary entry (a word, possibly with frequency 0).</summary>
    public bool IsEntry(int node) => _isEntry[node];

    /// <summary>The character on the edge into a node.</summary>
    public char Label(int node) => _label[node];

    /// <summary>The range of a node's children.</summary>
    public (int Start, int End) Children(int node) => (_nodes[node].ChildStart, _nodes[node].ChildEnd);

    /// <summary>Tag index at a node (0 = no tag).</summary>
    public ushort Tag(int node) => _tag[node];

    /// <summary>
    /// Writes the ends (exclusive) and weights of the words with frequency &gt; 0 that start at
    /// <paramref name="start"/>; returns how many. Stops at the first prefix not in the trie.
    /// </summary>
    public int WordsAt(ReadOnlySpan<char> text, int start, Span<int> ends, Span<double> weights)
    {
        int count = 0;
        int node = _root[text[start]];
        int i = start;
        var nodes = _nodes;
        var labels = _label;
        while (node != 0)
        {
            ref readonly Node info = ref nodes[node];
            if (info.WordWeight != double.NegativeInfinity)
            {
                ends[count] = i + 1;
                weights[count] = info.WordWeight;
                count++;
            }
            i++;
            if (i >= text.Length) break;
            node = ChildIn(labels, info.ChildStart, info.ChildEnd, text[i]);
        }
        return count;
    }

    // The child labelled c among the sorted labels [lo, end), or 0 when none.
    private static int ChildIn(char[] label, int lo, int end, char c)
    {
        int hi = end - 1;
        while (hi - lo > 8)
        {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return mid;
        }
        for (int k = lo; k <= hi; k++)
        {
            if (label[k] == c) return k;
        }
        return 0;
    }
}
