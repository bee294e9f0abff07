namespace CampaignText.Classification;

/// <summary>
/// Splits labelled paragraphs into cross-validation folds by document: every paragraph of a bulletin
/// lands in the same fold, so no bulletin is in both the training and the test part of a fold.
/// Documents are shuffled with a seed, then each goes to the fold with the fewest paragraphs so far.
/// </summary>
internal static class DocumentFolds
{
    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of each example, in order.</summary>
    public static int[] Assign(IReadOnlyList<LabeledParagraph> examples, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var documents = examples.Select(e => e.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (documents.Length < folds) throw new ArgumentException($"{documents.Length} documents cannot fill {folds} folds", nameof(folds));
        new Random(seed).Shuffle(documents);
        var sizes = examples.GroupBy(e => e.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var load = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            int best = 0;
            for (int f = 1; f < folds; f++)
            {
                if (load[f] < load[best]) best = f;
            }

            foldOf[document] = best;
            load[best] += sizes[document];
        }

        return [.. examples.Select(e => foldOf[e.Document])];
    }
}
