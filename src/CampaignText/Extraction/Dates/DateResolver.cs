using System.Globalization;

namespace CampaignText.Extraction.Dates;

/// <summary>
/// Resolves a <see cref="DateSpan"/> against the reference (issue) date. Parts left out are taken from
/// the reference date. When the clause plans ahead (将, 计划…) the date is the next one on or after it;
/// otherwise the past reading (the latest such date not after it) unless the future reading is less than
/// half as far away (or, before 前 of a deadline, nearer): a bulletin of 9月7日 reads 8月 as past, 10月
/// and 9月30日 as this autumn's, and one of 5月20日 reads 10月底前完成 as this October. A day
/// alone is this month's or the last (30日 is 8月30日) unless a plan or a deadline (15日前) points ahead. A day
/// alone right after a date of the same sentence (10月18日至21日) takes that date's month. Without a reference date
/// a year from the text or the title fills in the year (reference <c>text</c>); with no year at all, month and day
/// are kept as <c>--MM-DD</c> (or <c>--MM</c>). Words such as 当天 and 次日 count from the paragraph's last explicit
/// day (reference <c>previous</c>) before the reference date.
/// </summary>
internal sealed class DateResolver(ExtractionData data)
{
    /// <summary>Resolves one span.</summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="span">The date found.</param>
    /// <param name="basis">The reference date, or the year known without one.</param>
    /// <param name="anchor">The date before it in the same sentence (its month serves a day alone), or null.</param>
    /// <param name="previousDay">The paragraph's last explicit day before it (for 当天, 次日), or null.</param>
    public DateMention Resolve(string text, DateSpan span, DateBasis basis, DateMention? anchor, DateMention? previousDay)
    {
        string surface = text[span.Start..span.End];
        DateOnly? reference = basis.Date;
        DateReference source = basis.Source;
        if (span.RelativeWord is not null)
        {
            var (unit, offset) = data.DateWords[span.RelativeWord];
            var g = unit switch { "year" => DateGranularity.Year, "month" => DateGranularity.Month, _ => DateGranularity.Day };
            // 1月5日……当天, 次日: counted from the paragraph's last explicit date.
            if (g == DateGranularity.Day && previousDay?.Normalized is { } pn && data.DateWordsAfterPrevious.Contains(span.RelativeWord))
            {
                return new DateMention(surface, span.Start, span.End, ShiftDay(pn, offset), g, true) { Reference = DateReference.Previous };
            }
            if (reference is not DateOnly r)
            {
                if (g == DateGranularity.Year && basis.Year is int by)
                {
                    return new DateMention(surface, span.Start, span.End, Year(by + offset), g, true) { Reference = DateReference.Text };
                }
                return new DateMention(surface, span.Start, span.End, null, g, true);
            }
            string norm = g switch
            {
                DateGranularity.Year => Year(r.Year + offset),
                DateGranularity.Month => Month(r.AddMonths(offset)),
                _ => Day(r.AddDays(offset)),
            };
            return new DateMention(surface, span.Start, span.End, norm, g, true) { Reference = source };
        }

        if (span.Year is int y)
        {
            if (span.Month is int m)
            {
                if (span.Day is int d)
                {
                    return d <= DateTime.DaysInMonth(y, m)
                        ? new DateMention(surface, span.Start, span.End, Day(new DateOnly(y, m, d)), DateGranularity.Day, false)
                        : new DateMention(surface, span.Start, span.End, null, DateGranularity.Day, false);
                }
                var (from, to) = Period(y, m, span.Part);
                return new DateMention(surface, span.Start, span.End, Month(new DateOnly(y, m, 1)), DateGranularity.Month, false, from, to);
            }
            return new DateMention(surface, span.Start, span.End, Year(y), DateGranularity.Year, false);
        }

        if (span.Month is int month)
        {
            var g = span.Day is null ? DateGranularity.Month : DateGranularity.Day;
            // 今年2月14日, 去年12月: the year word right before fixes the year.
            int? fixedYear = YearWordBefore(text, span.Start) is int shift
                ? (reference is DateOnly fr ? fr.Year + shift : basis.Year is int fy ? fy + shift : null)
                : null;
            if (fixedYear is int fyr)
            {
                if (span.Day is int fd)
                {
                    return fd <= DateTime.DaysInMonth(fyr, month)
                        ? new DateMention(surface, span.Start, span.End, Day(new DateOnly(fyr, month, fd)), g, true) { Reference = reference is null ? DateReference.Text : source }
                        : new DateMention(surface, span.Start, span.End, null, g, true);
                }
                var (ff, ft) = Period(fyr, month, span.Part);
                return new DateMention(surface, span.Start, span.End, Month(new DateOnly(fyr, month, 1)), g, true, ff, ft) { Reference = reference is null ? DateReference.Text : source };
            }
            if (reference is not DateOnly r)
            {
                if (basis.Year is int ky)
                {
                    // The year is known from the text or the title: only month and day are left to fill.
                    if (span.Day is int kd)
                    {
                        return kd <= DateTime.DaysInMonth(ky, month)
                            ? new DateMention(surface, span.Start, span.End, Day(new DateOnly(ky, month, kd)), g, true) { Reference = DateReference.Text }
                            : new DateMention(surface, span.Start, span.End, null, g, true);
                    }
                    var (kf, kt) = Period(ky, month, span.Part);
                    return new DateMention(surface, span.Start, span.End, Month(new DateOnly(ky, month, 1)), g, true, kf, kt) { Reference = DateReference.Text };
                }
                // No year anywhere: month and day are still known (--12-05, --12).
                if (span.Day is int ud && ud > DateTime.DaysInMonth(2000, month)) return new DateMention(surface, span.Start, span.End, null, g, true);
                return new DateMention(surface, span.Start, span.End, span.Day is int u ? MonthDay(month, u) : NoYearMonth(month), g, true);
            }
            int year = r.Year;
            if (span.Day is int d)
            {
                DateOnly At(int yy) => new(yy, month, Math.Min(d, DateTime.DaysInMonth(yy, month)));
                int past = At(year) <= r ? year : year - 1, future = At(year) >= r ? year : year + 1;
                year = span.PlanAhead || PreferFuture(r.DayNumber - At(past).DayNumber, At(future).DayNumber - r.DayNumber, IsDeadline(text, span.End)) ? future : past;
                if (d > DateTime.DaysInMonth(year, month)) return new DateMention(surface, span.Start, span.End, null, g, true);
                return new DateMention(surface, span.Start, span.End, Day(new DateOnly(year, month, d)), g, true) { Reference = source };
            }
            if (month != r.Month)
            {
                int back = (r.Month - month + 12) % 12;
                bool ahead = span.PlanAhead || PreferFuture(back, 12 - back, IsDeadline(text, span.End));
                year = month > r.Month ? (ahead ? r.Year : r.Year - 1) : (ahead ? r.Year + 1 : r.Year);
            }
            var (from, to) = Period(year, month, span.Part);
            return new DateMention(surface, span.Start, span.End, Month(new DateOnly(year, month, 1)), g, true, from, to) { Reference = source };
        }

        if (span.Day is int day)
        {
            if (anchor is { Normalized: { Length: >= 7 } an } && anchor.Granularity != DateGranularity.Year)
            {
                if (an.StartsWith("--", StringComparison.Ordinal))
                {
                    // 10月18日至21日 with no year known: the anchor's month, or the next for a smaller day.
                    int am = int.Parse(an.AsSpan(2, 2), CultureInfo.InvariantCulture);
                    if (anchor.Granularity == DateGranularity.Day && an.Length >= 7 && int.Parse(an.AsSpan(5, 2), CultureInfo.InvariantCulture) > day) am = am % 12 + 1;
                    if (day <= DateTime.DaysInMonth(2000, am)) return new DateMention(surface, span.Start, span.End, MonthDay(am, day), DateGranularity.Day, true);
                }
                else
                {
                    var ym = DateOnly.ParseExact(an[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (day <= DateTime.DaysInMonth(ym.Year, ym.Month))
                    {
                        var dd = new DateOnly(ym.Year, ym.Month, day);
                        // 30日至2日: a day before the anchor's day moves to the next month.
                        if (anchor.Granularity == DateGranularity.Day && DateOnly.ParseExact(an, "yyyy-MM-dd", CultureInfo.InvariantCulture) > dd) dd = dd.AddMonths(1);
                        return new DateMention(surface, span.Start, span.End, Day(dd), DateGranularity.Day, anchor.Relative) { Reference = anchor.Relative ? DateReference.Previous : null };
                    }
                }
            }
            if (reference is not DateOnly r) return new DateMention(surface, span.Start, span.End, null, DateGranularity.Day, true);
            var ymr = new DateOnly(r.Year, r.Month, 1);
            // A day alone is this month's or last month's; a deadline (15日前完成) or a plan points ahead.
            bool deadline = IsDeadline(text, span.End);
            if (!span.PlanAhead && !deadline && day > r.Day) ymr = ymr.AddMonths(-1);
            else if (span.PlanAhead && day < r.Day) ymr = ymr.AddMonths(1);
            if (day > DateTime.DaysInMonth(ymr.Year, ymr.Month)) return new DateMention(surface, span.Start, span.End, null, DateGranularity.Day, true);
            return new DateMention(surface, span.Start, span.End, Day(new DateOnly(ymr.Year, ymr.Month, day)), DateGranularity.Day, true) { Reference = source };
        }
        return new DateMention(surface, span.Start, span.End, null, DateGranularity.Day, false);
    }

    /// <summary>
    /// The year offset of a year word (今年 0, 去年 −1, 明年 1 …) that ends right where a month begins, or null.
    /// </summary>
    private int? YearWordBefore(string text, int start)
    {
        for (int len = Math.Min(3, start); len >= 2; len--)
        {
            if (data.DateWords.TryGetValue(text.Substring(start - len, len), out var w) && w.Unit == "year") return w.Offset;
        }
        return null;
    }

    /// <summary>A day date (<c>YYYY-MM-DD</c> or <c>--MM-DD</c>) moved by <paramref name="days"/>.</summary>
    private static string ShiftDay(string normalized, int days)
    {
        if (normalized.StartsWith("--", StringComparison.Ordinal))
        {
            // No year: count in a leap year so that --02-29 stays a date.
            var d = DateOnly.ParseExact("2000" + normalized[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days);
            return MonthDay(d.Month, d.Day);
        }
        return Day(DateOnly.ParseExact(normalized, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days));
    }

    private static string MonthDay(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"--{month:D2}-{day:D2}");

    private static string NoYearMonth(int month) => string.Create(CultureInfo.InvariantCulture, $"--{month:D2}");

    /// <summary>
    /// Whether an unplanned date reads as the future one: only when it is less than half as far as the past
    /// one, or, for a deadline (10月底前完成), when it is nearer.
    /// </summary>
    private static bool PreferFuture(int pastDistance, int futureDistance, bool deadline) =>
        deadline ? futureDistance < pastDistance : futureDistance * 2 < pastDistance;

    /// <summary>Whether the date ending at <paramref name="end"/> is a deadline: 前, 之前 or 以前 follows it.</summary>
    private static bool IsDeadline(string text, int end) =>
        end < text.Length && text[end] == '前' || text.AsSpan(end).StartsWith("之前") || text.AsSpan(end).StartsWith("以前");

    private static (DateOnly? From, DateOnly? To) Period(int y, int m, string? part)
    {
        int last = DateTime.DaysInMonth(y, m);
        return part switch
        {
            "上旬" or "初" => (new DateOnly(y, m, 1), new DateOnly(y, m, 10)),
            "中旬" => (new DateOnly(y, m, 11), new DateOnly(y, m, 20)),
            "下旬" or "底" or "末" => (new DateOnly(y, m, 21), new DateOnly(y, m, last)),
            _ => (null, null),
        };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Year(int y) => y.ToString("D4", CultureInfo.InvariantCulture);
}
