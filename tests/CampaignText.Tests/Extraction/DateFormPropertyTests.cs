using System.Globalization;
using CampaignText.Extraction;
using CampaignText.Extraction.Dates;
using CsCheck;

namespace CampaignText.Tests.Extraction;

/// <summary>
/// Any day written in any of the forms bulletins use (ISO, slashed, dotted, 年月日 with or without spaces,
/// half-width or full-width digits), between any of a few contexts (characters outside the BMP included),
/// is found once, with its own surface and offsets, and resolves to that day; without the year it keeps
/// month and day (--MM-DD).
/// </summary>
public sealed class DateFormPropertyTests
{
    private static readonly string[] Before = ["", "会议于", "。", "，", "𠀀", "截至", "（"];
    private static readonly string[] After = ["", "召开。", "，", "𠀀", "）", "上午"];
    private static readonly string[] Spaces = ["", " ", "  ", "\u3000"];

    private static readonly Gen<(int Y, int M, int D, int Form, bool Wide, string Space, string Pre, string Post)> Cases =
        Gen.Select(
            Gen.Select(Gen.Int[1990, 2099], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 4]),
            Gen.Select(Gen.Bool, Gen.OneOf(Spaces), Gen.OneOf(Before), Gen.OneOf(After)))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, Math.Min(t.Item1.Item3, DateTime.DaysInMonth(t.Item1.Item1, t.Item1.Item2)), t.Item1.Item4,
                t.Item2.Item1, t.Item2.Item2, t.Item2.Item3, t.Item2.Item4));

    private static string Write(int y, int m, int d, int form, string space) => form switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{y}-{m:D2}-{d:D2}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{y}/{m}/{d}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"{y}.{m}.{d}"),
        3 => string.Create(CultureInfo.InvariantCulture, $"{y}{space}年{space}{m}{space}月{space}{d}{space}日"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{m}{space}月{space}{d}{space}日"),
    };

    private static string Widen(string s) => string.Concat(s.Select(static c => c switch
    {
        >= '0' and <= '9' => (char)(c - '0' + '０'),
        '-' => '－',
        '/' => '／',
        '.' => '．',
        _ => c,
    }));

    [Fact]
    public void EveryFormOfADayResolvesToThatDay() =>
        Cases.Sample(c =>
        {
            string surface = Write(c.Y, c.M, c.D, c.Form, c.Space);
            if (c.Wide) surface = Widen(surface);
            string text = c.Pre + surface + c.Post;
            var dates = MentionExtractor.Default.Extract(text, null, new ExtractionContext(Kinds: [MentionKind.Date])).OfType<DateMention>().ToList();
            var date = Assert.Single(dates);
            Assert.Equal((c.Pre.Length, c.Pre.Length + surface.Length, surface), (date.Start, date.End, date.Text));
            Assert.Equal(text[date.Start..date.End], date.Text);
            string expected = c.Form == 4
                ? string.Create(CultureInfo.InvariantCulture, $"--{c.M:D2}-{c.D:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{c.Y:D4}-{c.M:D2}-{c.D:D2}");
            Assert.Equal((expected, DateGranularity.Day), (date.Normalized, date.Granularity));
        }, iter: 3000);
}
