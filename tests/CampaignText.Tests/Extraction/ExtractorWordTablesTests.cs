using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Tests.Extraction;

/// <summary>
/// The word tables of the place, date and organisation extractors (models/extraction/place-words.tsv, date-rules.tsv,
/// organization-words.tsv): a bad table is refused with one line naming the file; the cases of each list are in
/// ExtractionSpecTests.
/// </summary>
public sealed class ExtractorWordTablesTests
{
    [Fact]
    public void BadPlaceTablesAreNamed()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => new PlaceWords("no-such-list\t甲\n"));
        Assert.StartsWith("place-words.tsv: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<InvalidDataException>(() => new PlaceWords("not-village-next\t村民\n"));
        Assert.Equal("place-words.tsv: not-village-next lists single characters, not '村民'", wide.Message);
        var missing = Assert.Throws<InvalidDataException>(() => new PlaceWords("home-word\t全区\n"));
        Assert.Equal("place-words.tsv: list 'not-home-next' is missing", missing.Message);
    }

    [Fact]
    public void BadDateTablesAreNamed()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => new DateRules("no-such-list\t甲\n"));
        Assert.StartsWith("date-rules.tsv: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<InvalidDataException>(() => new DateRules("not-day-before\t工作\n"));
        Assert.Equal("date-rules.tsv: not-day-before lists single characters, not '工作'", wide.Message);
        var missing = Assert.Throws<InvalidDataException>(() => new DateRules("word-tail\t以来\n"));
        Assert.Equal("date-rules.tsv: list 'not-month-before' is missing", missing.Message);
    }

    [Fact]
    public void BadOrganizationTablesAreNamed()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => new OrganizationWords("no-such-list\t甲\n"));
        Assert.StartsWith("organization-words.tsv: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<InvalidDataException>(() => new OrganizationWords("not-after\t我们\n"));
        Assert.Equal("organization-words.tsv: not-after lists single characters, not '我们'", wide.Message);
        var missing = Assert.Throws<InvalidDataException>(() => new OrganizationWords("literal-prefix\t区\n"));
        Assert.Equal("organization-words.tsv: list 'outer-prefix' is missing", missing.Message);
    }

    [Fact]
    public void OrderedListsKeepTheTableOrder()
    {
        // 北京市 is tried before 市, and the subject breaks in the order the resolver applies them.
        var prefixes = OrganizationWords.Embedded.LiteralPrefixes;
        Assert.True(prefixes.ToList().IndexOf("北京市") < prefixes.ToList().IndexOf("市"));
        Assert.Equal(["较", "比", "同比", "环比", "其中", "以及"], ExtractionDataRules.SubjectBreaks);
    }

    [Theory]
    [InlineData("2020", 2020)]
    [InlineData("２０２０", 2020)]
    [InlineData("二〇二〇", 2020)]
    [InlineData("二○二一", 2021)]
    [InlineData("一八九九", null)]
    [InlineData("二一五〇", null)]
    [InlineData("202", null)]
    public void YearsAreReadByOneReader(string text, int? year) =>
        Assert.Equal(year, DateNumbers.Year(NumeralTable.Embedded, text, 1900, 2100));

    private static QuantityRules ExtractionDataRules => CampaignText.Extraction.ExtractionData.Embedded.QuantityRules;
}
