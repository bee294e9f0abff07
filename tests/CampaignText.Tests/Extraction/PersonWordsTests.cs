using CampaignText.Extraction;
using CampaignText.Extraction.People;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Extraction;

/// <summary>The person extractor's word lists (models/extraction/person-words.tsv).</summary>
public sealed class PersonWordsTests
{
    [SpecTheory]
    public void PersonWords(string id)
    {
        var c = SpecCases.Find(typeof(PersonWordsTests), nameof(PersonWords), id);
        var found = MentionExtractor.Default.Extract(c["text"]!.GetValue<string>(), null).OfType<PersonMention>().ToList();
        Assert.Equal(c["people"]!.AsArray().Select(static p => p!.GetValue<string>()), found.Select(static p => p.Text));
        if (c["roles"] is { } roles) Assert.Equal(roles.AsArray().Select(static r => r!.GetValue<string>()), found.Select(static p => p.Role));
    }

    [Fact]
    public void BadTablesAreNamed()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => new CampaignText.Extraction.People.PersonWords("no-such-list\t甲\n"));
        Assert.StartsWith("person-words.tsv: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var wide = Assert.Throws<InvalidDataException>(() => new CampaignText.Extraction.People.PersonWords("not-third\t讲话\n"));
        Assert.Equal("person-words.tsv: not-third lists single characters, not '讲话'", wide.Message);
        var missing = Assert.Throws<InvalidDataException>(() => new CampaignText.Extraction.People.PersonWords("not-third\t讲\n"));
        Assert.Equal("person-words.tsv: list 'not-name' is missing", missing.Message);
    }
}
