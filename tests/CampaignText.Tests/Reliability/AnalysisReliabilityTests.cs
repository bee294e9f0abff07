using CampaignText.Extraction;
using CampaignText.Pipeline;
using CampaignText.Structure;
using CsCheck;

namespace CampaignText.Tests.Reliability;

/// <summary>
/// The whole pipeline and the extractors over generated text: no exception, and every mention lies
/// inside its paragraph (or text) with exactly the text it claims.
/// </summary>
public sealed class AnalysisReliabilityTests
{
    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    internal static void AssertMentionsInParagraphs(BulletinAnalysis analysis, string? text = null)
    {
        if (text is not null)
        {
            foreach (Paragraph p in analysis.Document.Paragraphs)
            {
                Assert.True(p.Source.Start >= 0 && p.Source.Start <= p.Source.End && p.Source.End <= text.Length,
                    $"paragraph {p.Index} source {p.Source} outside the text of length {text.Length}");
            }
        }

        var paragraphs = analysis.Document.Paragraphs.ToDictionary(p => p.Index);
        int previous = -1;
        foreach (ParagraphMention pm in analysis.Mentions)
        {
            Assert.True(paragraphs.TryGetValue(pm.Paragraph, out Paragraph? paragraph), $"mention in unknown paragraph {pm.Paragraph}");
            Assert.True(pm.Paragraph >= previous, "mentions out of paragraph order");
            previous = pm.Paragraph;
            AssertInside(paragraph!.Text, pm.Mention);
        }
        Assert.True(analysis.Labels.Count <= paragraphs.Count, "more labels than paragraphs");
    }

    internal static void AssertInside(string text, Mention m)
    {
        Assert.InRange(m.Start, 0, text.Length - 1);
        Assert.InRange(m.End, m.Start + 1, text.Length);
        Assert.Equal(text[m.Start..m.End], m.Text);
    }

    [Fact]
    public void BulletinLikeTextAnalysesWithMentionsInsideTheirParagraphs() =>
        ReliabilityInputs.BulletinLike.Sample(text =>
        {
            var analysis = Pipeline.Analyze(text, "generated.txt");
            AssertMentionsInParagraphs(analysis, text);
            int index = 0;
            foreach (Paragraph p in analysis.Document.Paragraphs) Assert.Equal(index++, p.Index);
        }, iter: 12_000);

    [Fact]
    public void RandomUnicodeAnalysesWithMentionsInsideTheirParagraphs() =>
        ReliabilityInputs.RandomUnicode.Sample(text => AssertMentionsInParagraphs(Pipeline.Analyze(text, "random.txt"), text), iter: 8_000);

    [Fact]
    public void ExtractionFindsMentionsInsideAnyText()
    {
        var context = new ExtractionContext("东城区");
        var date = new DateOnly(2021, 1, 18);
        Gen.OneOf(ReliabilityInputs.SentenceLike, ReliabilityInputs.RandomUnicode).Sample(text =>
        {
            foreach (Mention m in Pipeline.Extract(text, date, context)) AssertInside(text, m);
            foreach (Mention m in Pipeline.Extract(text, null)) AssertInside(text, m);
        }, iter: 25_000);
    }

    [Fact]
    public void EmptyAndWhitespaceTextGiveAnEmptyAnalysis()
    {
        foreach (string text in new[] { "", " ", "\n\n\n", "\u3000\r\n\t" })
        {
            var analysis = Pipeline.Analyze(text, "empty.txt");
            Assert.Empty(analysis.Mentions);
            Assert.Empty(analysis.Document.Paragraphs);
        }
    }

    [Fact]
    public void HugeInputsAnalyse()
    {
        // The corpus's lines repeated into one bulletin of a million characters, and runs of one character
        // (20,000: the segmenter spends tens of microseconds per character on a run of 一).
        string corpus = string.Join("\n", ReliabilityInputs.Lines);
        string huge = string.Join("\n", Enumerable.Repeat(corpus, 1_000_000 / corpus.Length + 1));
        Assert.True(huge.Length >= 1_000_000);
        var analysis = Pipeline.Analyze(huge, "huge.txt");
        AssertMentionsInParagraphs(analysis, huge);
        Assert.NotEmpty(analysis.Mentions);

        foreach (string unit in new[] { "1", "一", "。", "区", "\n", "1月" })
        {
            string run = string.Concat(Enumerable.Repeat(unit, 20_000 / unit.Length));
            AssertMentionsInParagraphs(Pipeline.Analyze(run, "run.txt"), run);
        }
    }
}
