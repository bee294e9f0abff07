using CampaignText.Classification;
using CampaignText.Structure;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Structure;

/// <summary>The section heading table (models/structure/section-categories.tsv) and the one list of core categories read from it.</summary>
public sealed class SectionCategoriesTests
{
    [SpecTheory]
    public void SectionCategories(string id)
    {
        var c = SpecCases.Find(typeof(SectionCategoriesTests), nameof(SectionCategories), id);
        string heading = c["heading"]!.GetValue<string>();
        Assert.Equal(c["category"]!.GetValue<string>(), CampaignText.Structure.SectionCategories.Resolve(heading));
        Assert.Equal(c["core"]!.GetValue<bool>(), CampaignText.Structure.SectionCategories.IsCore(heading));
    }

    [Fact]
    public void CoreCategoriesAreTheFiveMarkedRowsInOneList()
    {
        Assert.Equal(["briefs", "creation", "dispatch", "exchange", "inspection"], CampaignText.Structure.SectionCategories.CoreCategories);
        Assert.Same(CampaignText.Structure.SectionCategories.CoreCategories, ClassifierTrainerOptions.CoreCategories);
        Assert.Equal(46, CampaignText.Structure.SectionCategories.Headings.Count);
    }

    [Fact]
    public void BadTableRowsAreNamed()
    {
        var twice = Assert.Throws<InvalidDataException>(() => CampaignText.Structure.SectionCategories.Parse("简讯\tbriefs\n简讯\tnews\n"));
        Assert.Equal("section-categories.tsv: heading 简讯 is listed twice", twice.Message);
        var noId = Assert.Throws<InvalidDataException>(() => CampaignText.Structure.SectionCategories.Parse("# comment\n简讯\n"));
        Assert.Contains("needs a heading and a lowercase category id", noId.Message, StringComparison.Ordinal);
        var parsed = CampaignText.Structure.SectionCategories.Parse("# c\n甲\tone\tcore\n乙\tone\n丙\ttwo\n");
        Assert.Equal(["one"], parsed.CoreCategories);
        Assert.Equal("one", parsed.Table["乙"]);
    }
}
