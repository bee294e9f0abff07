using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using CampaignText.Export.Sqlite;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Keywords;
using Microsoft.Data.Sqlite;

namespace CampaignText.Cli.Report;

/// <summary>
/// A one-file HTML report of an index: when, from what and by which version it was made; main figures;
/// bulletins per month over a continuous month axis (undated apart); mentions of each district; measures
/// over time per district (small multiples); the category mix by district and by year; top organisations
/// and people; quantities by unit and subject (never summed across units); keywords per year and district
/// (stop words out); and a table of the bulletins linking to their files. Charts are inline SVG with
/// Chinese labels, and a subset of Noto Sans CJK SC is embedded so the page renders Chinese without fonts
/// installed.
/// </summary>
internal static class HtmlReport
{
    /// <summary>The CSS family name of the embedded font.</summary>
    public const string FontFamily = "CampaignText CJK";

    private const int MaxSeries = 7;

    public static string Render(CorpusIndex index, string title, string reportPath, DateTimeOffset now)
    {
        var totals = index.Count(new StatsQuery([]));
        var byKind = index.Count(new StatsQuery(["kind"]));
        var byMonth = index.Count(new StatsQuery(["month"]));
        var byDistrict = index.Count(new StatsQuery(["name"]) { Kind = "district" });
        var homes = index.Count(new StatsQuery(["district"]));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n<style>\n");
        html.Append("@font-face{font-family:\"").Append(FontFamily).Append("\";src:url(data:font/woff2;base64,").Append(Convert.ToBase64String(ReportLabels.Font)).Append(") format(\"woff2\");}\n");
        html.Append("body{font-family:\"").Append(FontFamily).Append("\",sans-serif;margin:2em auto;max-width:960px;color:#222}svg.chart{display:block;max-width:100%;height:auto;margin:.5em 0;border:1px solid #ddd}svg text{font-family:\"")
            .Append(FontFamily).Append("\",sans-serif;fill:#222}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}td.n{text-align:right}header p{margin:.2em 0;color:#555}.note{color:#555;font-size:.9em}\n</style>\n");
        html.Append("</head>\n<body>\n<header>\n<h1>").Append(Encode(title)).Append("</h1>\n");
        var version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        html.Append("<p id=\"made\">生成时间 made: ").Append(Encode(now.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p>\n");
        html.Append("<p id=\"inputs\">索引 index: ").Append(Encode(Path.GetFullPath(index.Path))).Append(" (").Append(index.DocumentCount()).Append(" 篇简报 bulletins)</p>\n");
        html.Append("<p id=\"version\">campaigntext ").Append(Encode(version.Split('+')[0])).Append("</p>\n</header>\n");

        html.Append("<h2>主要数据 Main figures</h2>\n<table id=\"metrics\">\n");
        var t = totals.Records.Count > 0 ? totals.Records[0] : new StatsRow { Bulletins = 0, Paragraphs = 0, Mentions = 0 };
        Row(html, "bulletins", Cell(t.Bulletins));
        Row(html, "paragraphs", Cell(t.Paragraphs));
        Row(html, "mentions", Cell(t.Mentions));
        Row(html, "districts issuing bulletins", homes.Records.Count(r => r.District is { Length: > 0 }).ToString(CultureInfo.InvariantCulture));
        var dated = byMonth.Records.Where(r => r.Month is { Length: > 0 }).ToList();
        Row(html, "months covered", dated.Count == 0 ? "-" : $"{dated[0].Month} – {dated[^1].Month}");
        foreach (var r in byKind.Records) Row(html, $"{r.Kind} mentions", Cell(r.Mentions));
        html.Append("</table>\n");

        // Bulletins per month: every month from the first to the last, empty ones too; undated apart.
        var months = MonthRange(dated.Select(r => r.Month!).ToList());
        var perMonth = dated.ToDictionary(r => r.Month!, r => (double)(r.Bulletins ?? 0), StringComparer.Ordinal);
        var undated = byMonth.Records.Where(r => r.Month is not { Length: > 0 }).Sum(r => (double)(r.Bulletins ?? 0));
        Section(html, "每月简报数 Bulletins per month", $"{months.Count} months, {months.Count(m => !perMonth.ContainsKey(m))} without a bulletin; bulletins without a date are the bar on the right.");
        html.Append(SvgChart.Columns("chart-months", "月份", "简报数", months, months.Select(m => perMonth.GetValueOrDefault(m)).ToList(), undated > 0 ? ("未注明日期", undated) : null, "简报数"));

        var topDistricts = byDistrict.Records.OrderByDescending(r => r.Mentions ?? 0).ThenBy(r => r.Name, StringComparer.Ordinal).Take(20).ToList();
        Section(html, "各区提及次数 Mentions of each district (top 20)", null);
        html.Append(SvgChart.Bars("chart-districts", "提及次数", topDistricts.Select(r => r.Name ?? "").ToList(), topDistricts.Select(r => (double)(r.Mentions ?? 0)).ToList(), "提及次数", "区县"));

        MeasuresByDistrict(html, index);
        CategoryMix(html, index);
        TopNames(html, index, "organization", "主要机构 Top organisations", "table-organizations", "机构");
        TopNames(html, index, "person", "主要人物 Top people", "table-people", "人物");
        Quantities(html, index);
        Keywords(html, index);
        Bulletins(html, index, reportPath);

        html.Append("<p class=\"note\">Charts and text use Noto Sans CJK SC (subset), SIL Open Font License 1.1, embedded in this page.</p>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void MeasuresByDistrict(StringBuilder html, CorpusIndex index)
    {
        var rows = index.Count(new StatsQuery(["district", "year", "measure"])).Records.Where(r => r.District is { Length: > 0 } && r.Year is { Length: > 0 }).ToList();
        Section(html, "各区措施随时间变化 Measures over time per district", "One panel per district issuing bulletins (the 12 with most measures); the seven most frequent measure types, the rest as 其他.");
        if (rows.Count == 0) return;
        var years = Range(rows.Select(r => int.Parse(r.Year!, CultureInfo.InvariantCulture)).ToList()).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var top = Top(rows.GroupBy(r => r.Measure ?? "").Select(g => (g.Key, g.Sum(r => (double)(r.Mentions ?? 0)))));
        var series = Series(top, ReportLabels.Measure);
        var districts = rows.GroupBy(r => r.District!).OrderByDescending(g => g.Sum(r => (double)(r.Mentions ?? 0))).ThenBy(g => g.Key, StringComparer.Ordinal).Take(12).ToList();
        var panels = districts.Select(d =>
        {
            var values = series.Select(_ => new double[years.Count]).ToArray();
            foreach (var r in d) values[SeriesIndex(top, r.Measure ?? "")][years.IndexOf(r.Year!)] += r.Mentions ?? 0;
            return (d.Key, values);
        }).ToList();
        html.Append(SvgChart.Panels("chart-measures", "年份", "措施数", years, series, panels));
    }

    private static void CategoryMix(StringBuilder html, CorpusIndex index)
    {
        var rows = index.Count(new StatsQuery(["district", "year", "category"])).Records.Where(r => r.Category is { Length: > 0 }).ToList();
        Section(html, "段落类别构成 Category mix by district and by year", "Share of paragraphs of each category; the seven most frequent categories, the rest as 其他.");
        if (rows.Count == 0) return;
        var top = Top(rows.GroupBy(r => r.Category!).Select(g => (g.Key, g.Sum(r => (double)(r.Paragraphs ?? 0)))));
        var series = Series(top, ReportLabels.Category);
        foreach (var (key, id, name) in new[] { ("district", "chart-category-district", "区"), ("year", "chart-category-year", "年份") })
        {
            var groups = rows.GroupBy(r => r.Key(key) is { Length: > 0 } k ? k : (key == "year" ? "未注明日期" : "未注明")).ToList();
            groups = key == "district"
                ? groups.OrderByDescending(g => g.Sum(r => (double)(r.Paragraphs ?? 0))).ThenBy(g => g.Key, StringComparer.Ordinal).Take(15).ToList()
                : groups.OrderBy(g => g.Key == "未注明日期" ? "9999" : g.Key, StringComparer.Ordinal).ToList();
            var values = groups.Select(g =>
            {
                var v = new double[series.Count];
                foreach (var r in g) v[SeriesIndex(top, r.Category!)] += r.Paragraphs ?? 0;
                return v;
            }).ToArray();
            html.Append("<h3>").Append(name == "区" ? "按区 by district" : "按年份 by year").Append("</h3>\n");
            html.Append(SvgChart.Shares(id, "段落占比", groups.Select(g => g.Key).ToList(), series, values, name == "区" ? "区县" : "年份"));
        }
    }

    private static void TopNames(StringBuilder html, CorpusIndex index, string kind, string heading, string id, string column)
    {
        var rows = index.Count(new StatsQuery(["name"]) { Kind = kind }).Records
            .OrderByDescending(r => r.Mentions ?? 0).ThenBy(r => r.Name, StringComparer.Ordinal).Take(20).ToList();
        Section(html, heading, null);
        Table(html, id, [column, "提及 mentions", "简报 bulletins"], rows.Select(r => (IReadOnlyList<string>)[r.Name ?? "", Cell(r.Mentions), Cell(r.Bulletins)]).ToList());
    }

    private static void Quantities(StringBuilder html, CorpusIndex index)
    {
        var units = index.Count(new StatsQuery(["unit"])).Records
            .OrderByDescending(r => r.Mentions ?? 0).ThenBy(r => r.Unit, StringComparer.Ordinal).ToList();
        var rows = index.Count(new StatsQuery(["unit", "subject"])).Records
            .OrderByDescending(r => r.Mentions ?? 0).ThenBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Subject, StringComparer.Ordinal).Take(40).ToList();
        Section(html, "数量：按单位和对象 Quantities by unit and subject", "Totals are only ever added within one unit (models/extraction/unit-totals.tsv: 名 and 位 count as 人; 万人 is 人 × 10,000); percentages and ratios are counted, never summed.");
        html.Append("<h3>按单位 by unit</h3>\n");
        Table(html, "table-units", ["单位 unit", "提及 mentions", "合计 total", "简报 bulletins"], units.Select(r => (IReadOnlyList<string>)[r.Unit ?? "", Cell(r.Mentions), Cell(r.Total), Cell(r.Bulletins)]).ToList());
        html.Append("<h3>按单位和对象 by unit and subject (top 40)</h3>\n");
        Table(html, "table-quantities", ["单位 unit", "对象 subject", "提及 mentions", "合计 total", "简报 bulletins"], rows.Select(r => (IReadOnlyList<string>)[r.Unit ?? "", r.Subject ?? "", Cell(r.Mentions), Cell(r.Total), Cell(r.Bulletins)]).ToList());
    }

    private static void Keywords(StringBuilder html, CorpusIndex index)
    {
        Section(html, "关键词 Keywords per year and per district", "Top 10 TF-IDF keywords of each group, with the default stop lists (jieba's, Chinese function words, campaign words) left out.");
        var extractor = new KeywordExtractor(JiebaSegmenter.Campaign, stopWords: StopWords.Default);
        foreach (var (key, id, name) in new[] { ("year", "table-keywords-year", "年份 year"), ("district", "table-keywords-district", "区 district") })
        {
            var rows = index.GroupTexts([key])
                .Select(g => (IReadOnlyList<string>)[g.Key[0].Length == 0 ? "未注明" : g.Key[0], string.Join(' ', extractor.ExtractTfIdf(g.Text, 10).Select(k => k.Word))])
                .ToList();
            Table(html, id, [name, "关键词 keywords"], rows);
        }
    }

    private static void Bulletins(StringBuilder html, CorpusIndex index, string reportPath)
    {
        Section(html, "简报列表 Bulletins", null);
        var rows = new List<IReadOnlyList<string>>();
        var links = new List<string>();
        var reportDir = Path.GetDirectoryName(Path.GetFullPath(reportPath)) ?? ".";
        using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = index.Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            db.Open();
            using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT document, coalesce(date, ''), coalesce(district, ''), coalesce(title, ''), coalesce(paragraphs, 0) FROM documents ORDER BY coalesce(date, '9999'), document";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var document = r.GetString(0);
                rows.Add([r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4).ToString(CultureInfo.InvariantCulture), document]);
                var relative = Path.GetRelativePath(reportDir, Path.GetFullPath(document)).Replace('\\', '/');
                links.Add(string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
            }
        }

        html.Append("<table id=\"table-bulletins\">\n<tr><th>日期 date</th><th>区 district</th><th>标题 title</th><th>段落 paragraphs</th><th>文件 file</th></tr>\n");
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append("<tr><td>").Append(Encode(row[0])).Append("</td><td>").Append(Encode(row[1])).Append("</td><td>").Append(Encode(row[2]))
                .Append("</td><td class=\"n\">").Append(row[3]).Append("</td><td><a href=\"").Append(Encode(links[i])).Append("\">").Append(Encode(row[4])).Append("</a></td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static List<string> Top(IEnumerable<(string Key, double Count)> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();

    private static List<string> Series(List<string> ranked, Func<string, string> name)
    {
        var series = ranked.Take(MaxSeries).Select(name).ToList();
        if (ranked.Count > MaxSeries) series.Add(SvgChart.Other);
        return series;
    }

    private static int SeriesIndex(List<string> ranked, string key)
    {
        int i = ranked.IndexOf(key);
        return i < MaxSeries ? i : MaxSeries;
    }

    private static List<string> MonthRange(List<string> months)
    {
        var result = new List<string>();
        var parsed = months.Select(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).OfType<DateOnly>().Order().ToList();
        if (parsed.Count == 0) return result;
        for (var d = parsed[0]; d <= parsed[^1]; d = d.AddMonths(1)) result.Add(d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return result;
    }

    private static List<int> Range(List<int> values) => values.Count == 0 ? [] : Enumerable.Range(values.Min(), values.Max() - values.Min() + 1).ToList();

    private static void Section(StringBuilder html, string heading, string? note)
    {
        html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n");
        if (note is not null) html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
    }

    private static void Table(StringBuilder html, string id, IReadOnlyList<string> head, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        html.Append("<table id=\"").Append(id).Append("\">\n<tr>");
        foreach (var h in head) html.Append("<th>").Append(Encode(h)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                bool number = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                html.Append(number ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(Encode(name)).Append("</th><td class=\"n\">").Append(Encode(value)).Append("</td></tr>\n");

    private static string Cell(long? count) => count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Cell(double? total) => total?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
