using CampaignText.Extraction;
using CampaignText.Extraction.Places;

namespace CampaignText.Tests.Extraction;

/// <summary>The national gazetteer: its size, shared names, and override files with bad rows.</summary>
public sealed class GazetteerTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "ct-gazetteer-" + Guid.NewGuid().ToString("N"));

    public GazetteerTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void EmbeddedGazetteerCoversEveryProvince()
    {
        var gaz = ExtractionData.Embedded.Gazetteer;
        // 城关镇 is the most shared town name of the country; every province but the four municipalities
        // and Hong Kong/Macao/Taiwan has 街道 or 镇 in the table.
        Assert.True(gaz.Find("城关镇")!.Towns.Count > 50);
        Assert.Equal("130682003", Assert.Single(gaz.StreetsCalled("西城区"), t => t.DistrictCode == "130682").Code);
        Assert.Equal("310115", gaz.Find("陆家嘴街道")!.Town!.DistrictCode);
        Assert.Equal("441900", gaz.Find("虎门镇")!.Town!.DistrictCode);
        Assert.Equal("110105", gaz.Find("望京地区")!.Town!.DistrictCode);
    }

    [Theory]
    [InlineData("towns.tsv", "code\tname\tdistrict_code\tdistrict_name\n110101001\t东华门街道\t110101\t东城区\n11010100\t景山街道\t110101\t东城区\n", 3, "not nine digits")]
    [InlineData("towns.tsv", "code\tname\tdistrict_code\tdistrict_name\n\n# comment\n110101001\t东华门街道\t110101\n", 4, "expected 4")]
    [InlineData("towns.tsv", "code\tname\tdistrict_code\tdistrict_name\n999999001\t某某街道\t999999\t某某区\n", 2, "not in")]
    [InlineData("divisions.tsv", "code\tname\tlevel\tparent_code\n110000\t北京市\tprovince\t\n110101\t东城区\tdistrict\t110000\n", 3, "level 'district'")]
    [InlineData("aliases.tsv", "alias\tcanonical\tcanonical_code\tnote\n崇文区\t东城区\n", 2, "at least 3")]
    public void OverrideFileWithABadRowFailsWithItsFileAndLine(string file, string content, int line, string problem)
    {
        string path = Path.Combine(dir, file);
        File.WriteAllText(path, content);
        var ex = Assert.Throws<CampaignTextException>(() => ExtractionData.FromDirectory(dir));
        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"{path}:{line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoodOverrideFileReplacesTheEmbeddedTowns()
    {
        File.WriteAllText(Path.Combine(dir, "towns.tsv"), "code\tname\tdistrict_code\tdistrict_name\n110101001\t东华门街道\t110101\t东城区\n");
        File.WriteAllText(Path.Combine(dir, "aliases.tsv"), "alias\tcanonical\tcanonical_code\tnote\n崇文区\t东城区\t110101\t2010\n");
        var extractor = new MentionExtractor(ExtractionData.FromDirectory(dir));
        var towns = extractor.Extract("东华门街道、陆家嘴街道开展活动。", null).OfType<TownMention>().ToList();
        Assert.Equal("110101001", Assert.Single(towns).Code);
    }
}
