using CampaignText.Extraction;
using CampaignText.Extraction.Quantities;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Reliability;

/// <summary>
/// Inputs built to hurt: very long runs with no sentence punctuation, long ASCII runs that address and number
/// patterns start on everywhere. Each must analyse without failing; the lookups that replaced the backward
/// scans give what the scans gave.
/// </summary>
public sealed class LongInputTests
{
    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    public static TheoryData<string, string> LongRuns() => new()
    {
        { "300,000 ASCII letters", new string('a', 300_000) },
        { "300,000 ASCII letters, then an address", new string('b', 300_000) + "@example.cn" },
        { "letters and dots with no @", string.Concat(Enumerable.Repeat("ab.cd-", 50_000)) },
        { "300,000 digits", new string('7', 300_000) },
        { "a line of mentions without punctuation", string.Concat(Enumerable.Repeat("朝阳区建外街道组织志愿者300人清理河道2020年5月", 12_000)) },
        { "ranges without punctuation", string.Concat(Enumerable.Repeat("3至5个社区", 40_000)) },
    };

    [Theory]
    [MemberData(nameof(LongRuns))]
    public void LongRunsAnalyseWithoutFailing(string what, string text)
    {
        BulletinAnalysis analysis = Pipeline.Analyze(text, "long.txt");
        Assert.True(analysis.Document.Paragraphs.Any(), what);
        AnalysisReliabilityTests.AssertMentionsInParagraphs(analysis, text);
    }

    [Fact]
    public void ALongMentionLineKeepsItsMentions()
    {
        string text = string.Concat(Enumerable.Repeat("朝阳区建外街道组织志愿者300人清理河道", 5_000));
        BulletinAnalysis analysis = Pipeline.Analyze(text, "long.txt");
        Assert.Equal(5_000, analysis.Mentions.Count(pm => pm.Mention.Kind == MentionKind.Town));
        Assert.Equal(5_000, analysis.Mentions.Count(pm => pm.Mention is QuantityMention { Value: 300m }));
    }

    private static int NaiveStart(string text, int pos, Func<char, bool> isBreak)
    {
        int i = Math.Min(pos, text.Length);
        while (i > 0 && !isBreak(text[i - 1])) i--;
        return i;
    }

    [Theory]
    [InlineData("")]
    [InlineData("东城区，西城区。朝阳区；海淀区\n丰台区、石景山区")]
    [InlineData("，，。。")]
    [InlineData("没有标点的一行文字")]
    public void ClauseAndSentenceStartsAreThoseOfABackwardScan(string text)
    {
        Func<char, bool> clause = c => TextAnalysis.IsClauseBreak(c) || c == '、';
        Func<char, bool> sentence = c => c is '。' or '！' or '？' or '!' or '?' or '\n' or '；' or ';';
        var a = new TextAnalysis(text, [], null!, null, null);
        for (int pos = 0; pos <= text.Length; pos++)
        {
            Assert.Equal(NaiveStart(text, pos, clause), a.ClauseStart(pos));
            Assert.Equal(NaiveStart(text, pos, sentence), a.SentenceStart(pos));
        }
    }

    [Fact]
    public void LastIndexBeforeIsLastIndexOf()
    {
        string text = "北京市朝阳区北京北京市海淀区北京北京";
        var a = new TextAnalysis(text, [], null!, null, null);
        foreach (string value in new[] { "北京", "北京市", "朝阳区", "京北", "上海" })
        {
            for (int pos = 0; pos <= text.Length; pos++)
            {
                int expected = pos > 0 ? text.LastIndexOf(value, pos - 1, StringComparison.Ordinal) : -1;
                Assert.Equal(expected, a.LastIndexBefore(value, pos));
            }
        }
    }

    [Fact]
    public void SpanIndexAnswersAsAScanWould()
    {
        var random = new Random(16);
        for (int round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
            {
                int s = random.Next(0, 40);
                return (Start: s, End: s + random.Next(0, 8));
            }).ToList();
            var index = new SpanIndex(spans);
            for (int s = 0; s < 45; s++)
            {
                for (int e = s; e < s + 6; e++)
                {
                    Assert.Equal(spans.Any(x => x.Start < e && s < x.End), index.Overlaps(s, e));
                    Assert.Equal(spans.Any(x => x.Start <= s && e <= x.End), index.Contains(s, e));
                }
            }
        }
    }
}
