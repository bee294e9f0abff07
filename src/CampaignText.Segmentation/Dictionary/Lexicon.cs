using System.Collections.Frozen;
using System.Globalization;

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
        var tags = new TagTable();
        var list = new WordList(Count, Count * 3);
        CopyEntriesTo(list, tags);
        var names = tags.ToArray();
        for (int i = 0; i < list.Count; i++) yield return new LexiconEntry(list[i].ToString(), list.Frequency(i), names[list.Tag(i)]);
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

    /// <summary>Loads the stock dictionary from the embedded prebuilt trie (not cached).</summary>
    internal static Lexicon LoadStock()
    {
        using var stream = new BufferedStream(SegmentationData.Open(SegmentationData.JiebaTrie), 1 << 16);
        var (trie, total, count, tags) = WordTrie.ReadBinary(stream);
        return new Lexicon(trie, tags, total, count, FrozenSet<string>.Empty);
    }

    private static Lexicon LoadCampaign()
    {
        var builder = new LexiconBuilder(Jieba);
        using var stream = SegmentationData.Open(SegmentationData.CampaignLexicon);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        builder.LoadUserDictionary(reader, SegmentationData.CampaignLexicon);
        return builder.Build();
    }

    /// <summary>
    /// Parses jieba's dictionary format as gen_pfdict does (later duplicates win, every line adds to the
    /// total). Sorted input (as shipped) is detected and not re-sorted.
    /// </summary>
    internal static Lexicon FromJiebaDictionary(string content, string name)
    {
        var tags = new TagTable();
        var list = new WordList(content.Length / 14, content.Length / 3);
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
            ushort tag = 0;
            if (sp2 >= 0)
            {
                var tagText = rest[(sp2 + 1)..];
                int sp3 = tagText.IndexOf(' ');
                if (sp3 >= 0) tagText = tagText[..sp3];
                tag = tags.IndexOf(tagText);
            }
            list.Add(word, freq, tag);
            total = checked(total + freq);
        }
        return Create(list, tags, total, []);
    }

    /// <summary>Builds a lexicon from entries in any order; later duplicates win.</summary>
    internal static Lexicon Create(WordList words, TagTable tags, long total, IEnumerable<string> forceSplit)
    {
        var unique = words.SortedUnique();
        var trie = WordTrie.Build(unique, Math.Log(total));
        return new Lexicon(trie, tags.ToArray(), total, unique.Count, forceSplit.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Appends every entry, in ordinal order, to <paramref name="output"/> with tags re-indexed into <paramref name="tags"/>.</summary>
    internal void CopyEntriesTo(WordList output, TagTable tags)
    {
        var remap = new ushort[_tagNames.Length];
        for (int t = 1; t < _tagNames.Length; t++) remap[t] = tags.IndexOf(_tagNames[t]);
        var path = new char[Math.Max(Trie.MaxWordLength, 1)];
        var stack = new Stack<(int Node, int Depth)>();
        stack.Push((0, 0));
        while (stack.Count > 0)
        {
            var (n, d) = stack.Pop();
            if (n != 0)
            {
                path[d - 1] = Trie.Label(n);
                if (Trie.IsEntry(n)) output.Add(path.AsSpan(0, d), Trie.Frequency(n), remap[Trie.Tag(n)]);
            }
            var (lo, hi) = Trie.Children(n);
            for (int c = hi - 1; c >= lo; c--) stack.Push((c, d + 1));
        }
    }
}
