using System.Collections.Frozen;
using System.Globalization;
using CampaignText.Resources;

namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// An immutable word list with frequencies and part-of-speech tags, in the form the segmenter walks
/// (a prefix trie). Build one with <see cref="LexiconBuilder"/>, load one in jieba's dictionary format
/// with <see cref="Load(Stream, string?)"/>, or use <see cref="Jieba"/> (jieba 0.42.1's stock dictionary)
/// or <see cref="Campaign"/> (stock plus the campaign lexicon). Thread-safe; share one instance.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> StockLexicon = new(LoadStock, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Lexicon> CampaignLexicon = new(LoadCampaign, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string?[] _tagNames;

    internal Lexicon(WordTrie trie, string?[] tagNames, long total, int count, FrozenSet<string> forceSplit)
    {
        Trie = trie;
        _tagNames = tagNames;
        Total = total;
        Count = count;
        LogTotal = Math.Log(total);
        ForceSplit = forceSplit;
        ForceSplitLookup = forceSplit.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>jieba 0.42.1's stock dictionary (349,045 words), loaded once on first use.</summary>
    public static Lexicon Jieba => StockLexicon.Value;

    /// <summary>
    /// The stock dictionary plus CampaignText's campaign lexicon (districts, 街道/乡镇, offices and
    /// campaign vocabulary), loaded once on first use. The default for bulletin analysis.
    /// </summary>
    public static Lexicon Campaign => CampaignLexicon.Value;

    /// <summary>Number of entries (words with a frequency, removed words included).</summary>
    public int Count { get; }

    /// <summary>Sum of all frequencies, as jieba counts it (every added frequency, duplicates included).</summary>
    public long Total { get; }

    internal double LogTotal { get; }

    internal WordTrie Trie { get; }

    internal FrozenSet<string> ForceSplit { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForceSplitLookup { get; }

    internal string?[] TagNames => _tagNames;

    internal bool IsEntry(int node) => Trie.IsEntry(node);

    /// <summary>Whether the word is in the lexicon with a frequency above zero.</summary>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int node = Trie.Find(word);
        return node != 0 && Trie.Frequency(node) > 0;
    }

    /// <summary>The word's frequency; null when it is not an entry (0 for a removed word).</summary>
    public long? GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int node = Trie.Find(word);
        return node != 0 && Trie.IsEntry(node) ? Trie.Frequency(node) : null;
    }

    /// <summary>The word's part-of-speech tag, or null when it has none.</summary>
    public string? GetTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int node = Trie.Find(word);
        return node == 0 ? null : _tagNames[Trie.Tag(node)];
    }

    /// <summary>Every entry in ordinal order of the word.</summary>
    public IEnumerable<LexiconEntry> Entries()
    {
        var buffer = new char[Math.Max(Trie.MaxWordLength, 1)];
        return Walk(0, 0, buffer);
    }

    private IEnumerable<LexiconEntry> Walk(int node, int depth, char[] buffer)
    {
        // Iterative depth-first walk in label order (the trie's depth is bounded by the longest word).
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((node, depth));
        while (stack.Count > 0)
        {
            var (n, d) = stack.Pop();
            if (n != 0)
            {
                buffer[d - 1] = Trie.Label(n);
                if (Trie.IsEntry(n))
                {
                    yield return new LexiconEntry(new string(buffer, 0, d), Trie.Frequency(n), _tagNames[Trie.Tag(n)]);
                }
            }
            var (lo, hi) = Trie.Children(n);
            for (int c = hi - 1; c >= lo; c--) stack.Push((c, d + 1));
        }
    }

    /// <summary>
    /// Loads a lexicon from a dictionary in jieba's format: one <c>word freq [tag]</c> per line, UTF-8.
    /// </summary>
    /// <param name="dictionary">The dictionary content.</param>
    /// <param name="name">A name for error messages (usually the file path).</param>
    /// <exception cref="CampaignTextException">A line is not <c>word freq [tag]</c>; the message names the line.</exception>
    public static Lexicon Load(Stream dictionary, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        using var reader = new StreamReader(dictionary, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return FromJiebaDictionary(reader.ReadToEnd(), name ?? "dictionary");
    }

    /// <summary>Loads a lexicon from a dictionary file in jieba's format (see <see cref="Load(Stream, string?)"/>).</summary>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (IOException ex)
        {
            throw new CampaignTextException($"cannot read dictionary: {ex.Message}", path, null, ex);
        }
    }

    private static Lexicon LoadStock()
    {
        using var stream = EmbeddedData.Open(EmbeddedData.JiebaDictionary);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return FromJiebaDictionary(reader.ReadToEnd(), EmbeddedData.JiebaDictionary);
    }

    private static Lexicon LoadCampaign()
    {
        var builder = new LexiconBuilder(Jieba);
        using var stream = EmbeddedData.Open(EmbeddedData.CampaignLexicon);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        builder.LoadUserDictionary(reader, EmbeddedData.CampaignLexicon);
        return builder.Build();
    }

    /// <summary>
    /// Parses jieba's dictionary format as gen_pfdict does (later duplicates win, every line adds to the
    /// total). Sorted input (as shipped) is detected and not re-sorted.
    /// </summary>
    internal static Lexicon FromJiebaDictionary(string content, string name)
    {
        var words = new List<string>(content.Length / 14);
        var freqs = new List<long>(content.Length / 14);
        var tags = new List<string?>(content.Length / 14);
        long total = 0;
        int lineNo = 0;
        var span = content.AsSpan();
        int pos = 0;
        while (pos < span.Length)
        {
            int nl = span[pos..].IndexOf('\n');
            var line = nl < 0 ? span[pos..] : span.Slice(pos, nl);
            pos = nl < 0 ? span.Length : pos + nl + 1;
            lineNo++;
            line = CharClass.StripSpace(line);
            if (lineNo == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (line.IsEmpty) continue;
            int sp1 = line.IndexOf(' ');
            if (sp1 <= 0) throw new CampaignTextException($"invalid dictionary entry '{line}': expected 'word freq [tag]'", name, lineNo);
            var word = line[..sp1];
            var rest = line[(sp1 + 1)..];
            int sp2 = rest.IndexOf(' ');
            var freqText = sp2 < 0 ? rest : rest[..sp2];
            if (!long.TryParse(freqText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long freq) || freq < 0)
            {
                throw new CampaignTextException($"invalid dictionary entry '{line}': frequency '{freqText}' is not a non-negative integer", name, lineNo);
            }
            string? tag = null;
            if (sp2 >= 0)
            {
                var tagText = rest[(sp2 + 1)..];
                int sp3 = tagText.IndexOf(' ');
                if (sp3 >= 0) tagText = tagText[..sp3];
                if (tagText.Length > 0) tag = tagText.ToString();
            }
            words.Add(word.ToString());
            freqs.Add(freq);
            tags.Add(tag);
            total = checked(total + freq);
        }
        return Create(words, freqs, tags, total, []);
    }

    /// <summary>Builds a lexicon from entries in any order; later duplicates win.</summary>
    internal static Lexicon Create(List<string> words, List<long> freqs, List<string?> tags, long total, IEnumerable<string> forceSplit)
    {
        int n = words.Count;
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        bool sorted = true;
        for (int i = 1; i < n && sorted; i++) sorted = string.CompareOrdinal(words[i - 1], words[i]) <= 0;
        if (!sorted)
        {
            // Stable: equal words keep their order, so the later duplicate is last.
            var keys = words.ToArray();
            Array.Sort(keys, order, StringComparer.Ordinal);
            var pairs = order.Select((o, i) => (Word: words[o], Index: o)).ToArray();
            Array.Sort(pairs, (a, b) =>
            {
                int c = string.CompareOrdinal(a.Word, b.Word);
                return c != 0 ? c : a.Index.CompareTo(b.Index);
            });
            for (int i = 0; i < n; i++) order[i] = pairs[i].Index;
        }

        var tagIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var tagNames = new List<string?> { null };
        var uw = new List<string>(n);
        var uf = new List<long>(n);
        var ut = new List<ushort>(n);
        for (int k = 0; k < n; k++)
        {
            int i = order[k];
            ushort t = 0;
            string? tag = tags[i];
            if (tag is not null && !tagIndex.TryGetValue(tag, out t))
            {
                if (tagNames.Count == ushort.MaxValue) throw new CampaignTextException("too many distinct tags in a lexicon (at most 65534)");
                t = (ushort)tagNames.Count;
                tagIndex[tag] = t;
                tagNames.Add(tag);
            }
            if (uw.Count > 0 && uw[^1] == words[i])
            {
                uf[^1] = freqs[i];
                ut[^1] = t;
            }
            else
            {
                uw.Add(words[i]);
                uf.Add(freqs[i]);
                ut.Add(t);
            }
        }
        double logTotal = Math.Log(total);
        var trie = WordTrie.Build(uw.ToArray(), uf.ToArray(), ut.ToArray(), logTotal);
        return new Lexicon(trie, tagNames.ToArray(), total, uw.Count, forceSplit.ToFrozenSet(StringComparer.Ordinal));
    }
}
