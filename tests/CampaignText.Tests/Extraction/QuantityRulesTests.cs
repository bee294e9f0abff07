using CampaignText.Extraction;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Tests.Extraction;

/// <summary>The quantity guards table: every rule read from it, bad tables refused with the file named.</summary>
public sealed class QuantityRulesTests
{
    [Fact]
    public void EmbeddedTableGivesEveryRule()
    {
        var rules = ExtractionData.Embedded.QuantityRules;
        Assert.Equal("年岁", rules.UnitNotBefore["周"]);
        Assert.Equal(4, rules.UnitNotBefore.Count);
        Assert.Contains("个工作日", rules.TimeUnits);
        Assert.Equal(["国道", "省道", "县道"], rules.RoadSuffixes);
        Assert.Equal("东西南北", rules.Directions);
    }

    [Fact]
    public void UnknownRuleIsNamedWithTheFile()
    {
        var ex = Assert.Throws<CampaignTextException>(() => new QuantityRules("# c\nno-such-rule\t*\t甲\n", "my-rules.tsv"));
        Assert.StartsWith("my-rules.tsv: unknown rule 'no-such-rule'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRuleIsNamed()
    {
        var ex = Assert.Throws<CampaignTextException>(() => new QuantityRules("range-separator\t*\t至\n", "my-rules.tsv"));
        Assert.Equal("my-rules.tsv: rule 'unit-not-before' is missing", ex.Message);
    }

    [Fact]
    public void RuleWithoutWordsIsRefused()
    {
        var ex = Assert.Throws<CampaignTextException>(() => new QuantityRules("time-unit\t*\n", "my-rules.tsv"));
        Assert.Equal("my-rules.tsv: rule 'time-unit' needs what it applies to (a unit or *) and its words", ex.Message);
    }

    [Fact]
    public void OverrideFolderReplacesTheTable()
    {
        string dir = Directory.CreateTempSubdirectory("quantity-rules").FullName;
        try
        {
            string embedded = File.ReadAllText(Path.Combine(SpecFiles.RepoRoot, "models", "extraction", "quantity-rules.tsv"));
            // Without 年 as a unit an Arabic number cannot take, 2021年 stays a date and nothing else changes; without 百 as a round number, 百余人 is no count.
            File.WriteAllText(Path.Combine(dir, "quantity-rules.tsv"), embedded.Replace("round-number\t*\t百 千", "round-number\t*\t千", StringComparison.Ordinal));
            var extractor = new MentionExtractor(ExtractionData.FromDirectory(dir));
            var kinds = new ExtractionContext(Kinds: [MentionKind.Quantity]);
            Assert.Single(MentionExtractor.Default.Extract("百余人参加活动。", null, kinds));
            Assert.Empty(extractor.Extract("百余人参加活动。", null, kinds));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
