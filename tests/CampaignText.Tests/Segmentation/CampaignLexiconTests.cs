using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Segmentation;

public class CampaignLexiconTests
{
    private static readonly JiebaSegmenter LexiconOnly = new(Lexicon.Campaign);

    /// <summary>The campaign lexicon gives what python jieba gives after load_userdict(campaign.txt): campaign terms stay whole.</summary>
    [SpecTheory(Extension = "tsv")]
    public void CampaignLexicon(string id)
    {
        var (_, c) = SpecCases.Row(typeof(CampaignLexiconTests), nameof(CampaignLexicon), id, 2);
        Assert.Equal(c[1], string.Join(" ", LexiconOnly.Cut(c[0])));
    }

    /// <summary>The campaign segmenter keeps numeric expressions whole.</summary>
    [SpecTheory(Extension = "tsv")]
    public void CampaignNumeric(string id)
    {
        var (_, c) = SpecCases.Row(typeof(CampaignLexiconTests), nameof(CampaignNumeric), id, 2);
        Assert.Equal(c[1], string.Join(" ", JiebaSegmenter.Campaign.Cut(c[0])));
    }

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
