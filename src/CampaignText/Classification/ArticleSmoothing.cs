namespace CampaignText.Classification;

/// <summary>
/// Reads a paragraph's probabilities together with the rest of its article: each model-labelled paragraph's
/// log-probabilities are mixed with the mean of its article's, <c>p′ ∝ exp((1 − w)·log p + w·mean(log p))</c>, a
/// geometric mean of the paragraph's own reading and the article's. The paragraphs of one news report, 通报 or
/// experience piece mostly do the same thing (on the real pages we hold out, 89% of the labelled paragraphs share
/// their page's majority category), and the others carry evidence one alone lacks (the 督查 of the lead paragraph
/// behind a problem list). The geometric mean keeps the confidence calibrated where a linear mix of probabilities
/// flattens it (grouped cross-validation: ECE 0.032 against 0.076). Stateless and thread-safe.
/// </summary>
internal static class ArticleSmoothing
{
    /// <summary>
    /// The weight of the article's mean, chosen by grouped cross-validation on the corpus together with the
    /// accuracy on real pages (see the model card, *Reading the article*).
    /// </summary>
    public const double Weight = 0.5;

    /// <summary>
    /// The weight of the document's mean when a headless document is read as a whole after its articles
    /// (<see cref="IParagraphClassifier.PredictDocument"/>), chosen with the accuracy on real pages together with
    /// grouped cross-validation (see the model card, *Reading the document*).
    /// </summary>
    public const double DocumentWeight = 0.4;

    // Probabilities are floored here before their logarithm, so a category the model all but rules out cannot veto the article.
    private const double Floor = 1e-6;

    /// <summary>Mixes every row of <paramref name="probabilities"/> (one per paragraph of an article) with the article's mean, in place, with <see cref="Weight"/>.</summary>
    /// <param name="probabilities">The paragraphs' probabilities in category order; rows may be empty (no label), which take no part.</param>
    public static void Smooth(IReadOnlyList<double[]> probabilities) => Smooth(probabilities, Weight);

    /// <summary>
    /// Reads a headless document: mixes each article's rows with the article's mean (<see cref="Weight"/>), then,
    /// when two or more articles have rows, every row with the whole document's mean (<see cref="DocumentWeight"/>);
    /// a one-article document is read as its article. In place.
    /// </summary>
    /// <param name="articles">Per article, its paragraphs' probabilities in category order; rows may be empty (no label).</param>
    public static void SmoothDocument(IReadOnlyList<IReadOnlyList<double[]>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles) Smooth(article);
        if (articles.Count(article => article.Any(p => p.Length > 0)) >= 2) Smooth([.. articles.SelectMany(a => a)], DocumentWeight);
    }

    /// <summary>As <see cref="Smooth(IReadOnlyList{double[]})"/> with the mean's weight <paramref name="weight"/>; a single row is left as it is.</summary>
    /// <param name="probabilities">The paragraphs' probabilities in category order; rows may be empty (no label), which take no part.</param>
    /// <param name="weight">The mean's weight, 0 (no mixing) to 1 (the mean alone).</param>
    public static void Smooth(IReadOnlyList<double[]> probabilities, double weight)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        int classes = 0, rows = 0;
        foreach (var p in probabilities)
        {
            if (p.Length == 0) continue;
            if (classes != 0 && p.Length != classes) throw new ArgumentException("every non-empty row needs the same number of categories", nameof(probabilities));
            classes = p.Length;
            rows++;
        }

        if (rows < 2 || weight <= 0) return;
        Span<double> mean = stackalloc double[classes];
        foreach (var p in probabilities)
        {
            if (p.Length == 0) continue;
            for (int c = 0; c < classes; c++) mean[c] += Math.Log(Math.Max(p[c], Floor)) / rows;
        }

        foreach (var p in probabilities)
        {
            if (p.Length == 0) continue;
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                p[c] = Math.Exp(((1 - weight) * Math.Log(Math.Max(p[c], Floor))) + (weight * mean[c]));
                sum += p[c];
            }

            for (int c = 0; c < classes; c++) p[c] /= sum;
        }
    }
}
