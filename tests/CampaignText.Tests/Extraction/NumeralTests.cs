using CampaignText.Extraction.Quantities;
using CampaignText.Structure;
using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Extraction;

/// <summary>One numeral parser and one Chinese-character test, shared by the structure and extraction stages.</summary>
public sealed class NumeralTests
{
    [SpecTheory]
    public void Numerals(string id)
    {
        var c = SpecCases.Find(typeof(NumeralTests), nameof(Numerals), id);
        string text = c["text"]!.GetValue<string>();
        decimal? expected = c["value"]?.GetValue<decimal>();
        decimal? actual = NumeralTable.Embedded.TryParse(text, out decimal v) ? v : null;
        Assert.Equal(expected, actual);
        // The masthead reads whole numbers through the same parser.
        int? whole = expected is { } e && e == decimal.Truncate(e) && e <= int.MaxValue ? (int)e : null;
        Assert.Equal(whole, TextCleaning.ParseNumber(text));
    }

    [SpecTheory]
    public void ChineseCharacters(string id)
    {
        var c = SpecCases.Find(typeof(NumeralTests), nameof(ChineseCharacters), id);
        string text = c["text"]!.GetValue<string>();
        Assert.Single(text);
        Assert.Equal(c["chinese"]!.GetValue<bool>(), Han.IsIdeograph(text[0]));
    }
}
