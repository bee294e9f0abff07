using CampaignText.Terms;

namespace CampaignText.Tests.Terms;

/// <summary>Terms of traditional-script paragraphs are counted under their simplified forms.</summary>
public sealed class TermTablesScriptTests
{
    [Fact]
    public void TraditionalAndSimplifiedParagraphsCountAsTheSameTerms()
    {
        var tables = TermTables.Build(
        [
            new TermDocument("a", "2021-05-01", "东城区", ["志願者清理樓道堆物。"]),
            new TermDocument("b", "2021-06-01", "东城区", ["志愿者清理楼道堆物。"]),
        ]);
        var rows = tables.Frequencies().Rows;
        var terms = rows.Select(r => r[0]).ToList();
        Assert.Contains("楼道", terms);
        Assert.DoesNotContain("樓道", terms);
        Assert.DoesNotContain("志願者", terms);
        Assert.Equal("2", rows.First(r => r[0] == "楼道")[1]);
    }
}
