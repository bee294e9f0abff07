using CampaignText.Extraction;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Pipeline;

/// <summary>Whole bulletins in traditional script (one with pinyin inserted) through the pipeline.</summary>
public sealed class TraditionalPipelineTests
{
    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    private static BulletinAnalysis Analyze(string year, string name) =>
        Pipeline.AnalyzeFile(Path.Combine(SpecFiles.RepoRoot, "corpus", year, name));

    private static void AssertOffsetsInParagraphs(BulletinAnalysis a)
    {
        var paragraphs = a.Document.Paragraphs.ToDictionary(static p => p.Index, static p => p.Text);
        foreach (var pm in a.Mentions)
        {
            string text = paragraphs[pm.Paragraph];
            Assert.True(pm.Mention.End <= text.Length && text[pm.Mention.Start..pm.Mention.End] == pm.Mention.Text, $"{pm.Mention} is not in paragraph {pm.Paragraph}");
        }
    }

    [Fact]
    public void TraditionalBulletinGivesSimplifiedDistrictsWithTheOriginalSurface()
    {
        var a = Analyze("2021", "foshan-chancheng-2021-trad.txt");
        Assert.Equal("禅城区", a.HomeDistrict);
        var districts = a.Mentions.Select(static m => m.Mention).OfType<DistrictMention>().Where(static m => m.Text == "禪城區").ToList();
        Assert.NotEmpty(districts);
        Assert.All(districts, static d => Assert.Equal(("禅城区", "440604"), (d.Normalized, d.Code)));
        var points = a.Mentions.Select(static m => m.Mention).OfType<QuantityMention>().Single(static q => q.Text == "十二處");
        Assert.Equal((12m, "处"), (points.Value, points.Unit));
        AssertOffsetsInParagraphs(a);
    }

    [Fact]
    public void PinyinCopyGivesItsQuantitiesWithTraditionalUnits()
    {
        var a = Analyze("2020", "yichang-wujiagang-2020-pinyin.txt");
        var mentions = a.Mentions.Select(static m => m.Mention).ToList();
        Assert.Contains(mentions.OfType<DistrictMention>(), static d => d.Text == "伍家崗區" && d.Normalized == "伍家岗区" && d.Code == "420503");
        Assert.Contains(mentions.OfType<QuantityMention>(), static q => q.Text == "31個" && q.Value == 31m && q.Unit == "个");
        Assert.Contains(mentions.OfType<QuantityMention>(), static q => q.Text == "1200餘個" && q.Value == 1200m && q.Unit == "个");
        Assert.DoesNotContain(mentions, static m => m.Text.Contains('(', StringComparison.Ordinal));
        AssertOffsetsInParagraphs(a);
    }
}
