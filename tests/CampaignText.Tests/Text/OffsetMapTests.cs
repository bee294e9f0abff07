using CampaignText.Text;

namespace CampaignText.Tests.Text;

public class OffsetMapTests
{
    [Fact]
    public void StoresOnlyTheCharactersThatBreakTheOneToOneRun()
    {
        string original = string.Concat(Enumerable.Repeat("文明城区创建\r\n", 1000));
        NormalizedText n = TextNormalizer.Default.Normalize(original);
        Assert.Equal(1000, n.Map.EntryCount);
        Assert.Equal(new TextSpan(6, 8), n.SourceOf(6));
        Assert.Equal(new TextSpan(8 * 999, 8 * 999 + 1), n.SourceOf(7 * 999));
    }

    [Fact]
    public void BuilderHandlesUnitsAndSyntheticCharacters()
    {
        var b = new OffsetMap.Builder();
        b.AddRun(2, 3);      // chars 0-2 ← 2-4
        b.Add(1, 5, 5);      // char 3 inserted at 5
        b.Add(2, 6, 10);     // chars 4-5 ← 6-9 as a unit
        b.AddRun(10, 2);     // chars 6-7 ← 10-11
        OffsetMap map = b.Build(12);
        Assert.Equal(8, map.Length);
        Assert.Equal(new TextSpan(2, 3), map.SourceOf(0));
        Assert.Equal(new TextSpan(4, 5), map.SourceOf(2));
        Assert.Equal(new TextSpan(5, 5), map.SourceOf(3));
        Assert.Equal(new TextSpan(6, 10), map.SourceOf(4));
        Assert.Equal(new TextSpan(6, 10), map.SourceOf(5));
        Assert.Equal(new TextSpan(10, 11), map.SourceOf(6));
        Assert.Equal(new TextSpan(11, 12), map.SourceOf(7));
        Assert.Equal(new TextSpan(2, 10), map.ToSource(new TextSpan(0, 5)));
        Assert.Equal(new TextSpan(12, 12), map.ToSource(new TextSpan(8, 8)));
    }

    [Fact]
    public void EmbeddedNormalisationTablesAllLoad()
    {
        foreach (string table in NormalizationTable.DefaultTables)
        {
            using TextReader reader = NormalizationTable.OpenEmbedded(table);
            Assert.NotEmpty(NormalizationTable.Parse(reader, table));
        }

        Assert.True(TextNormalizer.Default.RuleCount > 1400, $"{TextNormalizer.Default.RuleCount} rules");
    }
}
