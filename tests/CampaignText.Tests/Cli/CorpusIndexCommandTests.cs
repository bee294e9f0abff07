using System.Globalization;
using CampaignText.Cli;
using CampaignText.Extraction.Measures;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Cli;

/// <summary>Indexes the corpus once for the tests that read an index.</summary>
public sealed class CorpusIndexFixture : IDisposable
{
    public CorpusIndexFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("campaigntext-index-").FullName;
        Db = Path.Combine(Directory, "corpus.db");
        Years = System.IO.Directory.GetDirectories(Path.Combine(SpecFiles.RepoRoot, "corpus"), "20*").Order(StringComparer.Ordinal).ToArray();
        var output = new StringWriter();
        var error = new StringWriter();
        Code = Program.Run(["index", .. Years, "--db", Db, "--quiet"], TextReader.Null, output, error);
        Error = error.ToString();
    }

    public string Directory { get; }

    public string Db { get; }

    public string[] Years { get; }

    public int Code { get; }

    public string Error { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed class CorpusIndexCommandTests(CorpusIndexFixture fixture) : IClassFixture<CorpusIndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-search-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private static readonly string[] Corpus = BulletinFiles.Expand(
        Directory.GetDirectories(Path.Combine(SpecFiles.RepoRoot, "corpus"), "20*").Order(StringComparer.Ordinal)).ToArray();

    [Fact]
    public void IndexingTheCorpusStoresEveryBulletin()
    {
        Assert.Equal(0, fixture.Code);
        Assert.EndsWith($"{Corpus.Length} analysed, 0 failed, 0 unchanged; {Corpus.Length} bulletins in {fixture.Db}", fixture.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void SearchFindsAPhraseWithItsContext()
    {
        var db = Path.Combine(_dir, "mini.db");
        var file = Path.Combine(_dir, "yanqing.txt");
        File.WriteAllText(file, "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处。\n（延庆区文明办）\n");
        Assert.Equal(0, Run("index", file, "--db", db).Code);
        var (code, output, error) = Run("search", db, "卫生死角", "--kwic", "4");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal([$"{file}#0\t2021-07-02 延庆区\t全镇清理«卫生死角»三十余处", "1 hit"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // Two characters are below the trigram length: still found.
        Assert.Contains("«死角»", Run("search", db, "死角").Output, StringComparison.Ordinal);
        Assert.Equal(["no hits for 卫生死角 (from 2021-08)"], Run("search", db, "卫生死角", "--from", "2021-08").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("«卫生死角»", Run("search", db, "卫生死角", "--from", "2021-07", "--to", "2021-07").Output, StringComparison.Ordinal);
        Assert.Equal(1, Run("search", db, "卫生死角", "--from", "July").Code);

        // Districts by name, by name without 区, or by code; names not in the index are refused with the list.
        Assert.Contains("«卫生死角»", Run("search", db, "卫生死角", "--district", "110119").Output, StringComparison.Ordinal);
        Assert.Contains("«卫生死角»", Run("search", db, "卫生死角", "--district", "延庆").Output, StringComparison.Ordinal);
        var other = Run("search", db, "卫生死角", "--district", "朝阳区");
        Assert.Equal(1, other.Code);
        Assert.Equal("campaigntext: --district: no bulletins of '朝阳区' in the index (districts: 延庆区)", other.Error.Trim());
        Assert.Equal(1, Run("search", db, "卫生死角", "--district", "110105").Code);
        var category = Run("search", db, "卫生死角", "--category", "foo");
        Assert.Equal(1, category.Code);
        Assert.StartsWith("campaigntext: --category: unknown category 'foo' (categories: ", category.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchByCodeKeepsTwoDistrictsOfOneNameApart()
    {
        var db = Path.Combine(_dir, "jiangbei.db");
        var chongqing = Path.Combine(_dir, "cq.txt");
        var ningbo = Path.Combine(_dir, "nb.txt");
        File.WriteAllText(chongqing, "江北区创建工作简报\n第 3 期\n重庆市江北区文明办　　2022年4月2日\n【工作动态】\n开展劝导\n4月1日，志愿者在路口开展文明劝导。\n");
        File.WriteAllText(ningbo, "江北区创建工作简报\n第 5 期\n宁波市江北区文明办　　2022年5月6日\n【工作动态】\n开展劝导\n5月5日，志愿者在码头开展文明劝导。\n");
        Assert.Equal(0, Run("index", chongqing, ningbo, "--db", db).Code);
        Assert.Equal("2 hits", Lines(Run("search", db, "文明劝导", "--district", "江北区").Output)[^1]);
        var cq = Lines(Run("search", db, "文明劝导", "--district", "500105").Output);
        Assert.Equal(["1 hit"], cq.Skip(1));
        Assert.StartsWith($"{chongqing}#", cq[0], StringComparison.Ordinal);
        var nb = Lines(Run("search", db, "文明劝导", "--district", "330205").Output);
        Assert.StartsWith($"{ningbo}#", nb[0], StringComparison.Ordinal);
        var stats = Lines(Run("stats", db, "--by", "district", "--format", "csv", "--sort", "key").Output);
        Assert.Equal(["district,bulletins,share,paragraphs,mentions", "江北区（宁波市）,1,50.0,1,", "江北区（重庆市）,1,50.0,1,"],
            stats.Select(static l => l.StartsWith("district", StringComparison.Ordinal) ? l : l[..(l.LastIndexOf(',') + 1)]));
    }

    [Fact]
    public void SearchWritesKwicAsCsvAndJsonWithTheTotal()
    {
        var db = Path.Combine(_dir, "kwic.db");
        var file = Path.Combine(_dir, "miyun.txt");
        File.WriteAllText(file, "密云区创城工作简报\n第 3 期\n2022年5月9日\n【工作动态】\n溪翁庄镇组织志愿者清理河道，志愿者共二十人。\n鼓楼街道组织志愿者劝导文明养犬。\n（密云区文明办）\n");
        Assert.Equal(0, Run("index", file, "--db", db).Code);

        var (code, output, error) = Run("search", db, "志愿者", "--kwic", "3", "--format", "csv", "--limit", "1");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("document,paragraph,date,district,category,left,match,right", lines[0]);
        Assert.Equal(2, lines.Count);
        var fields = lines[1].Split(',');
        Assert.Equal([file, "0", "2022-05-09", "密云区", fields[4], "镇组织", "志愿者", "清理河"], fields);
        Assert.Equal("1 of 2 hits (--limit 1)", error.Trim());

        var json = System.Text.Json.JsonDocument.Parse(Run("search", db, "志愿者", "--kwic", "2", "--format", "json").Output).RootElement;
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(2, json.GetProperty("hits").GetArrayLength());
        var hit = json.GetProperty("hits")[1];
        Assert.Equal("组织", hit.GetProperty("left").GetString());
        Assert.Equal("志愿者", hit.GetProperty("match").GetString());
        Assert.Equal("劝导", hit.GetProperty("right").GetString());
        Assert.Equal("密云区", hit.GetProperty("district").GetString());

        // --every: one row per occurrence (paragraph 0 holds 志愿者 twice), paragraphs still count the hits.
        var every = Run("search", db, "志愿者", "--kwic", "2", "--every", "--format", "csv");
        Assert.Equal(0, every.Code);
        var rows = Lines(every.Output).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal([("0", "组织", "清理"), ("0", "道，", "共二"), ("1", "组织", "劝导")], rows.Select(f => (f[1], f[5], f[7])));
        Assert.Equal("2 hits, 3 occurrences", every.Error.Trim());

        var none = Run("search", db, "垃圾分类", "--format", "json");
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(none.Output).RootElement.GetProperty("total").GetInt32());
        Assert.Equal("no hits for 垃圾分类", none.Error.Trim());
    }

    [Fact]
    public void SearchInTheCorpusFindsKnownPhrasesAndHonoursTheLimit()
    {
        var (code, output, _) = Run("search", fixture.Db, "志愿服务", "--limit", "3", "--kwic", "5");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines[..3], h => Assert.Contains("«志愿服务»", h, StringComparison.Ordinal));
        Assert.Matches(@"^3 of \d+ hits \(--limit 3\)$", lines[3]);
        var texts = Corpus.Select(f => CampaignPipeline.CreateDefault().Reader.Read(f).Text);
        Assert.Contains(texts, t => t.Contains("志愿服务", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"志愿")]
    [InlineData("志愿 AND")]
    [InlineData("AND OR NOT")]
    [InlineData("志愿*")]
    [InlineData("(志愿服务")]
    [InlineData("text:志愿服务")]
    [InlineData("NEAR(志愿 服务)")]
    [InlineData("100%_\\")]
    [InlineData("^志愿服务 -x +y")]
    public void QueriesWithFtsSyntaxCharactersDoNotCrash(string query)
    {
        var (code, _, error) = Run("search", fixture.Db, query);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void ReindexingSkipsUnchangedFilesAndRedoesChangedOnes()
    {
        var db = Path.Combine(_dir, "re.db");
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        var a = Path.Combine(input, "a.txt");
        var b = Path.Combine(input, "b.txt");
        File.WriteAllText(a, "东城区创城简报\n第 1 期\n2021年3月1日\n【工作动态】\n各街道开展环境整治。\n");
        File.WriteAllText(b, "西城区创城简报\n第 2 期\n2021年4月1日\n【工作动态】\n各社区开展垃圾分类宣传。\n");
        Assert.EndsWith("2 analysed, 0 failed, 0 unchanged; 2 bulletins in " + db, Run("index", input, "--db", db).Error.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("0 analysed, 0 failed, 2 unchanged; 2 bulletins in " + db, Run("index", input, "--db", db).Error.Trim(), StringComparison.Ordinal);
        File.WriteAllText(b, "西城区创城简报\n第 2 期\n2021年4月1日\n【工作动态】\n各社区开展楼道清理。\n");
        Assert.EndsWith("1 analysed, 0 failed, 1 unchanged; 2 bulletins in " + db, Run("index", input, "--db", db).Error.Trim(), StringComparison.Ordinal);
        Assert.Equal("no hits for 垃圾分类", Run("search", db, "垃圾分类").Output.Trim());
        Assert.NotEmpty(Run("search", db, "楼道清理").Output);
    }

    [Fact]
    public void AFileThatIsNotAnSqliteDatabaseGivesAClearError()
    {
        var db = Path.Combine(_dir, "notes.db");
        File.WriteAllText(db, "these are notes, not a database\n");
        foreach (var args in new[] { new[] { "search", db, "志愿" }, ["stats", db], ["report", db, "--out", Path.Combine(_dir, "r.html")], ["index", _dir, "--db", db] })
        {
            var (code, _, error) = Run(args);
            Assert.Equal(2, code);
            Assert.Equal($"{db}: not an SQLite database", error.Trim());
        }

        var missing = Path.Combine(_dir, "missing.db");
        var result = Run("search", missing, "志愿");
        Assert.Equal(2, result.Code);
        Assert.StartsWith($"{missing}: no such index", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void StatsCountsMatchTheCorpus()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        var analyses = Corpus.Select(pipeline.AnalyzeFile).ToList();

        var (code, output, _) = Run("stats", fixture.Db, "--by", "district,month", "--format", "csv", "--sort", "key");
        Assert.Equal(0, code);
        // By district, paragraphs and mentions count under their article's district, bulletins under every
        // district one of their articles belongs to; shares are of the column's total.
        // Two districts of one name are apart, each named with its city: 江北区（重庆市）, 江北区（宁波市）.
        var codesOf = analyses.SelectMany(a => a.Document.Paragraphs.Select(p => a.DistrictOf(p.Index)).Append(a.Home))
            .OfType<DistrictRef>().GroupBy(static d => d.Name).ToDictionary(static g => g.Key, static g => g.Select(static d => d.Code).Distinct().Count());
        string Label(DistrictRef? d) => d is null ? string.Empty : codesOf[d.Name] > 1 ? $"{d.Name}（{d.City}）" : d.Name;
        var byParagraph = analyses
            .SelectMany(a => a.Document.Paragraphs.Select(p => (
                District: Label(a.DistrictOf(p.Index) ?? a.Home),
                Month: a.Document.Masthead.Date?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? string.Empty,
                a.Source,
                Mentions: a.Mentions.Count(m => m.Paragraph == p.Index))))
            .ToList();
        var groups = byParagraph.GroupBy(x => (x.District, x.Month)).ToList();
        int allBulletins = groups.Sum(g => g.Select(x => x.Source).Distinct().Count());
        var expected = groups
            .OrderBy(g => g.Key.District, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal)
            .Select(g => (g, n: g.Select(x => x.Source).Distinct().Count()))
            .Select(t => $"{Csv(t.g.Key.District)},{t.g.Key.Month},{t.n},{Share(t.n, allBulletins)},{t.g.Count()},{t.g.Sum(x => x.Mentions)}");
        Assert.Equal(["district,month,bulletins,share,paragraphs,mentions", .. expected], Lines(output));

        // The default order is by count, largest first (ties in key order); --top keeps the first rows.
        var districtGroups = byParagraph.GroupBy(x => x.District).Select(g => (g.Key, n: g.Select(x => x.Source).Distinct().Count(), p: g.Count(), m: g.Sum(x => x.Mentions))).ToList();
        int districtBulletins = districtGroups.Sum(g => g.n);
        var byCount = districtGroups
            .OrderByDescending(g => g.n).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3)
            .Select(g => $"{Csv(g.Key)},{g.n},{Share(g.n, districtBulletins)},{g.p},{g.m}");
        Assert.Equal(["district,bulletins,share,paragraphs,mentions", .. byCount], Lines(Run("stats", fixture.Db, "--by", "district", "--top", "3", "--format", "csv").Output));

        var measures = analyses
            .SelectMany(a => a.Mentions.Select(m => (Year: a.Document.Masthead.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty, m.Mention, a.Source)))
            .Where(x => x.Mention is MeasureMention)
            .GroupBy(x => (x.Year, ((MeasureMention)x.Mention).Type))
            .OrderBy(g => g.Key.Year, StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .ToList();
        int allMeasures = measures.Sum(g => g.Count());
        Assert.Equal(
            ["year,measure,mentions,share,bulletins", .. measures.Select(g => $"{g.Key.Year},{g.Key.Type},{g.Count()},{Share(g.Count(), allMeasures)},{g.Select(x => x.Source).Distinct().Count()}")],
            Lines(Run("stats", fixture.Db, "--by", "year,measure", "--format", "csv", "--sort", "key").Output));

        var table = Run("stats", fixture.Db, "--by", "district");
        Assert.Equal(0, table.Code);
        Assert.Contains("bulletins", table.Output, StringComparison.Ordinal);
        Assert.Contains("朝阳区", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void StatsGivesKeywordsPerGroupAndRejectsUnknownKeys()
    {
        var (code, output, _) = Run("stats", fixture.Db, "--by", "year", "--keywords", "5", "--format", "csv");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("year,keywords", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("2021,", StringComparison.Ordinal) && l.Split(',')[1].Split(' ').Length == 5);
        Assert.Equal(1, Run("stats", fixture.Db, "--by", "colour").Code);
        Assert.Equal(1, Run("stats", fixture.Db, "--by", "measure", "--keywords", "3").Code);
        Assert.Equal(1, Run("stats", fixture.Db, "--by", "year", "--kind", "places").Code);
    }

    [Fact]
    public void QuantityStatsFilterBySubject()
    {
        var (code, output, _) = Run("stats", fixture.Db, "--by", "year", "--kind", "quantity", "--subject", "志愿", "--format", "csv");
        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal("year,unit,mentions,share,total,bulletins", lines[0]);
        Assert.True(lines.Count > 1);
        // One row per year and unit: no (year, unit) pair twice.
        Assert.Equal(lines.Count - 1, lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])).Distinct().Count());
    }

    [Fact]
    public void StatsTablesComeAsJson()
    {
        var (code, output, _) = Run("stats", fixture.Db, "--by", "unit", "--format", "json", "--top", "2");
        Assert.Equal(0, code);
        var rows = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.String, rows[0].GetProperty("unit").ValueKind);
        Assert.True(rows[0].GetProperty("mentions").GetInt32() >= rows[1].GetProperty("mentions").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, rows[0].GetProperty("share").ValueKind);
    }

    private static List<string> Lines(string output) => output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Share(int count, int total) => (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Csv(string s) => s.Contains(',', StringComparison.Ordinal) ? $"\"{s}\"" : s;
}
