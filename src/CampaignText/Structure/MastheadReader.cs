using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>What <see cref="MastheadReader"/> found at the head of a document.</summary>
/// <param name="Masthead">The masthead fields.</param>
/// <param name="Title">The document's own title when there is no publication title.</param>
/// <param name="BodyStart">Index of the first line after the masthead.</param>
internal readonly record struct MastheadResult(Masthead Masthead, string? Title, int BodyStart);

/// <summary>
/// Reads the masthead from the first lines of a document. The masthead is the run of short lines at
/// the top that carry a publication title, 第N期, (总第N期), an issuer or a date, in any order, one or
/// several per line; a title split over lines is joined. Only a bounded number of lines is examined.
/// </summary>
internal static class MastheadReader
{
    private const int MaxExaminedLines = 16;
    private const int MaxLineLength = 60;
    private const int Lookahead = 3;

    private sealed class LineInfo
    {
        public required int LineIndex { get; init; }
        public required string Plain { get; init; }
        public bool IsHeading { get; init; }
        public bool IsNote { get; init; }
        public bool IsCandidate { get; init; }
        public string? Publication { get; set; }
        public int? Issue { get; set; }
        public int? TotalIssue { get; set; }
        public DateOnly? Date { get; set; }
        public string? Issuer { get; set; }
        public string? Remainder { get; set; }

        public bool HasStrongField => Publication is not null || Issue is not null || TotalIssue is not null || Date is not null;
        public bool HasField => HasStrongField || Issuer is not null;
    }

    /// <summary>Reads the masthead from <paramref name="lines"/> of <paramref name="text"/>.</summary>
    public static MastheadResult Read(string text, IReadOnlyList<TextSpan> lines, LineJudgement judged)
    {
        var infos = new List<LineInfo>();
        for (var i = 0; i < lines.Count && infos.Count < MaxExaminedLines; i++)
        {
            if (judged.Roles[i] != LineRole.Content)
            {
                continue;
            }

            var plain = TextCleaning.RemovePinyinAnnotations(judged.Plain[i]);
            if (plain.Length == 0 || StructurePatterns.DocumentFileName().IsMatch(plain))
            {
                continue;
            }

            infos.Add(Analyze(i, plain));
        }

        // The zone: lines with masthead fields, notes, and short plain lines that a field follows closely.
        var accepted = new List<LineInfo>();
        for (var k = 0; k < infos.Count; k++)
        {
            var info = infos[k];
            if (info.IsHeading)
            {
                break;
            }

            if (info.HasField || info.IsNote)
            {
                accepted.Add(info);
                continue;
            }

            var fieldFollows = false;
            for (var j = k + 1; j < infos.Count && j <= k + Lookahead; j++)
            {
                if (infos[j].IsHeading)
                {
                    break;
                }

                if (infos[j].HasStrongField)
                {
                    fieldFollows = true;
                    break;
                }
            }

            if (info.IsCandidate && fieldFollows)
            {
                accepted.Add(info);
                continue;
            }

            break;
        }

        if (!accepted.Any(static a => a.HasStrongField))
        {
            return new MastheadResult(Masthead.Empty, null, 0);
        }

        string? publication = null;
        int? issue = null, total = null;
        DateOnly? date = null;
        string? issuer = null;
        var publicationAt = -1;
        for (var k = 0; k < accepted.Count; k++)
        {
            var a = accepted[k];
            if (a.Publication is not null && publication is null)
            {
                publication = a.Publication;
                publicationAt = k;
            }

            issue ??= a.Issue;
            total ??= a.TotalIssue;
            date ??= a.Date;
            issuer ??= a.Issuer;
        }

        // Plain lines right before the publication line are the first part of a title split over lines.
        string? title = null;
        var used = new HashSet<int>();
        if (publicationAt >= 0)
        {
            var first = publicationAt;
            while (first > 0 && accepted[first - 1] is { HasField: false, IsNote: false })
            {
                first--;
            }

            if (first < publicationAt)
            {
                publication = string.Concat(accepted.Skip(first).Take(publicationAt - first).Select(static a => a.Remainder)) + publication;
                for (var k = first; k < publicationAt; k++)
                {
                    used.Add(k);
                }
            }
        }

        // Remaining plain lines: the first run is the publication when an issue number says this is a
        // bulletin, or else the document's own title.
        var runStart = -1;
        for (var k = 0; k < accepted.Count; k++)
        {
            if (!used.Contains(k) && accepted[k] is { HasField: false, IsNote: false })
            {
                runStart = k;
                break;
            }
        }

        if (runStart >= 0)
        {
            var runEnd = runStart;
            while (runEnd + 1 < accepted.Count && !used.Contains(runEnd + 1) && accepted[runEnd + 1] is { HasField: false, IsNote: false })
            {
                runEnd++;
            }

            var joined = string.Concat(accepted.Skip(runStart).Take(runEnd - runStart + 1).Select(static a => a.Remainder));
            if (publication is null && (issue is not null || total is not null))
            {
                publication = TextCleaning.RemoveWhitespace(joined);
            }
            else if (publication is null)
            {
                title = TextCleaning.NormalizeSpaces(joined, title: true);
            }
        }

        // A page headed …工作动态 with neither an issue number nor an issuer is a column's roundup page under its
        // headline, not a bulletin's masthead: the line is the document's title.
        if (issue is null && total is null && issuer is null && title is null && publication is not null
            && StructurePatterns.PublicationNeedsIssue().IsMatch(TraditionalChars.Fold(publication)))
        {
            (title, publication) = (publication, null);
        }

        var masthead = new Masthead(publication, issue, total, issuer, date);
        return new MastheadResult(masthead, title, accepted[^1].LineIndex + 1);
    }

    private static LineInfo Analyze(int lineIndex, string plain)
    {
        if (StructurePatterns.BracketHeading().IsMatch(plain))
        {
            return new LineInfo { LineIndex = lineIndex, Plain = plain, IsHeading = true };
        }

        var tooLong = plain.Length > MaxLineLength;
        var isNote = !tooLong && StructurePatterns.MastheadNote().IsMatch(plain);
        var info = new LineInfo
        {
            LineIndex = lineIndex,
            Plain = plain,
            IsNote = isNote,
            IsCandidate = !tooLong && !isNote && IsPlainCandidate(plain),
            Remainder = plain,
        };
        if (tooLong || isNote)
        {
            return info;
        }

        // Patterns are matched against a copy with traditional characters folded (總第, 簡報, 辦); the copy has
        // the same length, so its match positions cut the line as written.
        var rest = plain;
        var folded = TraditionalChars.Fold(plain);
        int? total = null, issue = null;
        DateOnly? date = null;
        var m = StructurePatterns.TotalIssue().Match(folded);
        if (m.Success)
        {
            total = TextCleaning.ParseNumber(m.Groups["n"].ValueSpan);
            (rest, folded) = (Cut(rest, m), Cut(folded, m));
        }

        m = StructurePatterns.Issue().Match(folded);
        if (m.Success)
        {
            issue = TextCleaning.ParseNumber(m.Groups["n"].ValueSpan);
            (rest, folded) = (Cut(rest, m), Cut(folded, m));
        }

        m = StructurePatterns.ChineseDate().Match(folded);
        if (!m.Success)
        {
            m = StructurePatterns.NumericDate().Match(folded);
        }

        if (m.Success)
        {
            date = ToDate(m);
            if (date is not null)
            {
                (rest, folded) = (Cut(rest, m), Cut(folded, m));
            }
        }

        var remainder = TrimRemainder(rest);
        var foldedRemainder = TrimRemainder(folded);
        var hasFields = total is not null || issue is not null || date is not null;
        if (hasFields && ContainsClausePunctuation(remainder))
        {
            // A sentence that merely mentions a date or an issue is body text.
            return info;
        }

        var role = StructurePatterns.IssuerByRole().Match(foldedRemainder);
        var named = foldedRemainder.Replace("（）", "", StringComparison.Ordinal).Replace("()", "", StringComparison.Ordinal).TrimEnd('（', '(', '[', '【');
        if (issue is not null && total is null && date is null && named.Length > 0 && !role.Success
            && !StructurePatterns.PublicationSuffix().IsMatch(named) && !StructurePatterns.OrganizationSuffix().IsMatch(named))
        {
            // 第N期 after words that name neither a publication nor an issuer is the number of a series in a
            // headline (…擂台赛第二期, …大讲堂第3期), not a masthead's issue.
            return info;
        }

        info.TotalIssue = total;
        info.Issue = issue;
        info.Date = date;
        info.Remainder = remainder;
        if (remainder.Length == 0 || ContainsClausePunctuation(remainder))
        {
            return info;
        }

        if (StructurePatterns.PublicationSuffix().IsMatch(foldedRemainder) && !role.Success)
        {
            info.Publication = remainder;
            info.Remainder = null;
        }
        else if (role.Success)
        {
            var org = role.Groups["org"];
            info.Issuer = remainder.Substring(org.Index, org.Length).Trim();
            info.Remainder = null;
        }
        else if (remainder.Length <= 30 && StructurePatterns.OrganizationSuffix().IsMatch(foldedRemainder))
        {
            info.Issuer = remainder;
            info.Remainder = null;
        }

        return info;
    }

    private static string TrimRemainder(string rest) =>
        TextCleaning.RemoveWhitespace(rest).Trim('|', '·', '-', '—', '_', '/', ',', '，', '、', '：', ':');

    private static bool IsPlainCandidate(string plain) =>
        !TextCleaning.EndsSentence(plain) && !ContainsClausePunctuation(plain);

    private static bool ContainsClausePunctuation(string text) => text.AsSpan().IndexOfAny("，,。；;！？!?") >= 0;

    private static string Cut(string text, Match m) => string.Concat(text.AsSpan(0, m.Index), " ", text.AsSpan(m.Index + m.Length));

    internal static DateOnly? ToDate(Match m)
    {
        var numerals = Extraction.Quantities.NumeralTable.Embedded;
        var y = Extraction.Dates.DateNumbers.Year(numerals, m.Groups["y"].ValueSpan, 1900, 2200);
        var mo = Extraction.Dates.DateNumbers.Whole(numerals, m.Groups["m"].ValueSpan);
        var d = Extraction.Dates.DateNumbers.Whole(numerals, m.Groups["d"].ValueSpan);
        if (y is null || mo is null or < 1 or > 12 || d is null or < 1)
        {
            return null;
        }

        return d <= DateTime.DaysInMonth(y.Value, mo.Value) ? new DateOnly(y.Value, mo.Value, d.Value) : null;
    }
}
