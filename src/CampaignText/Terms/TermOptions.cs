using CampaignText.Segmentation;

namespace CampaignText.Terms;

/// <summary>What counts as a term in <see cref="TermTables"/>, and how much of each table to keep.</summary>
public sealed record TermOptions
{
    /// <summary>Words per term: 1 for words, 2 for bigrams… A term never spans a left-out word.</summary>
    public int Ngram { get; init; } = 1;

    /// <summary>Words left out (compared in lower case); <see cref="Segmentation.Keywords.StopWords.Default"/> when null.</summary>
    public IReadOnlySet<string>? StopWords { get; init; }

    /// <summary>
    /// When set, only words whose part-of-speech tag begins with one of these are kept (n keeps n, nr, ns,
    /// nt, nz); null keeps every tag.
    /// </summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Rows with a smaller count are left out (the term's frequency; for keyness, both groups together).</summary>
    public int MinCount { get; init; } = 1;

    /// <summary>Most rows per table (per group for grouped frequencies); 0 or less for all.</summary>
    public int Top { get; init; } = 20;

    /// <summary>The segmenter; <see cref="JiebaSegmenter.Campaign"/> when null.</summary>
    public JiebaSegmenter? Segmenter { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">Names the setting that is out of range.</exception>
    public void Validate()
    {
        if (Ngram < 1 || Ngram > 8) throw new ArgumentException($"Ngram must be between 1 and 8, not {Ngram}", nameof(Ngram));
        if (MinCount < 1) throw new ArgumentException($"MinCount must be 1 or more, not {MinCount}", nameof(MinCount));
    }
}
