using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using CampaignText.Segmentation;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CampaignText.Classification;

/// <summary>
/// Scores a maximum-entropy paragraph model without ML.NET's row machinery: the same features
/// (word 1–2-grams, character 1–3-grams and, when the model has them, the character 1–3-grams of the
/// paragraph's lead; term counts, each block L2-normalised) looked up in the
/// model's own n-gram vocabularies (read from its slot names), the model's own weights and biases,
/// then softmax. It gives ML.NET's probabilities (to float rounding) several times faster; a test
/// holds the two side by side. Immutable; per-thread scratch buffers make it thread-safe.
/// </summary>
/// <remarks>
/// The lookups are what costs: a paragraph of 100 characters reads about 400 n-grams from a table of
/// several megabytes, each a likely cache miss. So each table entry holds its key and its weights
/// together in 32 bytes, and a block's keys are gathered first and their entries prefetched a few
/// lookups ahead, so the misses overlap.
/// </remarks>
internal sealed class LinearScorer
{
    private const int MaxClasses = ClassWeights.Length;

    // How many lookups ahead a block's entries are prefetched.
    private const int PrefetchDistance = 8;

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly Dictionary<string, int> wordIds;
    private readonly Entry[] table;     // open addressing; key 0 = empty
    private readonly float[] biases;
    private readonly int classes;
    private readonly int mask;
    private readonly bool hasLead;
    private readonly bool hasContext;

    private LinearScorer(Dictionary<string, int> wordIds, Entry[] table, float[] biases, bool hasLead, bool hasContext)
    {
        this.wordIds = wordIds;
        this.hasLead = hasLead;
        this.hasContext = hasContext;
        this.table = table;
        this.biases = biases;
        classes = biases.Length;
        mask = table.Length - 1;
    }

    /// <summary>How many probabilities <see cref="ScoreText(string, Span{double})"/> writes.</summary>
    public int Classes => classes;

    /// <summary>The scorer of <paramref name="model"/>, or null when it is not a maximum-entropy model over this featuriser's columns (or has more than six classes).</summary>
    public static LinearScorer? TryCreate(ITransformer model, DataViewSchema inputSchema)
    {
        if (Last(model) is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor) return null;
        var schema = model.GetOutputSchema(inputSchema);
        var features = SlotNames(schema, ClassifierPipeline.Features);
        if (features is null || features.Length == 0) return null;
        bool hasWords = schema.GetColumnOrNull("WordGrams") is not null;
        bool hasLead = schema.GetColumnOrNull("LeadGrams") is not null;
        bool hasContext = schema.GetColumnOrNull("ContextGrams") is not null;

        VBuffer<float>[] classWeights = [];
        predictor.Model.GetWeights(ref classWeights, out int k);
        var biases = predictor.Model.GetBiases().ToArray();
        if (k < 2 || k > MaxClasses || biases.Length != k || classWeights.Length != k) return null;
        int dims = features.Length;
        var weights = new float[dims * k];
        for (int c = 0; c < k; c++)
        {
            if (classWeights[c].Length != dims) return null;
            foreach (var (slot, value) in classWeights[c].Items()) weights[slot * k + c] = value;
        }

        // Every n-gram of the vocabulary becomes a key of one open-addressing table whose entry holds
        // its feature slot. A concatenation of two columns prefixes slot names with the column; of one
        // (characters only), keeps them.
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var grams = new List<(ulong Key, int Slot)>(dims);
        const string WordPrefix = "WordGrams.", CharPrefix = "CharGrams.", LeadPrefix = "LeadGrams.", ContextPrefix = "ContextGrams.";
        for (int slot = 0; slot < dims; slot++)
        {
            string name = features[slot];
            if (name.StartsWith(WordPrefix, StringComparison.Ordinal) && !name.Contains('|', StringComparison.Ordinal))
            {
                string word = name[WordPrefix.Length..];
                wordIds.TryAdd(word, wordIds.Count);
                grams.Add((WordKey(wordIds[word]), slot));
            }
        }

        for (int slot = 0; slot < dims; slot++)
        {
            string name = features[slot];
            if (name.StartsWith(WordPrefix, StringComparison.Ordinal))
            {
                var parts = name[WordPrefix.Length..].Split('|');
                if (parts.Length == 2 && wordIds.TryGetValue(parts[0], out int a) && wordIds.TryGetValue(parts[1], out int b))
                {
                    grams.Add((WordKey(a, b), slot));
                }

                continue;
            }

            ulong block = 0;
            if (name.StartsWith(CharPrefix, StringComparison.Ordinal)) name = name[CharPrefix.Length..];
            else if (name.StartsWith(LeadPrefix, StringComparison.Ordinal))
            {
                name = name[LeadPrefix.Length..];
                block = LeadBlock;
            }
            else if (name.StartsWith(ContextPrefix, StringComparison.Ordinal))
            {
                name = name[ContextPrefix.Length..];
                block = ContextBlock;
            }
            else if (hasWords || hasLead) return null;
            ulong? key = name.Length switch
            {
                1 => CharKey(name[0]),
                3 when name[1] == '|' => CharKey(name[0], name[2]),
                5 when name[1] == '|' && name[3] == '|' => CharKey(name[0], name[2], name[4]),
                _ => null,
            };
            if (key is { } found) grams.Add((found | block, slot));
        }

        if (wordIds.Count >= 1 << 27) return null;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, grams.Count * 3 / 2));
        var table = new Entry[capacity];
        foreach (var (key, slot) in grams)
        {
            int at = Probe(table, capacity - 1, key);
            if (table[at].Key == key) continue;
            table[at].Key = key;
            for (int c = 0; c < k; c++) table[at].Weights[c] = weights[slot * k + c];
        }

        return new LinearScorer(wordIds, table, biases, hasLead, hasContext);
    }

    /// <summary>
    /// Scores a paragraph straight from its text: the same features as <see cref="ParagraphFeaturizer"/>
    /// (digits folded, whitespace dropped, the campaign segmenter's words with a letter or digit), read
    /// from spans without building the feature strings.
    /// </summary>
    public void ScoreText(string text, Span<double> probabilities) => ScoreText(text, ParagraphContext.None, probabilities);

    /// <summary>Scores a paragraph with its context (used only by models with a context block).</summary>
    public void ScoreText(string text, ParagraphContext context, Span<double> probabilities)
    {
        var s = scratch ??= new Scratch();
        s.WordIds.Clear();
        if (wordIds.Count > 0)
        {
            var spans = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
            var tokens = s.Tokens;
            tokens.Clear();
            JiebaSegmenter.Campaign.CutSpans(text, hmm: true, tokens);
            for (int t = 0; t < tokens.Count; t++)
            {
                var word = text.AsSpan(tokens.Starts[t], tokens.Ends[t] - tokens.Starts[t]);
                if (!ParagraphFeaturizer.IsFeatureWord(word, out bool clean)) continue;
                ReadOnlySpan<char> key = word;
                if (!clean)
                {
                    var folded = s.Folded(word.Length);
                    key = folded[..ParagraphFeaturizer.Fold(word, folded)];
                }

                s.WordIds.Add(spans.TryGetValue(key, out int found) ? found : -1);
            }
        }

        var characters = s.Folded(text.Length);
        int length = ParagraphFeaturizer.Fold(text, characters);
        ScoreCore(characters[..length], hasContext ? context : null, s, probabilities);
    }

    private void ScoreCore(ReadOnlySpan<char> characters, ParagraphContext? context, Scratch s, Span<double> probabilities)
    {
        Span<double> scores = stackalloc double[classes];
        Span<double> block = stackalloc double[classes];

        if (wordIds.Count > 0)
        {
            s.Keys.Clear();
            int previous = -1;
            foreach (int id in s.WordIds)
            {
                if (id >= 0) s.Keys.Add(WordKey(id));
                if (id >= 0 && previous >= 0) s.Keys.Add(WordKey(previous, id));
                previous = id;
            }

            AddBlock(s, block, scores);
        }

        s.Keys.Clear();
        AddCharacterGrams(characters, 0, s);
        AddBlock(s, block, scores);

        if (hasLead)
        {
            Span<char> lead = stackalloc char[ParagraphFeaturizer.LeadLength + 1];
            lead[0] = ParagraphFeaturizer.LeadMark;
            int length = Math.Min(characters.Length, ParagraphFeaturizer.LeadLength);
            characters[..length].CopyTo(lead[1..]);
            s.Keys.Clear();
            AddCharacterGrams(lead[..(length + 1)], LeadBlock, s);
            AddBlock(s, block, scores);
        }

        if (context is not null) AddContext(context, s, block, scores);

        double max = double.NegativeInfinity;
        for (int c = 0; c < classes; c++) max = Math.Max(max, scores[c] += biases[c]);
        double sum = 0;
        for (int c = 0; c < classes; c++) sum += probabilities[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < classes; c++) probabilities[c] /= sum;
    }

    // Gathers the keys of the character 1-, 2- and 3-grams of the text, marked with the block.
    private static void AddCharacterGrams(ReadOnlySpan<char> text, ulong blockMark, Scratch s)
    {
        var keys = s.Keys;
        for (int i = 0; i < text.Length; i++)
        {
            char c1 = text[i];
            keys.Add(CharKey(c1) | blockMark);
            if (i + 1 < text.Length)
            {
                char c2 = text[i + 1];
                keys.Add(CharKey(c1, c2) | blockMark);
                if (i + 2 < text.Length) keys.Add(CharKey(c1, c2, text[i + 2]) | blockMark);
            }
        }
    }

    // The context block: the character n-grams of the position mark followed by the title, heading and part. The
    // paragraphs of one article share all but the position mark, so the n-grams after it are looked up once per
    // article (their weight sums and squared norm kept for the last context seen on this thread); each paragraph
    // then looks up only the three n-grams that hold its position mark. A position mark cannot occur in the rest
    // (folded text with one in it is scored whole), so those three are distinct from the rest's and each counts once.
    private void AddContext(ParagraphContext context, Scratch s, Span<double> block, Span<double> scores)
    {
        var cached = s.ContextFor(this, context);
        string rest = cached.Text;
        char mark = ParagraphFeaturizer.PositionMark(context.Position, context.Count);
        if (!cached.Cacheable)
        {
            s.Keys.Clear();
            AddCharacterGrams(mark + rest, ContextBlock, s);
            AddBlock(s, block, scores);
            return;
        }

        if (!cached.Scored)
        {
            s.Keys.Clear();
            AddCharacterGrams(rest, ContextBlock, s);
            cached.SquaredNorm = LookUp(s, cached.Sums(classes));
            cached.Scored = true;
        }

        var sums = cached.Sums(classes);
        for (int c = 0; c < classes; c++) block[c] = sums[c];
        double norm = cached.SquaredNorm;
        norm += AddEntry(CharKey(mark) | ContextBlock, block);
        if (rest.Length >= 1) norm += AddEntry(CharKey(mark, rest[0]) | ContextBlock, block);
        if (rest.Length >= 2) norm += AddEntry(CharKey(mark, rest[0], rest[1]) | ContextBlock, block);
        if (norm <= 0) return;
        double scale = 1 / Math.Sqrt(norm);
        for (int c = 0; c < scores.Length; c++) scores[c] += block[c] * scale;
    }

    // Adds the weights of one n-gram that occurs once in its block; 1 when the vocabulary has it (its count's square), else 0.
    private int AddEntry(ulong key, Span<double> block)
    {
        int at = Probe(table, mask, key);
        if (table[at].Key != key) return 0;
        ref readonly ClassWeights weights = ref table[at].Weights;
        for (int c = 0; c < block.Length; c++) block[c] += weights[c];
        return 1;
    }

    // Looks up the gathered keys of one block and adds its L2-normalised weight sums to the scores.
    private void AddBlock(Scratch s, Span<double> block, Span<double> scores)
    {
        double norm = LookUp(s, block);
        if (norm <= 0) return;
        double scale = 1 / Math.Sqrt(norm);
        for (int c = 0; c < scores.Length; c++) scores[c] += block[c] * scale;
    }

    // Looks up the gathered keys of one block: each n-gram found adds its weights to the block's
    // unnormalised scores and counts for the block's norm, whose square it returns. Term counts are raw and
    // each block is L2-normalised, so the block's score is its weight sum over its norm.
    private unsafe double LookUp(Scratch s, Span<double> block)
    {
        block.Clear();
        var keys = CollectionsMarshal.AsSpan(s.Keys);
        var homes = s.Homes(keys.Length);
        for (int i = 0; i < keys.Length; i++) homes[i] = Home(keys[i], mask);
        fixed (Entry* entries = table)
        {
            for (int i = 0; i < keys.Length; i++)
            {
                if (Sse.IsSupported && i + PrefetchDistance < keys.Length) Sse.Prefetch0(entries + homes[i + PrefetchDistance]);
                ulong key = keys[i];
                int at = homes[i];
                while (entries[at].Key != 0 && entries[at].Key != key) at = (at + 1) & mask;
                if (entries[at].Key != key) continue;
                ref readonly ClassWeights weights = ref entries[at].Weights;
                for (int c = 0; c < block.Length; c++) block[c] += weights[c];
                s.Count(at, table.Length);
            }
        }

        return s.SquaredNormAndClear();
    }

    private static int Home(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private static int Probe(Entry[] table, int mask, ulong key)
    {
        int at = Home(key, mask);
        while (table[at].Key != 0 && table[at].Key != key) at = (at + 1) & mask;
        return at;
    }

    // One n-gram of the vocabulary: its key and its weight for each class, 32 bytes together, so that a
    // lookup reads one place in memory (one cache line, or two adjacent ones) instead of two distant ones.
    private struct Entry
    {
        public ulong Key;
        public ClassWeights Weights;
    }

    [InlineArray(Length)]
    private struct ClassWeights
    {
        public const int Length = 6;
        private float first;
    }

    // Marks the keys of the lead block's character n-grams apart from those of the whole text.
    private const ulong LeadBlock = 8UL << 56;

    // Marks the keys of the context block's character n-grams (title, heading, position).
    private const ulong ContextBlock = 16UL << 56;

    private static ulong WordKey(int id) => (4UL << 56) | (uint)id;

    private static ulong WordKey(int first, int second) => (5UL << 56) | ((ulong)(uint)first << 28) | (uint)second;

    // One n-gram of up to three UTF-16 chars, its length in the top bits.
    private static ulong CharKey(char a) => (1UL << 48) | a;

    private static ulong CharKey(char a, char b) => (2UL << 48) | ((ulong)a << 16) | b;

    private static ulong CharKey(char a, char b, char c) => (3UL << 48) | ((ulong)a << 32) | ((ulong)b << 16) | c;

    private static string[]? SlotNames(DataViewSchema schema, string column)
    {
        if (schema.GetColumnOrNull(column) is not { } col || !col.HasSlotNames()) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        col.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>The last transformer of a chain (of chains), the predictor of a fitted pipeline.</summary>
    internal static ITransformer Last(ITransformer model)
    {
        while (model is IEnumerable<ITransformer> chain && chain.Any()) model = chain.Last();
        return model;
    }

    /// <summary>Per-thread counts of the n-grams of one feature block, for its norm.</summary>
    private sealed class Scratch
    {
        private char[] folded = new char[1024];

        public List<int> WordIds { get; } = new(256);

        private readonly CachedContext context = new();

        // The context block of the last context seen on this thread without its position mark, by which scorer
        // (scorers share the scratch); looked up again only when the title, heading or part differ.
        public CachedContext ContextFor(LinearScorer scorer, ParagraphContext paragraph)
        {
            if (ReferenceEquals(context.Scorer, scorer) && context.Matches(paragraph)) return context;
            context.Reset(scorer, paragraph);
            return context;
        }

        // The keys of one feature block, gathered before they are looked up.
        public List<ulong> Keys { get; } = new(1024);

        private int[] homes = new int[1024];

        // A buffer for the keys' home slots in the table.
        public Span<int> Homes(int length)
        {
            if (homes.Length < length) homes = new int[Math.Max(length, homes.Length * 2)];
            return homes.AsSpan(0, length);
        }

        public TokenBuffer Tokens { get; } = new();

        // A buffer for digit-folded text. Words are folded after the whole text's characters are no longer
        // needed, and the text is folded after the words, so one buffer serves both.
        public Span<char> Folded(int length)
        {
            if (folded.Length < length) folded = new char[Math.Max(length, folded.Length * 2)];
            return folded;
        }

        // How often each table entry was seen in the current block, indexed by entry; grown to the
        // table's size on first use.
        private int[] counts = [];
        private readonly List<int> used = new(512);

        public void Count(int entry, int tableSize)
        {
            if (counts.Length < tableSize) counts = new int[tableSize];
            if (counts[entry]++ == 0) used.Add(entry);
        }

        public double SquaredNormAndClear()
        {
            double sum = 0;
            foreach (int at in used)
            {
                sum += (double)counts[at] * counts[at];
                counts[at] = 0;
            }

            used.Clear();
            return sum;
        }
    }

    /// <summary>The context text of one article (without the position mark) and, once looked up, its weight sums and squared norm.</summary>
    private sealed class CachedContext
    {
        private readonly double[] sums = new double[MaxClasses];
        private string? title, heading, part;

        public LinearScorer? Scorer { get; private set; }

        public string Text { get; private set; } = "";

        // False when the text holds a position mark: then the whole block is looked up for every paragraph.
        public bool Cacheable { get; private set; }

        public bool Scored { get; set; }

        public double SquaredNorm { get; set; }

        public Span<double> Sums(int classes) => sums.AsSpan(0, classes);

        public bool Matches(ParagraphContext paragraph) =>
            string.Equals(title, paragraph.Title, StringComparison.Ordinal)
            && string.Equals(heading, paragraph.Heading, StringComparison.Ordinal)
            && string.Equals(part, paragraph.Part, StringComparison.Ordinal);

        public void Reset(LinearScorer scorer, ParagraphContext paragraph)
        {
            Scorer = scorer;
            (title, heading, part) = (paragraph.Title, paragraph.Heading, paragraph.Part);
            Text = ParagraphFeaturizer.ContextText(paragraph);
            Cacheable = !Text.Any(ParagraphFeaturizer.IsPositionMark);
            Scored = false;
        }
    }
}
