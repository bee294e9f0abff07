using CampaignText.Segmentation;
using CsCheck;

namespace CampaignText.Tests.Reliability;

/// <summary>
/// The campaign segmenter over generated text: tokens concatenate to the input and their offsets are
/// contiguous, whatever the input (unpaired surrogates, control characters, corpus fragments with noise).
/// </summary>
public sealed class SegmentationReliabilityTests
{
    internal static void AssertCovers(string text, IReadOnlyList<Token> tokens)
    {
        int pos = 0;
        foreach (Token t in tokens)
        {
            Assert.Equal(pos, t.Start);
            Assert.True(t.End > t.Start, $"empty token at {t.Start}");
            Assert.Equal(text[t.Start..t.End], t.Word);
            pos = t.End;
        }
        Assert.Equal(text.Length, pos);
    }

    [Fact]
    public void RandomUnicodeIsCoveredByContiguousTokens() =>
        ReliabilityInputs.RandomUnicode.Sample(text =>
        {
            AssertCovers(text, JiebaSegmenter.Campaign.Tokenize(text));
            Assert.Equal(text, string.Concat(JiebaSegmenter.Campaign.Cut(text, hmm: false)));
        }, iter: 40_000);

    [Fact]
    public void BulletinLikeTextIsCoveredByContiguousTokens() =>
        ReliabilityInputs.BulletinLike.Sample(text =>
        {
            AssertCovers(text, JiebaSegmenter.Campaign.Tokenize(text));
            var tagged = JiebaSegmenter.Campaign.Tag(text);
            Assert.Equal(text, string.Concat(tagged.Select(t => t.Word)));
        }, iter: 20_000);

    [Fact]
    public void EmptyAndHugeInputs()
    {
        Assert.Empty(JiebaSegmenter.Campaign.Tokenize(string.Empty));
        Assert.Empty(JiebaSegmenter.Campaign.Cut(string.Empty));

        // One line of a million characters from the corpus, and 20,000 of one character.
        string corpus = string.Join("", ReliabilityInputs.Lines);
        string huge = string.Concat(Enumerable.Repeat(corpus, 1_000_000 / corpus.Length + 1))[..1_000_000];
        AssertCovers(huge, JiebaSegmenter.Campaign.Tokenize(huge));
        foreach (char c in "一1。\uD800 ")
        {
            string run = new(c, 20_000);
            AssertCovers(run, JiebaSegmenter.Campaign.Tokenize(run));
        }
    }
}
