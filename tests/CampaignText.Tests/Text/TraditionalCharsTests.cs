using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Text;

/// <summary>The OpenCC-derived fold to simplified: spec cases from Specs/Text/traditional.tsv, length kept.</summary>
public sealed class TraditionalCharsTests
{
    [SpecTheory(Extension = "tsv")]
    public void Traditional(string id)
    {
        var (line, c) = SpecCases.Row(typeof(TraditionalCharsTests), nameof(Traditional), id, 2);
        var (input, expected) = (c[0], c[1]);
        string folded = TraditionalChars.Fold(input);
        Assert.True(expected == folded, $"traditional.tsv line {line}: expected «{expected}», got «{folded}»");
        Assert.Equal(input.Length, folded.Length);
    }

    [Fact]
    public void TextWithNothingToFoldIsReturnedAsIs()
    {
        const string text = "东城区召开文明城区创建工作会议。";
        Assert.Same(text, TraditionalChars.Fold(text));
    }
}
