using System.Numerics;
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
internal sealed class LinearScorer
{
    private const int MaxClasses = 64;

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly Dictionary<string, int> wordIds;
    private readonly Entry[] table;     // open addressing; key 0 = empty
    private readonly float[] weights;   // slot-major: weights[slot * classes + class]
    private readonly float[] biases;
    private readonly int classes;
    private readonly int mask;
    private readonly bool hasLead;
    private readonly bool hasContext;

    private LinearScorer(Dictionary<string, int> wordIds, Entry[] table, float[] weights, float[] biases, bool hasLead, bool hasContext)
    {
        this.wordIds = wordIds;
        this.hasLead = hasLead;
        this.hasContext = hasContext;
        this.table = table;
        this.weights = weights;
        this.biases = biases;
        classes = biases.Length;
        mask = table.Length - 1;
    }

    /// <summary>How many probabilities <see cref="ScoreText(string, Span{double})"/> writes.</summary>
    public int Classes => classes;

    /// <summary>The scorer of <paramref name="model"/>, or null when it is not a maximum-entropy model over this featuriser's columns.</summary>
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
            table[at] = new Entry(key, slot);
        }

        return new LinearScorer(wordIds, table, weights, biases, hasLead, hasContext);
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
        ScoreCore(characters[..length], hasContext ? ParagraphFeaturizer.Context(context) : null, s, probabilities);
    }

    private void ScoreCore(ReadOnlySpan<char> characters, string? context, Scratch s, Span<double> probabilities)
    {
        Span<double> scores = stackalloc double[classes];
        Span<double> block = stackalloc double[classes];

        if (wordIds.Count > 0)
        {
            block.Clear();
            int previous = -1;
            foreach (int id in s.WordIds)
            {
                if (id >= 0) Add(WordKey(id), s, block);
                if (id >= 0 && previous >= 0) Add(WordKey(previous, id), s, block);
                previous = id;
            }

            Accumulate(s, block, scores);
        }

        block.Clear();
        AddCharacterGrams(characters, 0, s, block);
        Accumulate(s, block, scores);

        if (hasLead)
        {
            Span<char> lead = stackalloc char[ParagraphFeaturizer.LeadLength + 1];
            lead[0] = ParagraphFeaturizer.LeadMark;
            int length = Math.Min(characters.Length, ParagraphFeaturizer.LeadLength);
            characters[..length].CopyTo(lead[1..]);
            block.Clear();
            AddCharacterGrams(lead[..(length + 1)], LeadBlock, s, block);
            Accumulate(s, block, scores);
        }

        if (context is not null)
        {
            block.Clear();
            AddCharacterGrams(context, ContextBlock, s, block);
            Accumulate(s, block, scores);
        }

        double max = double.NegativeInfinity;
        for (int c = 0; c < classes; c++) max = Math.Max(max, scores[c] += biases[c]);
        double sum = 0;
        for (int c = 0; c < classes; c++) sum += probabilities[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < classes; c++) probabilities[c] /= sum;
    }

    // Adds the character 1-, 2- and 3-grams of the text, their keys marked with the block.
    private void AddCharacterGrams(ReadOnlySpan<char> text, ulong blockMark, Scratch s, Span<double> block)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c1 = text[i];
            Add(CharKey(c1) | blockMark, s, block);
            if (i + 1 < text.Length)
            {
                char c2 = text[i + 1];
                Add(CharKey(c1, c2) | blockMark, s, block);
                if (i + 2 < text.Length) Add(CharKey(c1, c2, text[i + 2]) | blockMark, s, block);
            }
        }
    }

    // Adds the n-gram's weights to the block's unnormalised scores and counts it for the block's norm.
    private void Add(ulong key, Scratch s, Span<double> block)
    {
        ref readonly Entry entry = ref table[Probe(table, mask, key)];
        if (entry.Key != key) return;
        int w = entry.Slot * classes;
        for (int c = 0; c < block.Length; c++) block[c] += weights[w + c];
        s.Count(entry.Slot);
    }

    // Term counts are raw and each block is L2-normalised, so the block's score is its weight sum over its norm.
    private static void Accumulate(Scratch s, Span<double> block, Span<double> scores)
    {
        double norm = s.SquaredNormAndClear();
        if (norm <= 0) return;
        double scale = 1 / Math.Sqrt(norm);
        for (int c = 0; c < scores.Length; c++) scores[c] += block[c] * scale;
    }

    private static int Probe(Entry[] table, int mask, ulong key)
    {
        int at = (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;
        while (table[at].Key != 0 && table[at].Key != key) at = (at + 1) & mask;
        return at;
    }

    private readonly record struct Entry(ulong Key, int Slot);

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

    private static ITransformer Last(ITransformer model)
    {
        while (model is IEnumerable<ITransformer> chain && chain.Any()) model = chain.Last();
        return model;
    }

    /// <summary>Per-thread counts of the n-grams of one feature block, for its norm.</summary>
    private sealed class Scratch
    {
        private char[] folded = new char[1024];

        public List<int> WordIds { get; } = new(256);

        public TokenBuffer Tokens { get; } = new();

        // A buffer for digit-folded text. Words are folded after the whole text's characters are no longer
        // needed, and the text is folded after the words, so one buffer serves both.
        public Span<char> Folded(int length)
        {
            if (folded.Length < length) folded = new char[Math.Max(length, folded.Length * 2)];
            return folded;
        }

        private int[] entries = new int[1024];
        private int[] counts = new int[1024];
        private readonly List<int> used = new(512);

        public void Count(int entry)
        {
            if (used.Count * 2 >= entries.Length) Grow();
            int m = entries.Length - 1;
            int at = (entry * -1640531535) >>> 20 & m;
            while (counts[at] != 0 && entries[at] != entry) at = (at + 1) & m;
            if (counts[at] == 0)
            {
                entries[at] = entry;
                used.Add(at);
            }

            counts[at]++;
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

        private void Grow()
        {
            var oldEntries = entries;
            var oldCounts = counts;
            var oldUsed = used.ToArray();
            entries = new int[oldEntries.Length * 2];
            counts = new int[oldCounts.Length * 2];
            used.Clear();
            foreach (int at in oldUsed)
            {
                int n = oldCounts[at];
                for (int i = 0; i < n; i++) Count(oldEntries[at]);
            }
        }
    }
}
