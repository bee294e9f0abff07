using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CampaignText.Pipeline;
#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Cli;

/// <summary>The HTML report of the whole corpus: Chinese names on every chart, one colour per series, a continuous
/// month axis, the header and the bulletin links, and Chinese glyphs in headless Chromium without CJK fonts.</summary>
[UsesSpecFiles("Report/font-probe.js", "Report/quantities-by-unit.csv", "Report/quantities-by-unit-subject.csv", "Report/fixture/*.txt")]
[SpecFolder("Report")]
public sealed class ReportTests(CorpusIndexFixture fixture) : IClassFixture<CorpusIndexFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Corpus = BulletinFiles.Expand(
        Directory.GetDirectories(Path.Combine(SpecFiles.RepoRoot, "corpus"), "20*").Order(StringComparer.Ordinal)).ToArray();

    private static readonly Regex Cjk = new("[\u3400-\u9fff]", RegexOptions.None, TimeSpan.FromSeconds(1));

    private string Report()
    {
        var html = Path.Combine(_dir, "out", "report.html");
        var (code, _, error) = CliRunner.Run("report", fixture.Db, "--out", html);
        Assert.True(code == 0, error);
        Assert.Equal($"wrote {html}", error.Trim());
        return File.ReadAllText(html);
    }

    private static Dictionary<string, XElement> Svgs(string html)
    {
        var svgs = new Dictionary<string, XElement>(StringComparer.Ordinal);
        for (int at = html.IndexOf("<svg ", StringComparison.Ordinal); at >= 0; at = html.IndexOf("<svg ", at + 1, StringComparison.Ordinal))
        {
            int end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + "</svg>".Length;
            var svg = XElement.Parse(html[at..end]);
            svgs.Add((string)svg.Attribute("id")!, svg);
        }

        return svgs;
    }

    /// <summary>Every chart shows its Chinese names.</summary>
    [SpecTheory(Extension = "tsv")]
    public void Charts(string id)
    {
        var (line, c) = SpecCases.Row(typeof(ReportTests), nameof(Charts), id, 2);
        var (chart, names) = (c[0], c[1]);
        var svgs = Svgs(Report());
        Assert.True(svgs.ContainsKey(chart), $"charts.tsv:{line}: no chart {chart} (have {string.Join(", ", svgs.Keys)})");
        var texts = svgs[chart].Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names.Split(','))
        {
            Assert.True(texts.Contains(name), $"charts.tsv:{line}: {chart} does not show {name}");
        }
    }

    [Fact]
    public void NoTwoSeriesOfAChartShareAColourAndEverySeriesHasAChineseName()
    {
        var svgs = Svgs(Report());
        Assert.Equal(5, svgs.Count);
        foreach (var (id, svg) in svgs)
        {
            var series = svg.Descendants().Where(e => (string?)e.Attribute("class") == "series")
                .Select(e => (Name: (string)e.Attribute("data-series")!, Color: ((string)e.Attribute("data-color")!).ToUpperInvariant(), Drawn: ((string?)e.Attribute("fill") is { } f && f != "none" ? f : (string)e.Attribute("stroke")!).ToUpperInvariant()))
                .Distinct().ToList();
            Assert.NotEmpty(series);
            foreach (var s in series)
            {
                Assert.Equal(s.Color, s.Drawn);
                Assert.Matches(Cjk, s.Name);
            }

            var names = series.Select(s => s.Name).Distinct().ToList();
            var colours = series.GroupBy(s => s.Name).Select(g => Assert.Single(g.Select(s => s.Color).Distinct())).ToList();
            Assert.True(colours.Distinct().Count() == names.Count, $"{id}: {names.Count} series drawn in {colours.Distinct().Count()} colours");

            // The legend gives each series the colour it is drawn in.
            foreach (var legend in svg.Descendants().Where(e => (string?)e.Attribute("class") == "legend"))
            {
                var name = (string)legend.Attribute("data-series")!;
                Assert.Equal(series.First(s => s.Name == name).Color, ((string)legend.Attribute("fill")!).ToUpperInvariant());
            }
        }
    }

    [Fact]
    public void TheMonthAxisHasEveryMonthAndUndatedApart()
    {
        var svg = Svgs(Report())["chart-months"];
        var stats = CliRunner.Run("stats", fixture.Db, "--by", "month", "--sort", "key", "--format", "csv").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var dated = stats.Where(r => r[0].Length > 0).Select(r => DateOnly.ParseExact(r[0] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        int months = (dated.Max().Year - dated.Min().Year) * 12 + dated.Max().Month - dated.Min().Month + 1;
        Assert.True(months > dated.Count, "the corpus has months without a bulletin");
        var bars = svg.Descendants().Where(e => (string?)e.Attribute("class") == "series").Single().Elements().Where(e => e.Name.LocalName == "rect").ToList();
        Assert.Equal(months, bars.Count);
        Assert.Equal(months - dated.Count, bars.Count(b => b.Attribute("height")!.Value == "0"));
        var undated = stats.Where(r => r[0].Length == 0).Select(r => r[1]).Single();
        var apart = svg.Descendants().Single(e => (string?)e.Attribute("class") == "apart");
        Assert.Equal($"未注明日期: {undated}", apart.Value);
        double lastBar = bars.Max(b => double.Parse(b.Attribute("x")!.Value, CultureInfo.InvariantCulture) + double.Parse(b.Attribute("width")!.Value, CultureInfo.InvariantCulture));
        Assert.True(double.Parse(apart.Attribute("x")!.Value, CultureInfo.InvariantCulture) > lastBar + 20, "undated is drawn apart, right of the months");
    }

    [Fact]
    public void TheHeaderSaysWhenFromWhatAndWhichVersionAndTheBulletinsLinkToTheirFiles()
    {
        var html = Report();
        Assert.Matches(new Regex(@"<p id=""made"">生成时间 made: \d{4}-\d\d-\d\d \d\d:\d\d UTC</p>", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.Contains($"<p id=\"inputs\">索引 index: {fixture.Db} ({Corpus.Length} 篇简报 bulletins)</p>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"<p id=""version"">campaigntext \d+\.\d+\.\d+", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"<tr><th>bulletins</th><td class=\"n\">{Corpus.Length}</td></tr>", html, StringComparison.Ordinal);

        int start = html.IndexOf("<table id=\"table-bulletins\">", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var links = Regex.Matches(table, "<a href=\"([^\"]+)\">", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Corpus.Length, links.Count);
        var reportDir = Path.Combine(_dir, "out");
        var targets = links.Select(l => Path.GetFullPath(Path.Combine(reportDir, Uri.UnescapeDataString(System.Net.WebUtility.HtmlDecode(l))))).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Corpus.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal), targets);
    }

    [Fact]
    public void QuantitiesAreListedOncePerUnitAndSubject()
    {
        var html = Report();
        int start = html.IndexOf("<table id=\"table-quantities\">", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var matches = Regex.Matches(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)], "<tr><td>([^<]*)</td><td>([^<]*)</td><td class=\"n\">([0-9,]+)</td>", RegexOptions.None, TimeSpan.FromSeconds(1));
        var rows = matches.Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var mentions = matches.Select(m => int.Parse(m.Groups[3].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // The top 40 pairs, most mentioned first, each pair once; which units reach the top 40 depends on the corpus,
        // so the units themselves are checked in the table of all units.
        Assert.Equal(40, rows.Count);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(mentions.OrderByDescending(static m => m).ToList(), mentions);
        start = html.IndexOf("<table id=\"table-units\">", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var units = Regex.Matches(html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)], "<tr><td>([^<]*)</td>", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("人次", units);
        Assert.Contains("平方米", units);
    }

    [Fact]
    public void QuantitiesByUnitAndSubjectMatchTheHandCountInStatsAndInTheReport()
    {
        var db = Path.Combine(_dir, "fixture.db");
        Assert.Equal(0, CliRunner.Run("index", SpecFiles.PathOf(Path.Combine("Report", "fixture")), "--db", db, "--quiet").Code);
        var expected = SpecFiles.ReadLines(Path.Combine("Report", "quantities-by-unit-subject.csv")).ToArray();
        var (code, output, error) = CliRunner.Run("stats", db, "--by", "unit,subject", "--sort", "key", "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));

        var html = Path.Combine(_dir, "fixture.html");
        Assert.Equal(0, CliRunner.Run("report", db, "--out", html).Code);
        var text = File.ReadAllText(html);
        int start = text.IndexOf("<table id=\"table-quantities\">", StringComparison.Ordinal);
        var table = text[start..text.IndexOf("</table>", start, StringComparison.Ordinal)];
        var rows = Regex.Matches(table, "<tr><td>([^<]*)</td><td>([^<]*)</td><td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td></tr>", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => string.Join(',', m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value, m.Groups[5].Value))
            .Order(StringComparer.Ordinal);
        var hand = expected.Skip(1).Select(l => l.Split(',')).Select(c => string.Join(',', c[0], c[1], c[2], c[4], c[5])).Order(StringComparer.Ordinal);
        Assert.Equal(hand, rows);

        var perUnit = SpecFiles.ReadLines(Path.Combine("Report", "quantities-by-unit.csv")).ToArray();
        Assert.Equal(perUnit, CliRunner.Run("stats", db, "--by", "unit", "--sort", "key", "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        start = text.IndexOf("<table id=\"table-units\">", StringComparison.Ordinal);
        var units = Regex.Matches(text[start..text.IndexOf("</table>", start, StringComparison.Ordinal)], "<tr><td>([^<]*)</td><td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td><td class=\"n\">([^<]*)</td></tr>", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => string.Join(',', m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value)).Order(StringComparer.Ordinal);
        Assert.Equal(perUnit.Skip(1).Select(l => l.Split(',')).Select(c => string.Join(',', c[0], c[1], c[3], c[4])).Order(StringComparer.Ordinal), units);
    }

    [Fact]
    public void ChineseLabelsRenderInTheEmbeddedFontInHeadlessChromium()
    {
        var chromium = Chromium.Require();
        var probe = Path.Combine(_dir, "out", "probe.html");
        var script = File.ReadAllText(SpecFiles.PathOf(Path.Combine("Report", "font-probe.js")));
        File.WriteAllText(probe, Report().Replace("</body>", "<script>" + script + "</script>\n</body>", StringComparison.Ordinal));
        var dom = Chromium.Run(chromium, _dir, "--virtual-time-budget=10000", "--dump-dom", new Uri(probe).AbsoluteUri);
        int start = dom.LastIndexOf("<pre id=\"probe\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the probe did not run");
        var lines = dom[(start + "<pre id=\"probe\">".Length)..dom.IndexOf("</pre>", start, StringComparison.Ordinal)].Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal(["face", "loaded"], lines[0]);

        // Every chart has Chinese labels, and each is drawn at one em a character, as the embedded font's ideographs are.
        var labels = lines.Where(l => l[0] == "label").ToList();
        Assert.Equal(["chart-category-district", "chart-category-year", "chart-districts", "chart-measures", "chart-months"], labels.Select(l => l[1]).Distinct().Order(StringComparer.Ordinal));
        foreach (var l in labels)
        {
            double expected = double.Parse(l[3], CultureInfo.InvariantCulture), drawn = double.Parse(l[4], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(drawn - expected) <= expected * 0.03, $"{l[1]}: '{l[2]}' is {drawn} px wide, not {expected}: not drawn in the embedded font");
        }

        // Without a Chinese font on the machine, the fallback draws boxes of another width: the check above can tell.
        var fallback = lines.Single(l => l[0] == "fallback");
        if (!Chromium.HasChineseFont())
        {
            double expected = double.Parse(fallback[3], CultureInfo.InvariantCulture), drawn = double.Parse(fallback[4], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(drawn - expected) > expected * 0.1, $"the fallback font draws '{fallback[2]}' {drawn} px wide, as a CJK font would");
        }

        // The screenshot shows the charts: the bars' blue and the second series' orange.
        var png = Path.Combine(_dir, "report.png");
        Chromium.Run(chromium, _dir, $"--screenshot={png}", "--window-size=1000,3000", new Uri(Path.Combine(_dir, "out", "report.html")).AbsoluteUri);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        int blue = 0, orange = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                if (Near(c, 0x00, 0x72, 0xB2)) blue++;
                if (Near(c, 0xE6, 0x9F, 0x00)) orange++;
            }
        }

        Assert.True(blue > 2000, $"only {blue} chart-blue pixels in the screenshot");
        Assert.True(orange > 200, $"only {orange} orange pixels in the screenshot");
    }

    private static bool Near(SkiaSharp.SKColor c, int r, int g, int b) => Math.Abs(c.Red - r) < 12 && Math.Abs(c.Green - g) < 12 && Math.Abs(c.Blue - b) < 12;
}
