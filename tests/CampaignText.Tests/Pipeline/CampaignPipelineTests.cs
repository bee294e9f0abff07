using System.Text.Json.Nodes;
using CampaignText.Export.Json;
using CampaignText.Extraction;
using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Places;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Pipeline;

public sealed class CampaignPipelineTests
{
    // A city-level bulletin: the masthead names no district, one article is credited to 门头沟区文明办.
    private const string CityBulletin =
        "首都精神文明建设工作简报\n第 5 期\n首都精神文明建设委员会办公室　　2021年3月18日\n" +
        "【工作交流】\n门头沟区推进文明实践站建设\n3月9日，我区召开推进会，全区新建文明实践站12个。\n（门头沟区文明办）\n" +
        "【简讯】\n近日，各区开展志愿服务活动。\n";

    // A district bulletin: 我区 means the district of its issuer.
    private const string DistrictBulletin =
        "怀柔区创城工作快报\n第 30 期\n怀柔区文明办　　2022年6月1日\n【文明创建】\n我区开展环境整治\n当天，我区组织志愿者300余人清理河道。\n";

    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    [Fact]
    public void HomeDistrictComesFromTheIssuer()
    {
        var a = Pipeline.Analyze(DistrictBulletin, "d.txt");
        Assert.Equal("怀柔区", a.HomeDistrict);
        var wo = a.Mentions.Select(static m => m.Mention).OfType<DistrictMention>().Where(static m => m.Text == "我区").ToList();
        Assert.NotEmpty(wo);
        Assert.All(wo, m => Assert.Equal("怀柔区", m.Normalized));
    }

    [Fact]
    public void AnArticlesAttributionDecidesItsHomeDistrict()
    {
        var a = Pipeline.Analyze(CityBulletin, "c.txt");
        Assert.Null(a.HomeDistrict);
        var wo = a.Mentions.Select(static m => m.Mention).OfType<DistrictMention>().Single(static m => m.Text == "我区");
        Assert.Equal("门头沟区", wo.Normalized);
    }

    [Fact]
    public void RelativeDatesResolveAgainstTheIssueDate()
    {
        var a = Pipeline.Analyze(DistrictBulletin, "d.txt");
        var day = a.Mentions.Select(static m => m.Mention).OfType<DateMention>().Single(static m => m.Text == "当天");
        Assert.True(day.Relative);
        Assert.Equal("2022-06-01", day.Normalized);
    }

    [Fact]
    public void WithoutAMastheadDatesResolveAgainstTheMetadataDate()
    {
        // A news page: "2019-07-02 10:20:11" under the headline, then 6月28日 … 当天.
        var a = Pipeline.AnalyzeFile(Path.Combine(SpecFiles.RepoRoot, "corpus", "2019", "changsha-kaifu-2019-news.txt"));
        Assert.Null(a.Document.Masthead.Date);
        var dates = a.Mentions.Select(static m => m.Mention).OfType<DateMention>().ToList();
        var day = dates.First(static m => m.Text == "6月28日");
        Assert.Equal(("2019-06-28", DateReference.Metadata), (day.Normalized, day.Reference));
        var same = dates.First(static m => m.Text == "当天");
        Assert.Equal(("2019-06-28", DateReference.Previous), (same.Normalized, same.Reference));
    }

    [Fact]
    public void WithNoDateAtAllTheTitlesYearServesAndMonthAndDayAreKept()
    {
        const string Report = "关于2022年第三季度文明创建工作情况的报告\n\n9月3日，区委宣传部组织志愿者开展清洁行动。\n";
        var a = Pipeline.Analyze(Report, "r.txt");
        Assert.Null(a.Document.Date);
        var day = a.Mentions.Select(static m => m.Mention).OfType<DateMention>().Single(static m => m.Text == "9月3日");
        Assert.Equal(("2022-09-03", DateReference.Text), (day.Normalized, day.Reference));

        var bare = Pipeline.Analyze("区委宣传部开展清洁行动\n\n9月3日，区委宣传部组织志愿者开展清洁行动。\n", "b.txt");
        var kept = bare.Mentions.Select(static m => m.Mention).OfType<DateMention>().Single(static m => m.Text == "9月3日");
        Assert.Equal(("--09-03", DateGranularity.Day, (DateReference?)null), (kept.Normalized, kept.Granularity, kept.Reference));
    }

    [Fact]
    public void AnIssueLineOrAnEarlierParagraphGivesTheYear()
    {
        const string Issue = "创城工作简报\n2022年·第9期\n\n【工作动态】\n区委宣传部开展清洁行动\n9月3日，区委宣传部组织志愿者开展清洁行动，次日开展回头看。\n";
        var a = Pipeline.Analyze(Issue, "i.txt");
        Assert.Null(a.Document.Date);
        var dates = a.Mentions.Select(static m => m.Mention).OfType<DateMention>().ToList();
        Assert.Equal(("2022-09-03", DateReference.Text), (dates.Single(static m => m.Text == "9月3日").Normalized, dates.Single(static m => m.Text == "9月3日").Reference));
        Assert.Equal(("2022-09-04", DateReference.Previous), (dates.Single(static m => m.Text == "次日").Normalized, dates.Single(static m => m.Text == "次日").Reference));

        const string Report = "区文明办工作情况\n\n2019年，社区建成文明实践站12个。\n\n12月5日，召开总结会。\n";
        var r = Pipeline.Analyze(Report, "r.txt");
        var later = r.Mentions.Select(static m => m.Mention).OfType<DateMention>().Single(static m => m.Text == "12月5日");
        Assert.Equal(("2019-12-05", DateReference.Text), (later.Normalized, later.Reference));
    }

    [Fact]
    public void EveryMentionLiesInsideItsParagraphAndMatchesItsText()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SpecFiles.RepoRoot, "corpus"), "*.txt", SearchOption.AllDirectories).Take(20))
        {
            var a = Pipeline.AnalyzeFile(file);
            var paragraphs = a.Document.Paragraphs.ToDictionary(static p => p.Index, static p => p.Text);
            Assert.NotEmpty(a.Mentions);
            int lastParagraph = -1;
            foreach (var pm in a.Mentions)
            {
                Assert.True(pm.Paragraph >= lastParagraph, $"{file}: mentions out of document order");
                lastParagraph = pm.Paragraph;
                var text = paragraphs[pm.Paragraph];
                Assert.InRange(pm.Mention.Start, 0, pm.Mention.End);
                Assert.InRange(pm.Mention.End, pm.Mention.Start, text.Length);
                Assert.Equal(text[pm.Mention.Start..pm.Mention.End], pm.Mention.Text);
            }
        }
    }

    [Fact]
    public void JsonCarriesTheMentionsWithTheirParagraph()
    {
        var a = Pipeline.Analyze(DistrictBulletin, "d.txt");
        var json = JsonNode.Parse(new BulletinJsonWriter().ToJson(a))!.AsObject();
        var mentions = json["mentions"]!.AsArray();
        Assert.Equal(a.Mentions.Count, mentions.Count);
        var paragraphText = json["sections"]![0]!["articles"]![0]!["paragraphs"]![0]!["text"]!.GetValue<string>();
        foreach (var m in mentions)
        {
            Assert.Equal(0, m!["paragraph"]!.GetValue<int>());
            int start = m["start"]!.GetValue<int>(), end = m["end"]!.GetValue<int>();
            Assert.Equal(paragraphText[start..end], m["text"]!.GetValue<string>());
        }

        Assert.Contains(mentions, m => m!["kind"]!.GetValue<string>() == "quantity" && m["value"]!.GetValue<decimal>() == 300m && m["approx"]!.GetValue<string>() == "atLeast");
    }

    [Fact]
    public void BuilderCanTurnStagesOff()
    {
        var structureOnly = new CampaignPipelineBuilder().WithoutExtraction().WithoutClassification().Build();
        var a = structureOnly.Analyze(DistrictBulletin);
        Assert.Empty(a.Mentions);
        Assert.Empty(a.Labels);
        Assert.Throws<InvalidOperationException>(() => structureOnly.Extract("我区", null));

        var datesOnly = new CampaignPipelineBuilder().UseKinds(MentionKind.Date).Build();
        var b = datesOnly.Analyze(DistrictBulletin);
        Assert.NotEmpty(b.Mentions);
        Assert.All(b.Mentions, static m => Assert.Equal(MentionKind.Date, m.Mention.Kind));
    }

    [Fact]
    public void ThreadsShareOnePipeline()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SpecFiles.RepoRoot, "corpus"), "*.txt", SearchOption.AllDirectories).Take(16).ToArray();
        var writer = new BulletinJsonWriter();
        var sequential = files.Select(f => writer.ToJson(Pipeline.AnalyzeFile(f))).ToArray();
        var parallel = new string[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = writer.ToJson(Pipeline.AnalyzeFile(files[i])));
        Assert.Equal(sequential, parallel);
    }
}
