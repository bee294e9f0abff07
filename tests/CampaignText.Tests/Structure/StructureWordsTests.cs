using CampaignText.Structure;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Structure;

/// <summary>The structure stage's word lists (models/structure/structure-words.tsv) and the patterns built around them.</summary>
public sealed class StructureWordsTests
{
    [SpecTheory]
    public void StructureWords(string id)
    {
        var c = SpecCases.Find(typeof(StructureWordsTests), nameof(StructureWords), id);
        var regex = c["list"]!.GetValue<string>() switch
        {
            "publication-suffix" => StructurePatterns.PublicationSuffix(),
            "organization-suffix" => StructurePatterns.OrganizationSuffix(),
            "contributor-suffix" => StructurePatterns.ContributorSuffix(),
            "subject-suffix" or "subject-verb" or "subject-generic" => StructurePatterns.NamedSubject(),
            "publication-suffix-needs-issue" => StructurePatterns.PublicationNeedsIssue(),
            "news-lead" => StructurePatterns.NewsLead(),
            "issuer-role" => StructurePatterns.IssuerByRole(),
            "masthead-note" or "masthead-note-bracketed" or "masthead-note-mark" => StructurePatterns.MastheadNote(),
            "item-lead-verb" => StructurePatterns.ItemLead(),
            "place-label-suffix" => StructurePatterns.PlaceLabel(),
            var other => throw new InvalidDataException($"unknown list {other}"),
        };
        var m = regex.Match(c["text"]!.GetValue<string>());
        Assert.Equal(c["match"]!.GetValue<bool>(), m.Success);
        if (c["org"] is { } org) Assert.Equal(org.GetValue<string>(), m.Groups["org"].Value);
    }

    [SpecTheory]
    public void GluedPageNumbers(string id)
    {
        var c = SpecCases.Find(typeof(StructureWordsTests), nameof(GluedPageNumbers), id);
        Assert.Equal(c["expected"]!.GetValue<string>(), new PageNumberTracker().RemoveGluedNumbers(c["text"]!.GetValue<string>()));
    }

    [Fact]
    public void BadTablesAreNamed()
    {
        var unknown = Assert.Throws<InvalidDataException>(() => new CampaignText.Structure.StructureWords("no-such-list\t甲\n"));
        Assert.StartsWith("structure-words.tsv: unknown list 'no-such-list'", unknown.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidDataException>(() => new CampaignText.Structure.StructureWords("news-lead\t近日\n"));
        Assert.Equal("structure-words.tsv: list 'publication-suffix' is missing", missing.Message);
        var wide = Assert.Throws<InvalidDataException>(() => new CampaignText.Structure.StructureWords("page-not-before\t项目\n"));
        Assert.Equal("structure-words.tsv: page-not-before lists single characters, not '项目'", wide.Message);
    }

    [Fact]
    public void WordsAreEscaped()
    {
        // A word with a pattern character stays a word: "办." matches only itself.
        // The two page lists and the place-label suffixes take single characters.
        string table = string.Join('\n', CampaignText.Structure.StructureWords.Lists.Select(l => l + (l.StartsWith("page-", StringComparison.Ordinal) || l == "place-label-suffix" ? "\t办" : "\t办."))) + "\n";
        var words = new CampaignText.Structure.StructureWords(table);
        Assert.Matches(words.NewsLead, "办.事");
        Assert.DoesNotMatch(words.NewsLead, "办公");
    }
}
