using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

/// <summary>The labelled corpus, loaded once for the classification tests that need it.</summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Examples = TrainingCorpus.Load(Path.Combine(SpecFiles.RepoRoot, "corpus"));
        // A small, fast training set: every paragraph of a third of the documents.
        var documents = Examples.Select(e => e.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var chosen = documents.Where((_, i) => i % 3 == 0).ToHashSet(StringComparer.Ordinal);
        Small = [.. Examples.Where(e => chosen.Contains(e.Document))];
        HeldOut = [.. Examples.Where(e => !chosen.Contains(e.Document) && ClassifierTrainerOptions.CoreCategories.Contains(e.Category))];
    }

    /// <summary>Every labelled paragraph of corpus/.</summary>
    public IReadOnlyList<LabeledParagraph> Examples { get; }

    /// <summary>The paragraphs of a third of the documents.</summary>
    public IReadOnlyList<LabeledParagraph> Small { get; }

    /// <summary>Every core-category paragraph of the documents not in <see cref="Small"/> (a sample of all kinds, not only the first documents).</summary>
    public IReadOnlyList<LabeledParagraph> HeldOut { get; }
}
