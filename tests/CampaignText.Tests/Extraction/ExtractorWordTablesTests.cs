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
    private static readonly Dictionary<string, Func<string, object>> Tables = new()
    {
        ["place-words.tsv"] = static c => new PlaceWords(c),
        ["date-rules.tsv"] = static c => new DateRules(c),
        ["organization-words.tsv"] = static c => new OrganizationWords(c),
    };

    [Theory]
    [InlineData("place-words.tsv", "not-village-next", "村民", "home-word\t全区\n", "not-home-next")]
    [InlineData("date-rules.tsv", "not-day-before", "工作", "word-tail\t以来\n", "not-month-before")]
    [InlineData("organization-words.tsv", "not-after", "我们", "literal-prefix\t区\n", "outer-prefix")]
    public void BadTablesAreNamed(string file, string characterList, string wideWord, string partial, string missingList)
    {
        var read = Tables[file];
        var unknown = Assert.Throws<InvalidDataException>(() => read("no-such-list\t甲\n"));
        Assert.StartsWith($"{file}: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<InvalidDataException>(() => read($"{characterList}\t{wideWord}\n"));
        Assert.Equal($"{file}: {characterList} lists single characters, not '{wideWord}'", wide.Message);
        var missing = Assert.Throws<InvalidDataException>(() => read(partial));
        Assert.Equal($"{file}: list '{missingList}' is missing", missing.Message);
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
