using System.Globalization;
using CampaignText.Export.Sqlite;
using CampaignText.Segmentation;
using CampaignText.Text;

namespace CampaignText.Terms;

/// <summary>
/// Corpus-linguistics tables over a set of bulletins, segmented once: word (or n-gram) frequency with
/// document frequency, overall or per group (<see cref="Frequencies"/>); collocations of adjacent words
/// with pointwise mutual information and log-likelihood (<see cref="Collocations"/>); keyness of one group
/// against the rest (<see cref="Keyness"/>). Words are the segmenter's tokens less stop words, tokens
/// without a letter (punctuation, spaces) and tokens with a digit (numbers, dates); a term never spans
/// a left-out word or a paragraph break. Traditional script is counted under its simplified form. Immutable and thread-safe once built.
/// </summary>
public sealed class TermTables
{
    /// <summary>The keys documents can be grouped by.</summary>
    public static IReadOnlyList<string> GroupKeys { get; } = ["year", "district", "month"];

    private readonly IReadOnlyList<TermDocument> _documents;

    // Per document, per paragraph: the tokens, null where a token is left out.
    private readonly string?[][][] _tokens;
    private readonly TermOptions _options;

    private TermTables(IReadOnlyList<TermDocument> documents, string?[][][] tokens, TermOptions options)
    {
        _documents = documents;
        _tokens = tokens;
        _options = options;
    }

    /// <summary>Segments <paramref name="documents"/> (in parallel) and keeps them for the tables.</summary>
    /// <param name="documents">The bulletins.</param>
    /// <param name="options">What counts as a term; defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static TermTables Build(IEnumerable<TermDocument> documents, TermOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new TermOptions();
        options.Validate();
        var docs = documents.ToList();
        var segmenter = options.Segmenter ?? JiebaSegmenter.Campaign;
        var stop = options.StopWords ?? Segmentation.Keywords.StopWords.Default;
        var tags = options.Tags;
        var tokens = new string?[docs.Count][][];
        Parallel.For(0, docs.Count, i =>
        {
            var paragraphs = docs[i].Paragraphs;
            var result = new string?[paragraphs.Count][];
            for (int p = 0; p < paragraphs.Count; p++)
            {
                if (tags is null)
                {
                    var words = segmenter.Cut(TraditionalChars.Fold(paragraphs[p]));
                    result[p] = Filter(words.Count, k => words[k], null);
                }
                else
                {
                    var tagged = segmenter.Tag(TraditionalChars.Fold(paragraphs[p]));
                    result[p] = Filter(tagged.Count, k => tagged[k].Word, k => tagged[k].Tag);
                }
            }

            tokens[i] = result;
        });
        return new TermTables(docs, tokens, options);

        string?[] Filter(int count, Func<int, string> word, Func<int, string>? tag)
        {
            var list = new List<string?>(count);
            for (int k = 0; k < count; k++)
            {
                var w = word(k);
                if (IsSpace(w)) continue;
                bool keep = IsWord(w) && !stop.Contains(w.ToLowerInvariant())
                    && (tag is null || tags!.Any(t => tag(k).StartsWith(t, StringComparison.Ordinal)));
                list.Add(keep ? w : null);
            }

            return [.. list];
        }
    }

    /// <summary>Bulletins read.</summary>
    public int DocumentCount => _documents.Count;

    /// <summary>
    /// Term frequency and document frequency (bulletins that contain the term), most frequent first (ties:
    /// more bulletins, then ordinal order); with <paramref name="groupBy"/>, one block per group, groups in
    /// ordinal order. Columns: [group], term, frequency, docfreq.
    /// </summary>
    /// <param name="groupBy">null for the whole set, or year, district or month.</param>
    /// <exception cref="ArgumentException">The key is not one of <see cref="GroupKeys"/>.</exception>
    public StatsTable Frequencies(string? groupBy = null)
    {
        if (groupBy is not null && !GroupKeys.Contains(groupBy)) throw new ArgumentException($"unknown group '{groupBy}' (use {string.Join(", ", GroupKeys)})", nameof(groupBy));
        var groups = Enumerable.Range(0, _documents.Count)
            .GroupBy(i => groupBy is null ? string.Empty : _documents[i].KeyOf(groupBy))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in groups)
        {
            var counts = CountTerms(group);
            foreach (var (term, (freq, docs)) in Top(counts.Where(c => c.Value.Frequency >= _options.MinCount)
                .OrderByDescending(c => c.Value.Frequency).ThenByDescending(c => c.Value.Documents).ThenBy(c => c.Key, StringComparer.Ordinal)))
            {
                IReadOnlyList<string> cells = [term, Int(freq), Int(docs)];
                rows.Add(groupBy is null ? cells : [group.Key, .. cells]);
            }
        }

        IReadOnlyList<string> columns = ["term", "frequency", "docfreq"];
        return new StatsTable(groupBy is null ? columns : [groupBy, .. columns], rows);
    }

    /// <summary>
    /// Pairs of adjacent words seen at least <see cref="TermOptions.MinCount"/> times, strongest first by
    /// log-likelihood (G², Dunning 1993, over the 2×2 table of all adjacent pairs). Columns: collocation
    /// (the two words, space-separated), count, first (pairs starting with the first word), second (pairs
    /// ending with the second word), pmi (log2 of observed over expected), loglik.
    /// </summary>
    public StatsTable Collocations()
    {
        var pairs = new Dictionary<(string, string), int>();
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seconds = new Dictionary<string, int>(StringComparer.Ordinal);
        long n = 0;
        foreach (var doc in _tokens)
        {
            foreach (var para in doc)
            {
                for (int i = 0; i + 1 < para.Length; i++)
                {
                    if (para[i] is not { } a || para[i + 1] is not { } b) continue;
                    pairs[(a, b)] = pairs.GetValueOrDefault((a, b)) + 1;
                    firsts[a] = firsts.GetValueOrDefault(a) + 1;
                    seconds[b] = seconds.GetValueOrDefault(b) + 1;
                    n++;
                }
            }
        }

        var scored = new List<(string Term, int Count, int First, int Second, double Pmi, double G2)>();
        foreach (var ((a, b), o11) in pairs)
        {
            if (o11 < _options.MinCount) continue;
            int r1 = firsts[a], c1 = seconds[b];
            double e11 = (double)r1 * c1 / n;
            double g2 = LogLikelihood(o11, r1 - o11, c1 - o11, n - r1 - c1 + o11);
            scored.Add(($"{a} {b}", o11, r1, c1, Math.Log2(o11 / e11), g2));
        }

        var rows = Top(scored.OrderByDescending(s => s.G2).ThenByDescending(s => s.Count).ThenBy(s => s.Term, StringComparer.Ordinal))
            .Select(s => (IReadOnlyList<string>)[s.Term, Int(s.Count), Int(s.First), Int(s.Second), Num(s.Pmi), Num(s.G2)])
            .ToList();
        return new StatsTable(["collocation", "count", "first", "second", "pmi", "loglik"], rows);
    }

    /// <summary>
    /// Keyness of the bulletins whose <paramref name="key"/> is <paramref name="value"/> (the target) against
    /// all others (the reference): for each term, its count in each and the signed log-likelihood G² of the
    /// 2×2 table (term vs other terms, target vs reference); positive when the term is relatively more
    /// frequent in the target. Most key first. Columns: term, target, reference, loglik.
    /// </summary>
    /// <param name="key">year, district or month.</param>
    /// <param name="value">The target group's value (2021, 东城区, 2021-07).</param>
    /// <exception cref="ArgumentException">The key is unknown, or the target or the reference has no bulletins.</exception>
    public StatsTable Keyness(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!GroupKeys.Contains(key)) throw new ArgumentException($"unknown group '{key}' (use {string.Join(", ", GroupKeys)})", nameof(key));
        var target = Enumerable.Range(0, _documents.Count).Where(i => _documents[i].KeyOf(key) == value).ToList();
        if (target.Count == 0)
        {
            var values = _documents.Select(d => d.KeyOf(key)).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal);
            throw new ArgumentException($"no bulletins with {key} {value} (there are: {string.Join(", ", values)})", nameof(value));
        }

        if (target.Count == _documents.Count) throw new ArgumentException($"every bulletin has {key} {value}: there is nothing to compare with", nameof(value));
        var inTarget = target.ToHashSet();
        var t = CountTerms(target);
        var r = CountTerms(Enumerable.Range(0, _documents.Count).Where(i => !inTarget.Contains(i)));
        long tTotal = t.Values.Sum(v => (long)v.Frequency), rTotal = r.Values.Sum(v => (long)v.Frequency);
        var scored = new List<(string Term, int Target, int Reference, double G2)>();
        foreach (var term in t.Keys.Concat(r.Keys).Distinct())
        {
            int a = t.GetValueOrDefault(term).Frequency, b = r.GetValueOrDefault(term).Frequency;
            if (a + b < _options.MinCount) continue;
            double g2 = LogLikelihood(a, b, tTotal - a, rTotal - b);
            bool over = (double)a * rTotal >= (double)b * tTotal;
            scored.Add((term, a, b, over ? g2 : -g2));
        }

        var rows = Top(scored.OrderByDescending(s => s.G2).ThenBy(s => s.Term, StringComparer.Ordinal))
            .Select(s => (IReadOnlyList<string>)[s.Term, Int(s.Target), Int(s.Reference), Num(s.G2)])
            .ToList();
        return new StatsTable(["term", "target", "reference", "loglik"], rows);
    }

    /// <summary>
    /// G² = 2 Σ O ln(O/E) over a 2×2 table given row by row (o11 o12 / o21 o22), expected counts from the
    /// margins; empty cells add nothing.
    /// </summary>
    internal static double LogLikelihood(double o11, double o12, double o21, double o22)
    {
        double n = o11 + o12 + o21 + o22;
        if (n <= 0) return 0;
        double r1 = o11 + o12, r2 = o21 + o22, c1 = o11 + o21, c2 = o12 + o22;
        return 2 * (Cell(o11, r1 * c1 / n) + Cell(o12, r1 * c2 / n) + Cell(o21, r2 * c1 / n) + Cell(o22, r2 * c2 / n));

        static double Cell(double o, double e) => o > 0 && e > 0 ? o * Math.Log(o / e) : 0;
    }

    private Dictionary<string, (int Frequency, int Documents)> CountTerms(IEnumerable<int> documents)
    {
        var counts = new Dictionary<string, (int Frequency, int Documents)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int n = _options.Ngram;
        foreach (var d in documents)
        {
            seen.Clear();
            foreach (var para in _tokens[d])
            {
                for (int i = 0; i + n <= para.Length; i++)
                {
                    string? term = Term(para, i, n);
                    if (term is null) continue;
                    var (f, docs) = counts.GetValueOrDefault(term);
                    counts[term] = (f + 1, seen.Add(term) ? docs + 1 : docs);
                }
            }
        }

        return counts;
    }

    private static string? Term(string?[] tokens, int start, int n)
    {
        if (n == 1) return tokens[start];
        for (int k = start; k < start + n; k++)
        {
            if (tokens[k] is null) return null;
        }

        return string.Join(' ', tokens, start, n);
    }

    private IEnumerable<T> Top<T>(IEnumerable<T> rows) => _options.Top > 0 ? rows.Take(_options.Top) : rows;

    private static bool IsSpace(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsWhiteSpace(c)) return false;
        }

        return true;
    }

    private static bool IsWord(string word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsDigit(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }

        return letter;
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
