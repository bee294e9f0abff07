using CampaignText.Text;

namespace CampaignText.Tests.Text;

/// <summary>The OpenCC-derived fold to simplified: spec cases from Specs/Text/traditional.tsv, length kept.</summary>
[UsesSpecFiles("Text/traditional.tsv")]
public sealed class TraditionalCharsTests
{
    public static IEnumerable<object[]> SpecCases() => SpecTsv.Cases("Text", "traditional.tsv", 2);

    [Theory]
    [MemberData(nameof(SpecCases))]
    public void FoldsSpecCase(int line, string input, string expected)
    {
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
