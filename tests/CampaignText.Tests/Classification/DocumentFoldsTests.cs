using CampaignText.Classification;
using CsCheck;

namespace CampaignText.Tests.Classification;

public sealed class DocumentFoldsTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void NoDocumentIsInTwoFoldsOfTheCorpus(int folds)
    {
        var fold = DocumentFolds.Assign(corpus.Examples, folds, seed: 11);
        AssertGrouped(corpus.Examples, fold, folds);
        // Balanced: no fold holds more than twice its share.
        var sizes = fold.GroupBy(f => f).Select(g => g.Count()).ToArray();
        Assert.True(sizes.Max() <= 2 * corpus.Examples.Count / folds, string.Join(",", sizes));
    }

    [Fact]
    public void NoDocumentIsInTwoFoldsOfAnyExampleSet()
    {
        var gen = Gen.Int[0, 30].Array[20, 200].Select(Gen.Int[2, 6], Gen.Int);
        gen.Sample((documents, folds, seed) =>
        {
            var examples = documents.Select((d, i) => new LabeledParagraph("doc" + d, i, "文本", "creation")).ToArray();
            if (examples.Select(e => e.Document).Distinct().Count() < folds) return;
            var fold = DocumentFolds.Assign(examples, folds, seed);
            AssertGrouped(examples, fold, folds);
            Assert.Equal(fold, DocumentFolds.Assign(examples, folds, seed));
        });
    }

    [Fact]
    public void TooFewDocumentsForTheFoldsIsAnError()
    {
        LabeledParagraph[] examples = [new("a", 0, "x", "creation"), new("a", 1, "y", "briefs"), new("b", 0, "z", "creation")];
        Assert.Throws<ArgumentException>(() => DocumentFolds.Assign(examples, 3, 1));
    }

    private static void AssertGrouped(IReadOnlyList<LabeledParagraph> examples, int[] fold, int folds)
    {
        Assert.Equal(examples.Count, fold.Length);
        Assert.All(fold, f => Assert.InRange(f, 0, folds - 1));
        foreach (var document in examples.Select((e, i) => (e.Document, Fold: fold[i])).GroupBy(x => x.Document))
        {
            Assert.Single(document.Select(x => x.Fold).Distinct());
        }

        Assert.Equal(folds, fold.Distinct().Count());
    }
}
