using CampaignText.Segmentation.Dictionary;
using CampaignText.Segmentation.Hmm;
using CampaignText.Segmentation.Pos;

namespace CampaignText.Segmentation;

/// <summary>
/// A Chinese word segmenter token-identical to python jieba 0.42.1 on the same dictionary: exact,
/// full and search modes, the HMM for unknown words, part-of-speech tagging and offsets.
/// Immutable and thread-safe: build one per lexicon and share it.
/// </summary>
/// <example>
/// <code>
/// var seg = JiebaSegmenter.Default;
/// IReadOnlyList&lt;string&gt; words = seg.Cut("东城区召开全国文明城区复查迎检工作部署会");
/// </code>
/// </example>
public sealed class JiebaSegmenter
{
    private static readonly Lazy<HmmModel> SharedHmm = new(() =>
    {
        using var reader = new StreamReader(SegmentationData.Open(SegmentationData.JiebaHmm));
        return HmmModel.Load(reader);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<PosModel> SharedPos = new(() =>
    {
        using var reader = new StreamReader(SegmentationData.Open(SegmentationData.JiebaPosHmm));
        return PosModel.Load(reader);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<JiebaSegmenter> DefaultSegmenter = new(() => new JiebaSegmenter(Lexicon.Jieba));
    private static readonly Lazy<JiebaSegmenter> CampaignSegmenter = new(() => new JiebaSegmenter(Lexicon.Campaign, SegmenterOptions.Campaign));

    /// <summary>Creates a segmenter over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Options; <see cref="SegmenterOptions.Jieba"/> when null.</param>
    public JiebaSegmenter(Lexicon lexicon, SegmenterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        Options = (options ?? SegmenterOptions.Jieba).Validate();
    }

    /// <summary>A shared segmenter over jieba's stock dictionary (<see cref="Lexicon.Jieba"/>), identical to jieba.</summary>
    public static JiebaSegmenter Default => DefaultSegmenter.Value;

    /// <summary>
    /// A shared segmenter for bulletins: <see cref="Lexicon.Campaign"/> with
    /// <see cref="SegmenterOptions.Campaign"/> (numeric expressions and dates kept whole).
    /// </summary>
    public static JiebaSegmenter Campaign => CampaignSegmenter.Value;

    /// <summary>The options this segmenter uses.</summary>
    public SegmenterOptions Options { get; }

    /// <summary>The lexicon this segmenter uses.</summary>
    public Lexicon Lexicon { get; }

    internal static HmmModel Hmm => SharedHmm.Value;

    internal static PosModel PosHmm => SharedPos.Value;

    /// <summary>Exact mode (jieba.cut): the most probable words, with the HMM for unknown words unless <paramref name="hmm"/> is false.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer();
        CutSpans(text, hmm, buffer);
        return ToStrings(text, buffer);
    }

    /// <summary>Full mode (jieba.cut with cut_all): every dictionary word, overlapping.</summary>
    /// <remarks>jieba also yields empty strings around whitespace in this mode; they carry no text and are left out.</remarks>
    public IReadOnlyList<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        SegmenterCore<TrieGraph>.CutAll(text, new TrieGraph(Lexicon), tokens);
        var words = new string[tokens.Count];
        for (int i = 0; i < words.Length; i++) words[i] = tokens[i].Word;
        return words;
    }

    /// <summary>Search mode (jieba.cut_for_search): each exact word preceded by its dictionary 2- and 3-grams.</summary>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = SearchSpans(text, hmm);
        return ToStrings(text, buffer);
    }

    /// <summary>Words with UTF-16 offsets (jieba.tokenize; <see cref="SegmentMode.Full"/> as well).</summary>
    public IReadOnlyList<Token> Tokenize(string text, SegmentMode mode = SegmentMode.Exact, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (mode)
        {
            case SegmentMode.Full:
                {
                    var tokens = new List<Token>();
                    SegmenterCore<TrieGraph>.CutAll(text, new TrieGraph(Lexicon), tokens);
                    return tokens;
                }
            case SegmentMode.Search:
                return ToTokens(text, SearchSpans(text, hmm));
            case SegmentMode.Exact:
                {
                    var buffer = new TokenBuffer();
                    CutSpans(text, hmm, buffer);
                    return ToTokens(text, buffer);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown segment mode");
        }
    }

    /// <summary>
    /// The words' offsets only, appended to <paramref name="spans"/>: the same words as
    /// <see cref="Tokenize(string, SegmentMode, bool)"/> without a string allocated per word, for callers that
    /// write words out as slices of <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="hmm">Use the HMM for words missing from the dictionary.</param>
    /// <param name="spans">Receives one span per word, in order; not cleared first.</param>
    public void TokenizeSpans(string text, SegmentMode mode, bool hmm, List<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (mode == SegmentMode.Full)
        {
            foreach (var token in Tokenize(text, mode, hmm)) spans.Add(new TextSpan(token.Start, token.End));
            return;
        }
        var buffer = mode == SegmentMode.Search ? SearchSpans(text, hmm) : new TokenBuffer();
        if (mode == SegmentMode.Exact) CutSpans(text, hmm, buffer);
        else if (mode != SegmentMode.Search) throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown segment mode");
        for (int i = 0; i < buffer.Count; i++) spans.Add(new TextSpan(buffer.Starts[i], buffer.Ends[i]));
    }

    /// <summary>Words with part-of-speech tags and offsets (jieba.posseg.cut).</summary>
    public IReadOnlyList<TaggedToken> Tag(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new TokenBuffer();
        var model = hmm ? PosHmm : null;
        if (!Options.JoinNumericExpressions) PosTagger.Tag(text, 0, text.Length, Lexicon, model, buffer);
        else
        {
            ForEachNumericGap(text, (s, e) => PosTagger.Tag(text, s, e, Lexicon, model, buffer),
                (s, e) => buffer.Add(s, e, text[e - 1] is '年' or '月' or '日' ? "t" : "m"));
        }
        var result = new TaggedToken[buffer.Count];
        for (int i = 0; i < buffer.Count; i++)
        {
            int s = buffer.Starts[i], e = buffer.Ends[i];
            result[i] = new TaggedToken(text[s..e], buffer.Tags[i]!, s, e);
        }
        return result;
    }

    /// <summary>Exact-mode spans into a reusable buffer (no strings allocated).</summary>
    internal void CutSpans(string text, bool hmm, TokenBuffer buffer)
    {
        var graph = new TrieGraph(Lexicon);
        var model = hmm ? Hmm : null;
        if (!Options.JoinNumericExpressions)
        {
            SegmenterCore<TrieGraph>.CutExact(text, 0, text.Length, graph, model, buffer);
            return;
        }
        ForEachNumericGap(text, (s, e) => SegmenterCore<TrieGraph>.CutExact(text, s, e, graph, model, buffer), (s, e) => buffer.Add(s, e));
    }

    // Splits text into numeric expressions and the gaps between them, in order.
    private static void ForEachNumericGap(string text, Action<int, int> gap, Action<int, int> numeric)
    {
        int pending = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int end = NumericExpressions.Match(text, i);
            if (end < 0) continue;
            if (i > pending) gap(pending, i);
            numeric(i, end);
            pending = end;
            i = end - 1;
        }
        if (text.Length > pending) gap(pending, text.Length);
    }

    private TokenBuffer SearchSpans(string text, bool hmm)
    {
        var words = new TokenBuffer();
        CutSpans(text, hmm, words);
        var output = new TokenBuffer();
        SegmenterCore<TrieGraph>.ExpandForSearch(words, new TrieGraph(Lexicon), output, text);
        return output;
    }

    private static string[] ToStrings(string text, TokenBuffer buffer)
    {
        var words = new string[buffer.Count];
        for (int i = 0; i < words.Length; i++) words[i] = text[buffer.Starts[i]..buffer.Ends[i]];
        return words;
    }

    private static Token[] ToTokens(string text, TokenBuffer buffer)
    {
        var tokens = new Token[buffer.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            int s = buffer.Starts[i], e = buffer.Ends[i];
            tokens[i] = new Token(text[s..e], s, e);
        }
        return tokens;
    }
}
