using System.Globalization;
using System.Net;
using System.Text;
using CampaignText.Export.Sqlite;
using ScottPlot;

namespace CampaignText.Cli.Report;

/// <summary>
/// A one-file HTML report of an index: bulletins per month, mentions of each district, measures by type
/// over the years and a table of the main figures. Charts are SVG drawn by ScottPlot and embedded as
/// data URIs, so the page needs nothing else.
/// </summary>
internal static class HtmlReport
{
    private const int Width = 900;
    private const int Height = 420;

    public static string Render(CorpusIndex index, string title)
    {
        var totals = index.Count(new StatsQuery([]));
        var byKind = index.Count(new StatsQuery(["kind"]));
        var byMonth = index.Count(new StatsQuery(["month"]));
        var byDistrict = index.Count(new StatsQuery(["name"]) { Kind = "district" });
        var measures = index.Count(new StatsQuery(["year", "measure"]));
        var homes = index.Count(new StatsQuery(["district"]));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>body{font-family:sans-serif;margin:2em auto;max-width:960px;color:#222}img{max-width:100%;border:1px solid #ddd;margin:.5em 0}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .75em;text-align:left}td.n{text-align:right}</style>\n");
        html.Append("</head>\n<body>\n<h1>").Append(Encode(title)).Append("</h1>\n");

        html.Append("<h2>Main figures</h2>\n<table id=\"metrics\">\n");
        var t = totals.Rows.Count > 0 ? totals.Rows[0] : ["0", "0", "0"];
        Row(html, "bulletins", t[0]);
        Row(html, "paragraphs", t[1]);
        Row(html, "mentions", t[2]);
        Row(html, "districts issuing bulletins", homes.Rows.Count(r => r[0].Length > 0).ToString(CultureInfo.InvariantCulture));
        var months = byMonth.Rows.Where(r => r[0].Length > 0).Select(r => r[0]).ToList();
        Row(html, "months covered", months.Count == 0 ? "-" : $"{months[0]} – {months[^1]}");
        foreach (var r in byKind.Rows) Row(html, $"{r[0]} mentions", r[1]);
        html.Append("</table>\n");

        Chart(html, "chart-months", "Bulletins per month", Bars(
            byMonth.Rows.Select(r => r[0].Length == 0 ? "undated" : r[0]).ToArray(),
            byMonth.Rows.Select(r => Number(r[1])).ToArray(),
            "bulletins"));

        // Bars are numbered by rank and named in the table below: chart fonts may lack Chinese glyphs,
        // the page's own text does not.
        var topDistricts = byDistrict.Rows.OrderByDescending(r => Number(r[1])).ThenBy(r => r[0], StringComparer.Ordinal).Take(20).ToList();
        Chart(html, "chart-districts", "Mentions of each district (top 20)", Bars(
            topDistricts.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray(),
            topDistricts.Select(r => Number(r[1])).ToArray(),
            "mentions",
            rotate: false));
        html.Append("<table id=\"districts\">\n<tr><th>#</th><th>district</th><th>mentions</th></tr>\n");
        for (int i = 0; i < topDistricts.Count; i++)
        {
            html.Append("<tr><td class=\"n\">").Append(i + 1).Append("</td><td>").Append(Encode(topDistricts[i][0]))
                .Append("</td><td class=\"n\">").Append(Encode(topDistricts[i][1])).Append("</td></tr>\n");
        }

        html.Append("</table>\n");

        Chart(html, "chart-measures", "Measures by type over time", Lines(measures));

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th>").Append(Encode(name)).Append("</th><td class=\"n\">").Append(Encode(value)).Append("</td></tr>\n");

    private static void Chart(StringBuilder html, string id, string title, Plot plot)
    {
        plot.Title(title);
        var svg = plot.GetSvgXml(Width, Height);
        html.Append("<h2>").Append(Encode(title)).Append("</h2>\n<img id=\"").Append(id).Append("\" alt=\"").Append(Encode(title))
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" src=\"data:image/svg+xml;base64,").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))).Append("\">\n");
    }

    private static Plot Bars(string[] labels, double[] values, string axis, bool rotate = true)
    {
        var plot = new Plot();
        if (labels.Length > 0)
        {
            plot.Add.Bars(values);
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            int step = Math.Max(1, (labels.Length + 23) / 24);
            for (int i = 0; i < labels.Length; i += step) ticks.AddMajor(i, labels[i]);
            plot.Axes.Bottom.TickGenerator = ticks;
            if (rotate)
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            }

            plot.Axes.Margins(bottom: 0);
        }

        plot.Axes.Left.Label.Text = axis;
        Fonts(plot);
        return plot;
    }

    private static Plot Lines(StatsTable measures)
    {
        var plot = new Plot();
        var years = measures.Rows.Select(r => r[0]).Where(y => y.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var types = measures.Rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var type in types)
        {
            var xs = years.Select(y => double.Parse(y, CultureInfo.InvariantCulture)).ToArray();
            var ys = years.Select(y => measures.Rows.Where(r => r[0] == y && r[1] == type).Select(r => Number(r[2])).Sum()).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = type.Length == 0 ? "other" : type;
        }

        var yearTicks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var y in years) yearTicks.AddMajor(double.Parse(y, CultureInfo.InvariantCulture), y);
        plot.Axes.Bottom.TickGenerator = yearTicks;
        if (types.Count > 0) plot.ShowLegend(Edge.Right);
        plot.Axes.Left.Label.Text = "measures";
        plot.Axes.Bottom.Label.Text = "year";
        Fonts(plot);
        return plot;
    }

    private static void Fonts(Plot plot)
    {
        // District names are Chinese: let ScottPlot pick an installed font that has the glyphs.
        plot.Font.Automatic();
    }

    private static double Number(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
