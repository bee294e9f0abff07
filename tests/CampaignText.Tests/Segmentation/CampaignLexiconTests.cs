using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Tests.Segmentation;

[UsesSpecFiles("Segmentation/campaign-lexicon.tsv", "Segmentation/campaign-numeric.tsv")]
public class CampaignLexiconTests
{
    public static TheoryData<string, string> Cases(string file)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in SpecFiles.ReadLines("Segmentation/" + file))
        {
            if (line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    public static TheoryData<string, string> LexiconCases() => Cases("campaign-lexicon.tsv");

    public static TheoryData<string, string> NumericCases() => Cases("campaign-numeric.tsv");

    private static readonly JiebaSegmenter LexiconOnly = new(Lexicon.Campaign);

    /// <summary>The campaign lexicon gives what python jieba gives after load_userdict(campaign.txt).</summary>
    [Theory]
    [MemberData(nameof(LexiconCases))]
    public void CampaignLexiconKeepsCampaignTermsWhole(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", LexiconOnly.Cut(text)));

    [Theory]
    [MemberData(nameof(NumericCases))]
    public void CampaignSegmenterKeepsNumericExpressionsWhole(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", JiebaSegmenter.Campaign.Cut(text)));

    [Fact]
    public void CampaignLexiconHasTheGazetteerAndTerms()
    {
        var lexicon = Lexicon.Campaign;
        var words = File.ReadLines(Path.Combine(SpecFiles.RepoRoot, "models", "lexicon", "campaign.txt"))
            .Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();
        Assert.True(words.Count > 3000);
        Assert.All(words, w => Assert.NotNull(lexicon.GetFrequency(w)));
        Assert.True(lexicon.Count > Lexicon.Jieba.Count);
        foreach (var w in new[] { "全国文明城区", "属地主责", "门头沟区", "八角街道", "新时代文明实践站" })
        {
            Assert.True(lexicon.Contains(w), w);
        }
        Assert.Equal("ns", lexicon.GetTag("门头沟区"));
        // Tagging keeps numeric expressions whole too.
        var tagged = JiebaSegmenter.Campaign.Tag("2020年4月24日投入5.3万元");
        Assert.Contains(tagged, t => t.Word == "2020年4月24日" && t.Tag == "t");
        Assert.Contains(tagged, t => t.Word == "5.3万" && t.Tag == "m");
    }
}
