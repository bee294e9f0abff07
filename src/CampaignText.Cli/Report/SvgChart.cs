using System.Globalization;
using System.Net;
using System.Text;

namespace CampaignText.Cli.Report;

/// <summary>
/// Charts written as inline SVG, so their text takes the page's fonts (the embedded CJK subset). Every
/// drawn series carries <c>class="series"</c>, <c>data-series</c> (its name) and <c>data-color</c>; a chart
/// never gives two series one colour: more series than <see cref="Palette"/> holds are folded into 其他.
/// </summary>
internal static class SvgChart
{
    /// <summary>Twelve colours told apart also in print (Okabe–Ito first, then four darker tones).</summary>
    public static IReadOnlyList<string> Palette { get; } =
    [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
        "#8C564B", "#7F7F7F", "#17BECF", "#9467BD",
    ];

    /// <summary>The name given to the series that fold the rest together.</summary>
    public const string Other = "其他";

    private const double Font = 12;

    /// <summary>Vertical bars over a continuous axis of <paramref name="labels"/>, with an optional bar set apart at the right.</summary>
    public static string Columns(string id, string xTitle, string yTitle, IReadOnlyList<string> labels, IReadOnlyList<double> values, (string Label, double Value)? apart, string series)
    {
        const double width = 900, height = 360, left = 60, right = 20, top = 20, bottom = 80;
        var svg = Open(id, width, height);
        double plotW = width - left - right - (apart is null ? 0 : 90), plotH = height - top - bottom;
        double max = Math.Max(1, Math.Max(values.Count == 0 ? 0 : values.Max(), apart?.Value ?? 0));
        YAxis(svg, left, top, plotH, max, yTitle);
        double step = labels.Count == 0 ? plotW : plotW / labels.Count;
        OpenSeries(svg, series, Palette[0]);
        for (int i = 0; i < labels.Count; i++)
        {
            double h = values[i] / max * plotH;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(left + i * step + step * 0.1)}\" y=\"{F(top + plotH - h)}\" width=\"{F(step * 0.8)}\" height=\"{F(h)}\"><title>{Text(labels[i])}: {values[i]}</title></rect>");
        }

        svg.Append("</g>");
        int every = Math.Max(1, (int)Math.Ceiling(labels.Count / 25.0));
        for (int i = 0; i < labels.Count; i += every)
        {
            double x = left + (i + 0.5) * step;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(top + plotH + 8)}\" font-size=\"11\" transform=\"rotate(60 {F(x)} {F(top + plotH + 8)})\">{Text(labels[i])}</text>");
        }

        Line(svg, left, top + plotH, left + plotW, top + plotH);
        if (apart is { } a)
        {
            double x = left + plotW + 40;
            double h = a.Value / max * plotH;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(top + plotH - h)}\" width=\"40\" height=\"{F(h)}\" fill=\"{Palette[9]}\" class=\"apart\"><title>{Text(a.Label)}: {a.Value}</title></rect>");
            Line(svg, x - 5, top + plotH, x + 45, top + plotH);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 20)}\" y=\"{F(top + plotH + 16)}\" font-size=\"11\" text-anchor=\"middle\">{Text(a.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 20)}\" y=\"{F(top + plotH - h - 4)}\" font-size=\"11\" text-anchor=\"middle\">{a.Value}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + plotW / 2)}\" y=\"{F(height - 6)}\" font-size=\"{Font}\" text-anchor=\"middle\" class=\"axis-title\">{Text(xTitle)}</text>");
        return Close(svg);
    }

    /// <summary>Horizontal bars, one per name, names on the vertical axis.</summary>
    public static string Bars(string id, string xTitle, IReadOnlyList<string> names, IReadOnlyList<double> values, string series, string? yTitle = null)
    {
        const double width = 900, left = 130, right = 60, top = 10, row = 22;
        double height = top + names.Count * row + 50;
        var svg = Open(id, width, height);
        double plotW = width - left - right;
        double max = Math.Max(1, values.Count == 0 ? 0 : values.Max());
        OpenSeries(svg, series, Palette[0]);
        for (int i = 0; i < names.Count; i++)
        {
            double w = values[i] / max * plotW;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(left)}\" y=\"{F(top + i * row + 3)}\" width=\"{F(w)}\" height=\"{F(row - 6)}\"><title>{Text(names[i])}: {values[i]}</title></rect>");
        }

        svg.Append("</g>");
        for (int i = 0; i < names.Count; i++)
        {
            double y = top + i * row + row / 2 + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 6)}\" y=\"{F(y)}\" font-size=\"{Font}\" text-anchor=\"end\" class=\"name\">{Text(names[i])}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + values[i] / max * plotW + 4)}\" y=\"{F(y)}\" font-size=\"11\">{values[i]}</text>");
        }

        double bottomY = top + names.Count * row;
        Line(svg, left, top, left, bottomY);
        XAxis(svg, left, bottomY, plotW, max);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + plotW / 2)}\" y=\"{F(height - 6)}\" font-size=\"{Font}\" text-anchor=\"middle\" class=\"axis-title\">{Text(xTitle)}</text>");
        YTitle(svg, top, bottomY, yTitle);
        return Close(svg);
    }

    // The group of one series' marks: its name and colour, which the report's tests read back.
    private static void OpenSeries(StringBuilder svg, string series, string color) =>
        svg.Append("<g class=\"series\" data-series=\"").Append(Attr(series)).Append("\" data-color=\"").Append(color).Append("\" fill=\"").Append(color).Append("\">");

    // The title of a vertical axis of names, turned to run along it at the chart's left edge.
    private static void YTitle(StringBuilder svg, double top, double bottom, string? title)
    {
        if (string.IsNullOrEmpty(title)) return;
        double y = (top + bottom) / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{F(y)}\" font-size=\"{Font}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {F(y)})\" class=\"axis-title\">{Text(title)}</text>");
    }

    /// <summary>Stacked horizontal bars of shares (each row sums to 100%), one colour per series, with a legend.</summary>
    public static string Shares(string id, string xTitle, IReadOnlyList<string> rows, IReadOnlyList<string> series, double[][] values, string? yTitle = null)
    {
        const double width = 900, left = 130, right = 20, top = 40, row = 22;
        double height = top + rows.Count * row + 50;
        var svg = Open(id, width, height);
        double plotW = width - left - right;
        Legend(svg, left, 14, series);
        for (int s = 0; s < series.Count; s++)
        {
            OpenSeries(svg, series[s], Palette[s]);
            for (int r = 0; r < rows.Count; r++)
            {
                double total = values[r].Sum();
                if (total <= 0 || values[r][s] <= 0) continue;
                double x = left + values[r].Take(s).Sum() / total * plotW;
                double w = values[r][s] / total * plotW;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(top + r * row + 3)}\" width=\"{F(w)}\" height=\"{F(row - 6)}\"><title>{Text(rows[r])} · {Text(series[s])}: {values[r][s]} ({values[r][s] / total:P0})</title></rect>");
            }

            svg.Append("</g>");
        }

        for (int r = 0; r < rows.Count; r++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 6)}\" y=\"{F(top + r * row + row / 2 + 4)}\" font-size=\"{Font}\" text-anchor=\"end\" class=\"name\">{Text(rows[r])}</text>");
        }

        double bottomY = top + rows.Count * row;
        for (int p = 0; p <= 100; p += 25)
        {
            double x = left + p / 100.0 * plotW;
            Line(svg, x, bottomY, x, bottomY + 4);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(bottomY + 16)}\" font-size=\"11\" text-anchor=\"middle\">{p}%</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left + plotW / 2)}\" y=\"{F(height - 6)}\" font-size=\"{Font}\" text-anchor=\"middle\" class=\"axis-title\">{Text(xTitle)}</text>");
        YTitle(svg, top, bottomY, yTitle);
        return Close(svg);
    }

    /// <summary>Small multiples: one panel of lines per name over a shared, continuous axis of <paramref name="ticks"/>, one shared legend.</summary>
    public static string Panels(string id, string xTitle, string yTitle, IReadOnlyList<string> ticks, IReadOnlyList<string> series, IReadOnlyList<(string Name, double[][] Values)> panels)
    {
        const double width = 900, columns = 3, panelW = 290, panelH = 170, top = 40, left = 40, plotTop = 22, plotBottom = 40;
        int rowsOfPanels = (int)Math.Ceiling(panels.Count / columns);
        double height = top + rowsOfPanels * panelH + 24;
        var svg = Open(id, width, height);
        Legend(svg, left, 14, series);
        double max = Math.Max(1, panels.SelectMany(p => p.Values).SelectMany(v => v).DefaultIfEmpty(0).Max());
        for (int p = 0; p < panels.Count; p++)
        {
            double ox = left + p % (int)columns * panelW, oy = top + p / (int)columns * panelH;
            double plotW = panelW - 50, plotH = panelH - plotTop - plotBottom;
            double px = ox + 10, py = oy + plotTop;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(px + plotW / 2)}\" y=\"{F(oy + 14)}\" font-size=\"{Font}\" text-anchor=\"middle\" font-weight=\"bold\" class=\"name\">{Text(panels[p].Name)}</text>");
            Line(svg, px, py, px, py + plotH);
            Line(svg, px, py + plotH, px + plotW, py + plotH);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(px - 3)}\" y=\"{F(py + 4)}\" font-size=\"10\" text-anchor=\"end\">{max}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(px - 3)}\" y=\"{F(py + plotH)}\" font-size=\"10\" text-anchor=\"end\">0</text>");
            double step = ticks.Count > 1 ? plotW / (ticks.Count - 1) : 0;
            int every = Math.Max(1, (int)Math.Ceiling(ticks.Count / 6.0));
            for (int t = 0; t < ticks.Count; t += every)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(px + t * step)}\" y=\"{F(py + plotH + 13)}\" font-size=\"10\" text-anchor=\"middle\">{Text(ticks[t])}</text>");
            }

            for (int s = 0; s < series.Count; s++)
            {
                var color = Palette[s];
                var points = string.Join(' ', panels[p].Values[s].Select((v, t) => $"{F(px + t * step)},{F(py + plotH - v / max * plotH)}"));
                svg.Append("<polyline class=\"series\" data-series=\"").Append(Attr(series[s])).Append("\" data-color=\"").Append(color)
                    .Append("\" fill=\"none\" stroke-width=\"1.6\" stroke=\"").Append(color).Append("\" points=\"").Append(points).Append("\"/>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(width / 2)}\" y=\"{F(height - 6)}\" font-size=\"{Font}\" text-anchor=\"middle\" class=\"axis-title\">{Text(xTitle)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{F(top + 60)}\" font-size=\"{Font}\" transform=\"rotate(-90 12 {F(top + 60)})\" text-anchor=\"middle\" class=\"axis-title\">{Text(yTitle)}</text>");
        return Close(svg);
    }

    private static void Legend(StringBuilder svg, double x, double y, IReadOnlyList<string> series)
    {
        double at = x;
        for (int s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"legend\" data-series=\"{Attr(series[s])}\" x=\"{F(at)}\" y=\"{F(y - 9)}\" width=\"10\" height=\"10\" fill=\"{Palette[s]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(at + 14)}\" y=\"{F(y)}\" font-size=\"{Font}\" class=\"name\">{Text(series[s])}</text>");
            at += 24 + series[s].Length * Font;
        }
    }

    private static void YAxis(StringBuilder svg, double left, double top, double plotH, double max, string title)
    {
        Line(svg, left, top, left, top + plotH);
        foreach (var v in Ticks(max))
        {
            double y = top + plotH - v / max * plotH;
            Line(svg, left - 4, y, left, y);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(left - 6)}\" y=\"{F(y + 4)}\" font-size=\"11\" text-anchor=\"end\">{v}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{F(top + plotH / 2)}\" font-size=\"{Font}\" transform=\"rotate(-90 14 {F(top + plotH / 2)})\" text-anchor=\"middle\" class=\"axis-title\">{Text(title)}</text>");
    }

    private static void XAxis(StringBuilder svg, double left, double y, double plotW, double max)
    {
        Line(svg, left, y, left + plotW, y);
        foreach (var v in Ticks(max))
        {
            double x = left + v / max * plotW;
            Line(svg, x, y, x, y + 4);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y + 16)}\" font-size=\"11\" text-anchor=\"middle\">{v}</text>");
        }
    }

    private static IEnumerable<double> Ticks(double max)
    {
        double raw = max / 5, magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        step = Math.Max(1, step);
        for (double v = 0; v <= max + 1e-9; v += step) yield return v;
    }

    private static StringBuilder Open(string id, double width, double height) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{id}\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\">");

    private static string Close(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"#555\" stroke-width=\"1\"/>");

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Text(string s) => WebUtility.HtmlEncode(s);

    private static string Attr(string s) => WebUtility.HtmlEncode(s);
}
