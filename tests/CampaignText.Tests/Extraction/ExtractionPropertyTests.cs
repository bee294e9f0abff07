using CampaignText.Extraction;
using CsCheck;

namespace CampaignText.Tests.Extraction;

/// <summary>Any string: no exception, every mention inside the text with its own surface form.</summary>
public sealed class ExtractionPropertyTests
{
    private const string Specials = "年月日余多万第区街道社村、，。% \n\uD83D\uDE00一二十百两等书记同志至约近";

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.OneOf(
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char['0', '9'],
            Gen.Int[0, Specials.Length - 1].Select(i => Specials[i]))
            .Array[0, 200].Select(cs => new string(cs)));

    private static void AssertInside(string text, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            Assert.InRange(m.Start, 0, text.Length);
            Assert.InRange(m.End, m.Start + 1, text.Length);
            Assert.Equal(text[m.Start..m.End], m.Text);
        }
    }

    [Fact]
    public void AnyTextGivesMentionsInsideIt() =>
        Texts.Sample(text => AssertInside(text, MentionExtractor.Default.Extract(text, new DateOnly(2021, 1, 18), new ExtractionContext("东城区"))), iter: 300);

    [Fact]
    public void EmptyTextGivesNothing() => Assert.Empty(MentionExtractor.Default.Extract("", null));

    [Fact]
    public void HugeTextIsRead()
    {
        string unit = "东城区召开部署会，共170余人参会，发现问题150余处，解决率98%。区委书记夏林茂讲话。4月24日，";
        string text = string.Concat(Enumerable.Repeat(unit, 2000));
        var mentions = MentionExtractor.Default.Extract(text, new DateOnly(2020, 4, 24));
        AssertInside(text, mentions);
        Assert.Equal(2000, mentions.Count(m => m.Kind == MentionKind.Person));
    }

    [Fact]
    public void NullTextIsRejected() => Assert.Throws<ArgumentNullException>(() => MentionExtractor.Default.Extract(null!, null));

    [Fact]
    public void SharedExtractorGivesTheSameAnswersOnManyThreads()
    {
        string[] texts = ["区委书记夏林茂讲话，170余人参会。", "发现整改问题150余处，解决率98%。", "10月18日至21日开展检查。", "永定镇万佛堂社区开展活动。"];
        var expected = texts.Select(t => string.Join("|", MentionExtractor.Default.Extract(t, new DateOnly(2020, 10, 22)))).ToArray();
        Parallel.For(0, 200, i =>
        {
            int k = i % texts.Length;
            Assert.Equal(expected[k], string.Join("|", MentionExtractor.Default.Extract(texts[k], new DateOnly(2020, 10, 22))));
        });
    }
}
