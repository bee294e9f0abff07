using System.Globalization;
using CampaignText.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CampaignText.Tests.Classification;

[UsesSpecFiles("Classification/complement-nb.tsv")]
public sealed class ComplementNaiveBayesTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void WeightsFollowTheComplementCounts()
    {
        // Specs/Classification/complement-nb.tsv: class sums and the weights worked out from them.
        var rows = SpecFiles.ReadLines("Classification/complement-nb.tsv").Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        double[][] Numbers(string kind) => [.. rows.Where(r => r[0] == kind).Select(r => r[1..].Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray())];
        var weights = ComplementNaiveBayes.Weights(Numbers("sums"));
        var expected = Numbers("weights");
        Assert.Equal(expected.Length, weights.Length);
        for (int c = 0; c < expected.Length; c++)
        {
            for (int j = 0; j < expected[c].Length; j++) Assert.Equal(expected[c][j], weights[c][j], 7);
        }
    }

    [Fact]
    public void BadSumsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => ComplementNaiveBayes.Weights([[1.0, 2.0]]));
        Assert.Throws<ArgumentException>(() => ComplementNaiveBayes.Weights([[1.0, 2.0], [1.0]]));
    }

    [Fact]
    public void TheMixedModelIsTheGeometricMeanOfMaxentAndNaiveBayes()
    {
        // Two fits of one pipeline on the same rows give the same maximum-entropy model; naive Bayes is mixed into the
        // second. Its log-probabilities must be 0.6 × the first's plus 0.4 × naive Bayes's scores, up to a constant per row.
        const double Weight = 0.4;
        var core = corpus.Examples.Where(e => ClassifierTrainerOptions.CoreCategories.Contains(e.Category)).ToList();
        var rows = core.Where((_, i) => i % 6 == 0).Select(e => ParagraphFeaturizer.ToRow(e.Text, e.Context, e.Category)).ToArray();
        var ml = ParagraphClassifier.CreateContext(3);
        var data = ml.Data.LoadFromEnumerable(rows);
        var plain = ClassifierPipeline.Build(ml, ClassifierAlgorithm.MaximumEntropy, ClassifierFeatures.WordsCharactersLeadAndContext, 3).Fit(data);
        var mixed = ClassifierPipeline.Build(ml, ClassifierAlgorithm.MaximumEntropy, ClassifierFeatures.WordsCharactersLeadAndContext, 3).Fit(data);
        int classes = rows.Select(r => r.Category).Distinct().Count();
        var nb = ComplementNaiveBayes.Weights(ComplementNaiveBayes.ClassSums(plain, data, classes));
        ComplementNaiveBayes.MixInto(mixed, data, Weight);

        var test = ml.Data.LoadFromEnumerable(core.Where((_, i) => i % 6 == 1).Take(60).Select(e => ParagraphFeaturizer.ToRow(e.Text, e.Context, e.Category)));
        var before = plain.Transform(test);
        // Copied row by row: the column's enumerator reuses one buffer.
        var features = before.GetColumn<VBuffer<float>>(ClassifierPipeline.Features).Select(v => v.DenseValues().ToArray()).ToList();
        var p = before.GetColumn<float[]>(ClassifierPipeline.Score).ToList();
        var q = mixed.Transform(test).GetColumn<float[]>(ClassifierPipeline.Score).ToList();
        Assert.Equal(60, q.Count);
        int changed = 0;
        for (int n = 0; n < q.Count; n++)
        {
            var nbScore = new double[classes];
            for (int slot = 0; slot < features[n].Length; slot++)
            {
                for (int c = 0; c < classes; c++) nbScore[c] += features[n][slot] * nb[c][slot];
            }

            double Expected(int c) => (1 - Weight) * Math.Log(p[n][c]) + Weight * nbScore[c];
            for (int c = 1; c < classes; c++)
            {
                double want = Expected(c) - Expected(0), got = Math.Log(q[n][c]) - Math.Log(q[n][0]);
                Assert.True(Math.Abs(want - got) < 1e-3, $"row {n} class {c}: {got} against {want}");
            }

            if (Array.IndexOf(p[n], p[n].Max()) != Array.IndexOf(q[n], q[n].Max()) || Math.Abs(p[n].Max() - q[n].Max()) > 0.01) changed++;
        }

        Assert.True(changed > 0, "mixing naive Bayes in changed no probability");
    }

    [Fact]
    public void TheTrainerMixesNaiveBayesIntoMaxentOnlyWhenAsked()
    {
        var small = corpus.Examples.Where((_, i) => i % 8 == 0).ToArray();
        var mixed = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1 }).Train(small);
        var plain = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1, NaiveBayesWeight = 0 }).Train(small);
        Assert.Equal("maxent+nb", mixed.Algorithm);
        Assert.Equal("maxent", plain.Algorithm);
        Assert.True(mixed.HasFastScorer);
        string text = corpus.Examples[1].Text;
        Assert.NotEqual(plain.Probabilities(text), mixed.Probabilities(text));
        var fast = mixed.Probabilities(text);
        var slow = mixed.PredictWithEngine(text);
        for (int c = 0; c < slow.Length; c++) Assert.True(Math.Abs(fast[c] - slow[c]) < 1e-4);
        Assert.Equal("lightgbm", new ClassifierTrainer(new ClassifierTrainerOptions { Algorithm = ClassifierAlgorithm.LightGbm }).Name.Split(' ')[0]);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void AWeightOutsideZeroToOneIsRefused(double weight) =>
        Assert.Throws<ArgumentException>(() => new ClassifierTrainer(new ClassifierTrainerOptions { NaiveBayesWeight = weight }));
}
