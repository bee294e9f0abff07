using System.Globalization;
using System.Text.RegularExpressions;

namespace CampaignText.Segmentation.Dictionary;

/// <summary>
/// Builds an immutable <see cref="Lexicon"/> from a base lexicon plus added and removed words, with
/// jieba's semantics for add_word, del_word, load_userdict and suggest_freq. A builder is not
/// thread-safe; the lexicon it builds is. Building leaves the base lexicon untouched, so segmenters
/// with different lexicons live side by side.
/// </summary>
public sealed partial class LexiconBuilder
{
    private readonly Lexicon _base;
    private readonly Dictionary<string, long> _freq = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _tag = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private long _total;
    private int _maxWordLength;

    /// <summary>Starts from jieba's stock dictionary (<see cref="Lexicon.Jieba"/>).</summary>
    public LexiconBuilder() : this(Lexicon.Jieba) { }

    /// <summary>Starts from <paramref name="baseLexicon"/>, which is not changed.</summary>
    public LexiconBuilder(Lexicon baseLexicon)
    {
        ArgumentNullException.ThrowIfNull(baseLexicon);
        _base = baseLexicon;
        _total = baseLexicon.Total;
        _maxWordLength = baseLexicon.Trie.MaxWordLength;
    }

    /// <summary>Sum of frequencies so far, as jieba counts it.</summary>
    public long Total => _total;

    /// <summary>
    /// Adds a word (jieba's add_word). Without a frequency, the suggested one is used so that the
    /// word is cut whole. A frequency of 0 removes the word and makes the HMM split it.
    /// </summary>
    /// <param name="word">The word; must not be empty or contain whitespace.</param>
    /// <param name="frequency">Its frequency, or null for <see cref="SuggestFrequency(string)"/>.</param>
    /// <param name="tag">Its part-of-speech tag, or null to keep the current one.</param>
    /// <returns>This builder.</returns>
    public LexiconBuilder AddWord(string word, long? frequency = null, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        ValidateWord(word);
        if (frequency is < 0) throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "frequency must not be negative");
        long freq = frequency ?? SuggestFrequency(word);
        if (!_freq.ContainsKey(word)) _order.Add(word);
        _freq[word] = freq;
        _total = checked(_total + freq);
        if (!string.IsNullOrEmpty(tag)) _tag[word] = tag;
        for (int i = 1; i <= word.Length; i++) _prefixes.Add(word[..i]);
        if (word.Length > _maxWordLength) _maxWordLength = word.Length;
        if (freq == 0) _forceSplit.Add(word);
        return this;
    }

    /// <summary>Removes a word (jieba's del_word: frequency 0, split by the HMM).</summary>
    /// <returns>This builder.</returns>
    public LexiconBuilder RemoveWord(string word) => AddWord(word, 0);

    /// <summary>
    /// The frequency that makes <paramref name="word"/> come out whole (jieba's suggest_freq with a
    /// string), given the words added so far. Does not change the builder.
    /// </summary>
    public long SuggestFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var graph = Graph();
        double ftotal = _total;
        double freq = 1;
        var buffer = new TokenBuffer();
        SegmenterCore<OverlayGraph>.CutExact(word, graph, null, buffer);
        for (int t = 0; t < buffer.Count; t++)
        {
            freq *= Get(graph, word.AsSpan(buffer.Starts[t], buffer.Ends[t] - buffer.Starts[t]), 1) / ftotal;
        }
        return Math.Max((long)(freq * _total) + 1, Get(graph, word, 1));
    }

    /// <summary>
    /// The frequency that makes the concatenation of <paramref name="segments"/> come out as those
    /// segments (jieba's suggest_freq with a tuple). Does not change the builder.
    /// </summary>
    public long SuggestFrequency(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var graph = Graph();
        double ftotal = _total;
        double freq = 1;
        foreach (var seg in segments) freq *= Get(graph, seg, 1) / ftotal;
        string word = string.Concat(segments);
        return Math.Min((long)(freq * _total), Get(graph, word, 0));
    }

    // FREQ.get(word, default): prefixes count as 0.
    private static long Get(in OverlayGraph graph, ReadOnlySpan<char> word, long fallback)
    {
        long f = graph.Frequency(word);
        return f < 0 ? fallback : f;
    }

    /// <summary>
    /// Loads a user dictionary in jieba's format: one <c>word [freq] [tag]</c> per line, UTF-8,
    /// blank lines ignored.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="CampaignTextException">A line cannot be read; the message names file and line.</exception>
    public LexiconBuilder LoadUserDictionary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch (IOException ex)
        {
            throw new CampaignTextException($"cannot read user dictionary: {ex.Message}", path, null, ex);
        }
        using (reader) return LoadUserDictionary(reader, path);
    }

    /// <summary>Loads a user dictionary from a reader (see <see cref="LoadUserDictionary(string)"/>).</summary>
    /// <param name="reader">The dictionary text.</param>
    /// <param name="name">A name for error messages.</param>
    /// <returns>This builder.</returns>
    public LexiconBuilder LoadUserDictionary(TextReader reader, string name = "user dictionary")
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNo = 0;
        while (true)
        {
            string? raw;
            try
            {
                raw = reader.ReadLine();
            }
            catch (System.Text.DecoderFallbackException ex)
            {
                throw new CampaignTextException("a user dictionary must be UTF-8", name, lineNo + 1, ex);
            }
            if (raw is null) break;
            lineNo++;
            var line = CharClass.StripSpace(raw).ToString();
            if (lineNo == 1) line = line.TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            var m = UserDictLine().Match(line);
            string word = m.Groups[1].Value;
            if (!m.Success || word.AsSpan().IndexOfAny(" \t\u3000") >= 0)
            {
                throw new CampaignTextException($"cannot read '{line}': expected 'word [freq] [tag]' separated by single spaces", name, lineNo);
            }
            long? freq = null;
            if (m.Groups[2].Success)
            {
                if (!long.TryParse(m.Groups[2].Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long f))
                {
                    throw new CampaignTextException($"frequency '{m.Groups[2].Value.Trim()}' is too large", name, lineNo);
                }
                freq = f;
            }
            string? tag = m.Groups[3].Success ? m.Groups[3].Value.Trim() : null;
            AddWord(word, freq, tag);
        }
        return this;
    }

    /// <summary>Freezes the current state into an immutable lexicon. The builder can go on being used.</summary>
    public Lexicon Build()
    {
        var tags = new TagTable();
        var baseWords = new WordList(_base.Count, _base.Count * 3);
        _base.CopyEntriesTo(baseWords, tags);
        var added = _order.ToArray();
        Array.Sort(added, StringComparer.Ordinal);

        // Merge the two sorted lists; a changed word takes the builder's frequency and tag.
        var merged = new WordList(baseWords.Count + added.Length, baseWords.CharCount + added.Sum(w => w.Length));
        int i = 0, j = 0;
        while (i < baseWords.Count || j < added.Length)
        {
            int c = i == baseWords.Count ? 1 : j == added.Length ? -1 : baseWords[i].SequenceCompareTo(added[j]);
            if (c < 0)
            {
                merged.Add(baseWords[i], baseWords.Frequency(i), baseWords.Tag(i));
                i++;
                continue;
            }
            string w = added[j];
            ushort tag = _tag.TryGetValue(w, out var t) ? tags.IndexOf(t) : c == 0 ? baseWords.Tag(i) : (ushort)0;
            merged.Add(w, _freq[w], tag);
            if (c == 0) i++;
            j++;
        }
        var forceSplit = _base.ForceSplit.Concat(_forceSplit).Distinct(StringComparer.Ordinal);
        return Lexicon.Create(merged, tags, _total, forceSplit);
    }

    private OverlayGraph Graph() => new(
        _base,
        _freq.GetAlternateLookup<ReadOnlySpan<char>>(),
        _prefixes.GetAlternateLookup<ReadOnlySpan<char>>(),
        _forceSplit,
        Math.Log(_total),
        _maxWordLength);

    private static void ValidateWord(string word)
    {
        if (word.Length == 0) throw new ArgumentException("a word must not be empty", nameof(word));
        foreach (char c in word)
        {
            if (CharClass.IsSpace(c)) throw new ArgumentException($"a word must not contain whitespace: '{word}'", nameof(word));
        }
    }

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex UserDictLine();
}
