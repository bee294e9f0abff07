
namespace CampaignText.Segmentation.Keywords;

/// <summary>
/// Keyword extraction as jieba.analyse does it: TF-IDF (<see cref="ExtractTfIdf"/>) and TextRank
/// (<see cref="ExtractTextRank"/>), with jieba's stop words and optional part-of-speech filters.
/// Immutable and thread-safe.
/// </summary>
public sealed class KeywordExtractor
{
    private static readonly Lazy<IReadOnlySet<string>> StockStopWords = new(() =>
        SegmentationData.ReadAllText(SegmentationData.JiebaStopWords)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>The part-of-speech tags TextRank keeps by default: ns, n, vn, v.</summary>
    public static readonly IReadOnlyList<string> DefaultTextRankTags = ["ns", "n", "vn", "v"];

    private readonly JiebaSegmenter _segmenter;
    private readonly IdfTable _idf;
    private readonly IReadOnlySet<string> _stopWords;

    /// <summary>Creates an extractor.</summary>
    /// <param name="segmenter">The segmenter; <see cref="JiebaSegmenter.Default"/> when null.</param>
    /// <param name="idf">The idf table; <see cref="IdfTable.Default"/> when null.</param>
    /// <param name="stopWords">Stop words; jieba's defaults when null.</param>
    public KeywordExtractor(JiebaSegmenter? segmenter = null, IdfTable? idf = null, IEnumerable<string>? stopWords = null)
    {
        _segmenter = segmenter ?? JiebaSegmenter.Default;
        _idf = idf ?? IdfTable.Default;
        _stopWords = stopWords is null ? StockStopWords.Value : stopWords.ToHashSet(StringComparer.Ordinal);
    }

    private bool Keep(string word) =>
        CharClass.CodePointCount(CharClass.StripSpace(word)) >= 2 && !_stopWords.Contains(word.ToLowerInvariant());

    /// <summary>
    /// TF-IDF keywords (jieba.analyse.extract_tags): term frequency in the text times idf, best first;
    /// equal weights keep the order of first occurrence.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="top">How many to return; 0 or less for all.</param>
    /// <param name="allowedTags">When given, only words with these part-of-speech tags count.</param>
    public IReadOnlyList<Keyword> ExtractTfIdf(string text, int top = 20, IEnumerable<string>? allowedTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var allow = allowedTags?.ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> words = allow is { Count: > 0 }
            ? _segmenter.Tag(text).Where(t => allow.Contains(t.Tag)).Select(t => t.Word)
            : _segmenter.Cut(text);
        var freq = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var w in words)
        {
            if (!Keep(w)) continue;
            if (freq.TryGetValue(w, out double f)) freq[w] = f + 1.0;
            else
            {
                freq[w] = 1.0;
                order.Add(w);
            }
        }
        double total = 0;
        foreach (var w in order) total += freq[w];
        var result = new List<Keyword>(order.Count);
        foreach (var w in order) result.Add(new Keyword(w, freq[w] * (_idf[w] / total)));
        return TopStable(result, top);
    }

    /// <summary>
    /// TextRank keywords (jieba.analyse.textrank): a co-occurrence graph over a window of 5 words,
    /// ranked by 10 iterations with damping 0.85, normalised so the best has weight 1.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="top">How many to return; 0 or less for all.</param>
    /// <param name="allowedTags">Tags to keep; <see cref="DefaultTextRankTags"/> when null.</param>
    public IReadOnlyList<Keyword> ExtractTextRank(string text, int top = 20, IEnumerable<string>? allowedTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var allow = (allowedTags ?? DefaultTextRankTags).ToHashSet(StringComparer.Ordinal);
        var words = _segmenter.Tag(text);
        bool Filter(in TaggedToken t) => allow.Contains(t.Tag) && Keep(t.Word);

        const int span = 5;
        var cm = new Dictionary<(string, string), int>();
        var cmOrder = new List<(string, string)>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!Filter(words[i])) continue;
            for (int j = i + 1; j < i + span; j++)
            {
                if (j >= words.Count) break;
                if (!Filter(words[j])) continue;
                var key = (words[i].Word, words[j].Word);
                if (cm.TryGetValue(key, out int c)) cm[key] = c + 1;
                else
                {
                    cm[key] = 1;
                    cmOrder.Add(key);
                }
            }
        }

        // UndirectWeightedGraph: adjacency lists in insertion order.
        var graph = new Dictionary<string, List<(string End, double Weight)>>(StringComparer.Ordinal);
        var nodes = new List<string>();
        void Add(string a, string b, double w)
        {
            if (!graph.TryGetValue(a, out var list))
            {
                graph[a] = list = [];
                nodes.Add(a);
            }
            list.Add((b, w));
        }
        foreach (var key in cmOrder)
        {
            Add(key.Item1, key.Item2, cm[key]);
            Add(key.Item2, key.Item1, cm[key]);
        }

        const double d = 0.85;
        var ws = new Dictionary<string, double>(StringComparer.Ordinal);
        var outSum = new Dictionary<string, double>(StringComparer.Ordinal);
        double wsdef = 1.0 / (nodes.Count == 0 ? 1.0 : nodes.Count);
        foreach (var n in nodes)
        {
            ws[n] = wsdef;
            double sum = 0.0;
            foreach (var e in graph[n]) sum += e.Weight;
            outSum[n] = sum;
        }
        var sortedKeys = nodes.ToArray();
        Array.Sort(sortedKeys, ComparePython);
        for (int x = 0; x < 10; x++)
        {
            foreach (var n in sortedKeys)
            {
                double s = 0;
                foreach (var e in graph[n]) s += e.Weight / outSum[e.End] * ws[e.End];
                ws[n] = (1 - d) + d * s;
            }
        }
        double minRank = double.MaxValue, maxRank = 2.2250738585072014e-308; // sys.float_info.max, .min
        foreach (var n in nodes)
        {
            double w = ws[n];
            if (w < minRank) minRank = w;
            if (w > maxRank) maxRank = w;
        }
        var result = new List<Keyword>(nodes.Count);
        foreach (var n in nodes) result.Add(new Keyword(n, (ws[n] - minRank / 10.0) / (maxRank - minRank / 10.0)));
        return TopStable(result, top);
    }

    // python compares strings by code point.
    private static int ComparePython(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int ca = char.ConvertToUtf32OrSelf(a, i), cb = char.ConvertToUtf32OrSelf(b, j);
            if (ca != cb) return ca.CompareTo(cb);
            i += ca > 0xFFFF ? 2 : 1;
            j += cb > 0xFFFF ? 2 : 1;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static List<Keyword> TopStable(List<Keyword> items, int top)
    {
        // python's sorted(..., reverse=True) is stable: equal weights keep their order.
        var sorted = items.Select((k, i) => (k, i)).OrderByDescending(p => p.k.Weight).ThenBy(p => p.i).Select(p => p.k).ToList();
        return top > 0 && sorted.Count > top ? sorted.GetRange(0, top) : sorted;
    }
}
