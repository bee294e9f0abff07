using System.Globalization;
using CampaignText.Export.Sqlite;
using CampaignText.Extraction.Quantities;
using CampaignText.Pipeline;
using CsCheck;

namespace CampaignText.Tests.Export;

/// <summary>
/// Quantity statistics over random bulletins: one row per year and unit, each total the sum of that unit's
/// values only (名 and 位 counted as 人; percentages never summed), whatever mix of units the bulletins hold.
/// </summary>
public sealed class QuantityStatsPropertyTests : IDisposable
{
    // Clauses with one quantity each, {0} the number; the units differ on purpose.
    private static readonly string[] Clauses =
    [
        "组织志愿者{0}名清理河道", "参与群众{0}万人", "发动党员{0}人参加", "累计服务{0}万人次", "清理垃圾{0}吨",
        "整治违法建设{0}平米", "拆除广告牌匾{0}平方米", "志愿服务时长{0}小时", "设置宣传点位{0}个", "群众满意率达{0}%",
        "邀请{0}位老党员讲党课", "发现问题{0}处", "开展培训{0}场次",
    ];

    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-qstats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Gen<(int Year, (int Clause, int Number)[] Clauses)> Bulletin =
        Gen.Select(Gen.Int[2019, 2023], Gen.Select(Gen.Int[0, Clauses.Length - 1], Gen.Int[1, 999]).Array[1, 8]);

    [Fact]
    public void TotalsNeverAddTwoUnits()
    {
        int run = 0;
        Bulletin.Array[1, 4].Sample(bulletins =>
        {
            var db = Path.Combine(_dir, $"q{run++}.db");
            var analyses = new List<BulletinAnalysis>();
            using (var index = CorpusIndex.Open(db, create: true))
            {
                for (int i = 0; i < bulletins.Length; i++)
                {
                    var (year, clauses) = bulletins[i];
                    var body = string.Join("，", clauses.Select(c => string.Format(CultureInfo.InvariantCulture, Clauses[c.Clause], c.Number))) + "。";
                    var text = $"东城区创城工作简报\n第 {i + 1} 期\n{year}年3月{i + 1}日\n【工作动态】\n{body}\n";
                    var analysis = Pipeline.Analyze(text, $"b{i}.txt");
                    analyses.Add(analysis);
                    index.Store(analysis, i.ToString(CultureInfo.InvariantCulture));
                }
            }

            var expected = analyses
                .SelectMany(a => a.Mentions.Select(m => m.Mention).OfType<QuantityMention>()
                    .Select(q => (Year: a.Document.Masthead.Date!.Value.Year.ToString(CultureInfo.InvariantCulture), Unit: CountedAs(q.Unit), q.Value)))
                .GroupBy(x => (x.Year, x.Unit))
                .ToDictionary(g => g.Key, g => (Count: g.Count(), Total: g.Sum(x => x.Value)));

            StatsTable table;
            using (var index = CorpusIndex.Open(db))
            {
                table = index.Count(new StatsQuery(["year"]) { Kind = "quantity" });
            }

            Assert.Equal(["year", "unit", "mentions", "total", "bulletins"], table.Columns);
            Assert.Equal(expected.Count, table.Rows.Count);
            foreach (var row in table.Rows)
            {
                Assert.True(expected.TryGetValue((row[0], row[1]), out var e), $"unexpected row {string.Join(",", row)}");
                Assert.Equal(e.Count.ToString(CultureInfo.InvariantCulture), row[2]);
                if (row[1] == "%")
                {
                    Assert.Equal(string.Empty, row[3]);
                }
                else
                {
                    Assert.Equal((double)e.Total, double.Parse(row[3], CultureInfo.InvariantCulture), 0.01);
                }
            }
        }, iter: 40);
    }

    private static string CountedAs(string? unit) => unit switch
    {
        null => string.Empty,
        "名" or "位" => "人",
        _ => unit,
    };
}
