using CampaignText.Export.Tables;
using CampaignText.Extraction.Places;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Pipeline;

/// <summary>Every article gets a district (attribution, title, first district or town named, else the bulletin's), carried with code and city.</summary>
public sealed class ArticleDistrictTests
{
    // A city-level bulletin (invented): one article per district, credited, titled or only naming a town.
    private const string CityBulletin =
        "首都精神文明建设情况简报\n第 7 期\n首都精神文明建设委员会办公室　　2023年5月10日\n" +
        "【工作交流】\n用好“小巷管家”\n5月3日，各街道召开小巷管家交流会，评出优秀管家20名。\n（东城区文明办）\n" +
        "丰台区推进背街小巷整治\n近日，区里对辖区背街小巷开展集中整治，清理堆物120处。\n" +
        "志愿服务进社区\n望京街道组织志愿者入户宣传垃圾分类，发放倡议书3000份。\n" +
        "【简讯】\n近日，各区开展文明交通劝导活动。\n";

    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    [Fact]
    public void EveryArticleOfACityBulletinGetsItsDistrict()
    {
        var a = Pipeline.Analyze(CityBulletin, "city.txt");
        Assert.Null(a.Home);
        var byArticle = a.Document.Sections.SelectMany(static s => s.Articles)
            .Select(art => (art.Title, District: a.DistrictOf(art.Paragraphs[0].Index)))
            .ToList();
        Assert.Equal(("东城区", "110101", "北京市"), (byArticle[0].District!.Name, byArticle[0].District!.Code, byArticle[0].District!.City));
        Assert.Equal("110106", byArticle[1].District!.Code);
        Assert.Equal("110105", byArticle[2].District!.Code);
        Assert.Null(byArticle[3].District);
    }

    [Fact]
    public void TablesCarryTheArticleDistrictAndTheDocumentsCodeAndCity()
    {
        var rows = CorpusRows.From(Pipeline.Analyze(CityBulletin, "city.txt"));
        var first = rows.Paragraphs[0];
        Assert.Equal(("东城区", "110101"), (first.District, first.DistrictCode));
        var town = rows.Mentions.Single(static m => m.Kind == "town" && m.Text == "望京街道");
        Assert.Equal(("朝阳区", "110105"), (town.ArticleDistrict, town.ArticleDistrictCode));
        var date = rows.Mentions.First(static m => m.Kind == "date");
        Assert.Equal("masthead", date.Reference);
    }

    [Theory]
    [InlineData("重庆市江北区文明办", "500105", "重庆市")]
    [InlineData("宁波市江北区文明办", "330205", "宁波市")]
    public void TwoDistrictsOfOneNameStayApart(string issuer, string code, string city)
    {
        string text = $"江北区创建工作简报\n第 3 期\n{issuer}　　2022年4月2日\n【工作动态】\n开展文明劝导\n4月1日，观音桥街道、庄桥街道组织志愿者上岗劝导。\n";
        var a = Pipeline.Analyze(text, "j.txt");
        Assert.Equal((code, city), (a.Home!.Code, a.Home.City));
        var doc = CorpusRows.From(a).Document;
        Assert.Equal(("江北区", code, city), (doc.District, doc.DistrictCode, doc.DistrictCity));
        // The town of the own 江北区 resolves; the other city's town stays out or unresolved.
        var towns = a.Mentions.Select(static m => m.Mention).OfType<TownMention>().Where(static t => t.Code is not null).ToList();
        Assert.Contains(towns, t => t.Code!.StartsWith(code, StringComparison.Ordinal));
        Assert.DoesNotContain(towns, t => !t.Code!.StartsWith(code, StringComparison.Ordinal));
    }

    [Fact]
    public void NoArticleOfTheCorpusCityBulletinsIsWithoutADistrict()
    {
        var files = BulletinFiles.Expand([Path.Combine(SpecFiles.RepoRoot, "corpus")]);
        var cityLevel = files.Select(Pipeline.AnalyzeFile)
            .Where(static a => a.Document.Masthead.Publication?.StartsWith("首都精神文明", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(cityLevel);
        var without = cityLevel
            .SelectMany(a => a.Document.Sections.SelectMany(static s => s.Articles).Where(art => art.Paragraphs.Count > 0 && a.DistrictOf(art.Paragraphs[0].Index) is null)
                .Select(art => $"{a.Source}: {art.Title}"))
            .ToList();
        Assert.Empty(without);
    }

    [Fact]
    public void TheJsonContractCarriesHomeAndArticleDistricts()
    {
        var city = System.Text.Json.Nodes.JsonNode.Parse(new CampaignText.Export.Json.BulletinJsonWriter().ToJson(Pipeline.Analyze(CityBulletin, "city.txt")))!;
        Assert.Null(city["homeDistrict"]);
        var article = city["sections"]![0]!["articles"]![0]!;
        Assert.Equal(("东城区", "110101"), (article["district"]!.GetValue<string>(), article["districtCode"]!.GetValue<string>()));

        string text = "江北区创建工作简报\n第 3 期\n宁波市江北区文明办　　2022年4月2日\n【工作动态】\n开展文明劝导\n4月1日，志愿者上岗劝导。\n";
        var doc = System.Text.Json.Nodes.JsonNode.Parse(new CampaignText.Export.Json.BulletinJsonWriter().ToJson(Pipeline.Analyze(text, "j.txt")))!;
        Assert.Equal(("江北区", "330205", "宁波市"), (doc["homeDistrict"]!.GetValue<string>(), doc["homeDistrictCode"]!.GetValue<string>(), doc["city"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("2019/chengdong-xining-2019-exchange.txt", "630102")] // 城东区：… headline, 城东区文明办
    [InlineData("2020/luyang-hefei-2020-speech.txt", "340103")] // 亳州路、双岗两个街道
    [InlineData("2023/shizhong-leshan-2023-notice.txt", "511102")] // 土主、白马两个乡镇
    public void CorpusArticlesThatNameTheirDistrictOrItsTownsGetIt(string file, string code)
    {
        var a = Pipeline.AnalyzeFile(Path.Combine(SpecFiles.RepoRoot, "corpus", file));
        var articles = a.Document.Sections.SelectMany(static s => s.Articles).Where(static art => art.Paragraphs.Count > 0).ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, art => Assert.Equal(code, a.DistrictOf(art.Paragraphs[0].Index)?.Code));
    }

    [Fact]
    public void JsonMentionsCarryTheirArticlesDistrictWhenTheirPlaceSetsNone()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(new CampaignText.Export.Json.BulletinJsonWriter().ToJson(Pipeline.Analyze(CityBulletin, "city.txt")))!;
        var mentions = json["mentions"]!.AsArray().Select(static m => m!.AsObject()).ToList();
        string? DistrictOf(string kind, string text) => mentions.First(m => (string?)m["kind"] == kind && (string?)m["text"] == text)["district"]?.GetValue<string>();
        // A date and a quantity of the article signed 东城区文明办, a date of the 丰台区 article, a town of its own district.
        Assert.Equal("东城区", DistrictOf("date", "5月3日"));
        Assert.Equal("东城区", DistrictOf("quantity", "20名"));
        Assert.Equal("丰台区", DistrictOf("quantity", "120处"));
        Assert.Equal("朝阳区", DistrictOf("town", "望京街道"));
        // The 简讯 item names no district: its mentions say so with null, the key still written.
        var last = mentions.Last(static m => (string?)m["kind"] == "date");
        Assert.True(last.ContainsKey("district"));
        Assert.Null(last["district"]);
        // A district mention is its own district: no district key of another.
        Assert.All(mentions.Where(static m => (string?)m["kind"] == "district"), static m => Assert.False(m.ContainsKey("district")));
    }

    [Fact]
    public void AnEarlierArticlesDistrictDecidesASharedTownName()
    {
        // No masthead district: the first article's 浦沿街道 (only in 滨江区) makes 长河街道 滨江区's, not another's.
        string text = "街道经验交流\n【交流】\n楼道治理\n浦沿街道推出楼道治理清单，清理堆物80处。\n老街课堂\n长河街道开设老街课堂，每月两期。\n";
        var a = Pipeline.Analyze(text, "x.txt");
        var towns = a.Mentions.Select(static m => m.Mention).OfType<TownMention>().ToDictionary(static t => t.Text, static t => t.Code);
        Assert.Equal("330108003", towns["浦沿街道"]);
        Assert.Equal("330108002", towns["长河街道"]);
        Assert.Equal("长河街道", Assert.Single(
            Pipeline.Extract("长河街道开设老街课堂。", null).OfType<TownMention>(), static t => t.Code is null).Text);
    }

    [Fact]
    public void TermsAndKeywordsGroupACityBulletinByItsArticlesDistricts()
    {
        string dir = Directory.CreateTempSubdirectory("campaigntext-terms-district-").FullName;
        try
        {
            using (var index = CampaignText.Export.Sqlite.CorpusIndex.Open(Path.Combine(dir, "c.db"), create: true))
            {
                index.Store(Pipeline.Analyze(CityBulletin, Path.Combine(dir, "city.txt")), "0");
                var parts = index.TermDocuments(byArticleDistrict: true);
                Assert.Equal(new[] { "东城区", "丰台区", "朝阳区" }.Order(StringComparer.Ordinal), parts.Select(static p => p.District).OfType<string>().Order(StringComparer.Ordinal));
                Assert.Contains(parts, static p => p.District == "丰台区" && p.Paragraphs.Single().Contains("清理堆物", StringComparison.Ordinal));
                Assert.All(parts, static p => Assert.Equal("city.txt", Path.GetFileName(p.Document)));
                // Without the split the bulletin is one document with no district of its own.
                Assert.Null(Assert.Single(index.TermDocuments()).District);

                var groups = index.GroupTexts(["district"]);
                var fengtai = Assert.Single(groups, static g => g.Key[0] == "丰台区");
                Assert.Contains("清理堆物", fengtai.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("望京街道", fengtai.Text, StringComparison.Ordinal);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
