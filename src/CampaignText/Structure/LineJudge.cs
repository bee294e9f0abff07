using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>What <see cref="LineJudge"/> found in a document's lines.</summary>
internal sealed class LineJudgement
{
    /// <summary>Each line with markdown removed and trimmed.</summary>
    public required string[] Plain { get; init; }

    /// <summary>The role of each line.</summary>
    public required LineRole[] Roles { get; init; }

    /// <summary>
    /// For lines that open a page chunk of a document-sharing copy ("2、" in the middle of a sentence): how many
    /// chars of the line, from its first non-space char, are the chunk marker; 0 elsewhere.
    /// </summary>
    public required int[] ChunkMarker { get; init; }

    /// <summary>
    /// For the last line of text before a preview's read-on prompt or the end of the document: how many chars at
    /// its end are a cut mark (…) or a site's link glued to it, not text; 0 elsewhere.
    /// </summary>
    public required int[] CutEnd { get; init; }

    /// <summary>
    /// Lines that open a sentence laid out a phrase a line, as posts for phones do (1月13日下午 / 在全省…会议上 /
    /// …取得了 / 第一名！): the first line of such a run reads as text, and the lines under it run on.
    /// </summary>
    public bool[] OpensBrokenSentence { get; init; } = [];

    /// <summary>The publishing body named by a metadata line (发布机构：…, 发文机关：…).</summary>
    public string? MetadataIssuer { get; set; }

    /// <summary>True when any line is web, document-sharing or e-paper chrome or metadata.</summary>
    public bool HasChrome { get; set; }

    /// <summary>The first date stated by a metadata line (发布时间, 日期, an e-paper line, a date-and-time line).</summary>
    public DateOnly? MetadataDate { get; set; }

    /// <summary>The date of the sign-off at the end of the document.</summary>
    public DateOnly? SignOffDate { get; set; }

    /// <summary>
    /// The title a document-sharing copy gives in the file name on its first line (创建文明城市整改报告 for
    /// "创建文明城市整改报告 篇4.docx"), without extension or the site's numbering; null elsewhere.
    /// </summary>
    public string? SharedFileTitle { get; set; }

    /// <summary>The issuer named in the sign-off.</summary>
    public string? SignOffIssuer { get; set; }
}

/// <summary>
/// Decides, for every line of a document before it is parsed, whether it is bulletin text or something
/// around it: site chrome, document-sharing furniture, metadata, a byline, a caption, a sign-off, a page
/// marker. The judgement is a score per line: the weights of the phrase families of
/// models/structure/line-cues.tsv the line holds, plus cues computed here (links and e-mail addresses,
/// menu and breadcrumb shapes, markup debris), minus the marks of prose (sentence-final punctuation,
/// commas, length), plus a little for lines above the first or below the last line of prose. Runs of
/// menu items, lists under a related-pages header, and the issuer and date at the foot of a notice are
/// decided from their neighbours. Stateless; one pass plus bounded look-backs.
/// </summary>
internal static partial class LineJudge
{
    /// <summary>A line whose score reaches this is not bulletin text.</summary>
    public const double Threshold = 2.5;

    private const int MaxScoredLength = 300;

    /// <summary>Lines longer than this are matched against the pattern cues by their two ends only.</summary>
    private const int MaxPatternLength = 4096;

    /// <summary>Judges every line of <paramref name="text"/>.</summary>
    public static LineJudgement Judge(string text, IReadOnlyList<TextSpan> lines, LineCues cues)
    {
        var n = lines.Count;
        var plain = new string[n];
        var roles = new LineRole[n];
        var scores = new double[n];
        var families = new CueFamily[n];
        var navTokens = new int[n];
        var chunk = new int[n];
        var judgement = new LineJudgement { Plain = plain, Roles = roles, ChunkMarker = chunk, CutEnd = new int[n], OpensBrokenSentence = new bool[n] };

        int firstProse = -1, lastProse = -1;
        for (var i = 0; i < n; i++)
        {
            var raw = Trimmed(text, lines[i]);
            var p = raw.IsEmpty || StructurePatterns.HorizontalRule().IsMatch(raw) ? string.Empty : Clean(raw);
            plain[i] = p;
            if (p.Length == 0)
            {
                roles[i] = LineRole.Blank;
                continue;
            }

            if ((p.Length < 30 && StructurePatterns.PageMarker().IsMatch(p)) || ChunkPageLine().IsMatch(p))
            {
                roles[i] = LineRole.PageMarker;
                continue;
            }

            roles[i] = LineRole.Content;
            var score = Score(p, cues, out families[i], out navTokens[i]);
            scores[i] = score;
            // Prose holds a full stop or a semicolon, or runs long with commas; a headline of 25-odd characters may hold
            // one comma (…“PK赛”开赛，排名结果与年度考核挂钩) and is not the text's first line.
            if (score < Threshold && p.Length >= 25 && (p.AsSpan().IndexOfAny("。；;") >= 0 || (p.Length >= 40 && p.AsSpan().IndexOfAny("，,") >= 0)))
            {
                if (firstProse < 0)
                {
                    firstProse = i;
                }

                lastProse = i;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            var score = scores[i];
            if (firstProse >= 0 && i < firstProse)
            {
                score += 0.5;
            }
            else if (lastProse >= 0 && i > lastProse)
            {
                score += 1;
            }
            else if (i > firstProse && i < lastProse && score < StrongCue && plain[i].Length >= 10 && EndsProseSentence(plain[i]))
            {
                // Between lines of prose, a full sentence with an ordinary word that chrome also uses (市民可扫码举报……。,
                // 对侵权假冒商品……。) is the text's own; only a strong cue (a disclaimer, a read-on prompt) drops it.
                score -= 2.5;
            }

            if (score >= Threshold)
            {
                roles[i] = families[i] switch
                {
                    CueFamily.Meta or CueFamily.Epaper => LineRole.Metadata,
                    _ when IsDatedPageLine(plain[i], firstProse < 0 || i < firstProse) => LineRole.Metadata,
                    // A line that dates the page among other page furniture: a document-sharing site's upload line
                    // (发布时间：2022-09-30  下载积分：5  页数：6页), a toolbar (发布: 2020年09月02日 作者原创/佚名 【小 中 大】【收藏】).
                    _ when (firstProse < 0 || i < firstProse) && PublishedLabel().IsMatch(plain[i]) => LineRole.Metadata,
                    CueFamily.Byline when IsShortPlain(plain[i], 40) => LineRole.Byline,
                    _ => LineRole.Boilerplate,
                };
            }
            else if (IsDateLine(plain[i], out _, out var withTime) && (withTime || (firstProse >= 0 && i > firstProse)))
            {
                // A date (and time) on its own under a headline is the page's metadata; after the text it is
                // the date of a sign-off.
                roles[i] = withTime ? LineRole.Metadata : LineRole.SignOff;
            }
            else if (IsDatedPageLine(plain[i], firstProse < 0 || i < firstProse)
                || ((firstProse < 0 || i < firstProse) && PublishedLabel().IsMatch(plain[i])))
            {
                roles[i] = LineRole.Metadata;
            }
        }

        MarkCountsUnderMetadata(plain, roles, firstProse);
        MarkLabelValues(plain, roles, families);
        MarkSharedFileTitle(plain, roles, families, firstProse);
        judgement.SharedFileTitle = SharedFileTitle(plain, roles);
        MarkMenuRuns(plain, roles, navTokens, firstProse);
        MarkRelatedLists(plain, roles, families);
        MarkSignOff(plain, roles, firstProse, judgement);
        MarkInnerSignOff(plain, roles, firstProse, lastProse, judgement);
        MarkTrailingHeadlines(plain, roles, lastProse);
        MarkKeywordLinks(text, lines, plain, roles);
        MarkGalleries(plain, roles);
        MarkCaptions(plain, roles, firstProse, lastProse);
        MarkColumnLabels(plain, roles, families, firstProse);
        MarkTeasers(plain, roles, firstProse);
        MarkChunkMarkers(text, lines, plain, roles, chunk);
        MarkGluedPageMarkers(text, lines, plain, roles, chunk);
        MarkBrokenSentences(plain, roles, judgement.OpensBrokenSentence);
        FindMetadataDate(plain, roles, firstProse, judgement);
        MarkCutEnds(text, lines, roles, families, judgement.CutEnd);
        judgement.HasChrome = Array.Exists(roles, static r => r is LineRole.Boilerplate or LineRole.Metadata);
        return judgement;
    }

    /// <summary>The plain form of one trimmed raw line: markdown removed, replacement chars dropped, trimmed.</summary>
    public static string Clean(ReadOnlySpan<char> raw)
    {
        var p = TextCleaning.StripMarkdown(raw.ToString());
        if (p.Contains('\uFFFD'))
        {
            p = p.Replace("\uFFFD", string.Empty, StringComparison.Ordinal);
        }

        p = p.Trim();
        if (p.Length > 1 && (p[0] == '|' || p[^1] == '|') && p.AsSpan().Trim("| ").Length > 0)
        {
            // Table debris around a line of text: |情侣路沿线……|.
            p = p.Trim('|', ' ', '\u3000');
        }

        return p;
    }

    /// <summary>A raw line without the spaces, heading and quote marks around it.</summary>
    public static ReadOnlySpan<char> Trimmed(string text, TextSpan line)
    {
        var (start, end) = TrimRange(text, line.Start, line.End);
        return text.AsSpan(start, end - start);
    }

    /// <summary>Trims spaces, markdown heading and quote marks from the start and spaces from the end of a range.</summary>
    public static (int Start, int End) TrimRange(string text, int start, int end)
    {
        while (start < end && (TextCleaning.IsSpace(text[start]) || text[start] is '#' or '>'))
        {
            start++;
        }

        while (end > start && TextCleaning.IsSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The score of one line from its own content (no position).</summary>
    /// <summary>
    /// A line that is a full sentence followed by the paper's credit in brackets (…作了发言。（某某日报记者 某某）) without
    /// the credit: the sentence is the text's own, and the byline or source words inside the credit must not drop it.
    /// Any other line as it is.
    /// </summary>
    internal static string WithoutTrailingCredit(string line)
    {
        if (line.Length < 12 || line[^1] is not (')' or '）')) return line;
        int open = line.AsSpan().LastIndexOfAny('(', '（');
        if (open < 10 || line.Length - open > 40 || line[open - 1] is not ('。' or '！' or '？' or '”')) return line;
        // A photo's credit (…巡查。（记者 某某 摄）) marks a caption, which stays one; a credit for the text and
        // the photos (文/摄, 文/图, 图文) is the article's.
        var credit = line.AsSpan(open);
        if (credit.IndexOfAny("摄图") >= 0 && !CreditsTheText(credit)) return line;
        return line[..open];
    }

    // Whether a credit in brackets names the text besides the photos: 文/摄, 文／图, 文并摄, 文、图, 图/文, 图文.
    private static bool CreditsTheText(ReadOnlySpan<char> credit)
    {
        for (int i = 0; i < credit.Length; i++)
        {
            if (credit[i] != '文') continue;
            char before = i > 0 ? credit[i - 1] : ' ', after = i + 1 < credit.Length ? credit[i + 1] : ' ';
            if (after is '/' or '／' or '、' or '并' || before is '/' or '／' or '、' or '图') return true;
        }

        return false;
    }

    /// <summary>
    /// A bare number on a line of its own under a web page's metadata line, before the text (a view or comment count),
    /// is page furniture, not a page marker: a page break there would turn the headline above it into text.
    /// </summary>
    private static void MarkCountsUnderMetadata(string[] plain, LineRole[] roles, int firstProse)
    {
        for (var i = 1; i < plain.Length && (firstProse < 0 || i < firstProse); i++)
        {
            if (roles[i] != LineRole.PageMarker || plain[i].AsSpan().Trim().ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            var k = i - 1;
            while (k > 0 && roles[k] == LineRole.Blank)
            {
                k--;
            }

            if (roles[k] == LineRole.Metadata)
            {
                roles[i] = LineRole.Boilerplate;
            }
        }
    }

    // Whether two Chinese characters in a row occur at least <paramref name="times"/> times in the line, apart.
    private static bool RepeatsOneBigram(string p, int times)
    {
        if (p.Length < times * 2)
        {
            return false;
        }

        var counts = new Dictionary<int, int>();
        for (var i = 0; i + 1 < p.Length; i++)
        {
            if (p[i] is < '\u4E00' or > '\u9FFF' || p[i + 1] is < '\u4E00' or > '\u9FFF')
            {
                continue;
            }

            var key = (p[i] << 16) | p[i + 1];
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (counts[key] >= times)
            {
                return true;
            }
        }

        return false;
    }

    internal static double Score(string p, LineCues cues, out CueFamily family, out int navTokens)
    {
        double w = 0;
        family = CueFamily.None;
        navTokens = 0;
        if (p.Length <= MaxScoredLength)
        {
            // Pinyin annotations (發(fā)表時(shí)間) would hide the phrase: the cues read the characters alone.
            var read = p.Contains('(') || p.Contains('（') ? TextCleaning.RemovePinyinAnnotations(p) : p;
            read = WithoutTrailingCredit(read);
            var cue = cues.Score(LineCues.Key(read), read);
            w = cue.Weight;
            family = cue.Family;
            navTokens = cue.NavTokens;
        }

        // The pattern cues see a long line's two ends only (where links, addresses and read-on prompts sit), so
        // their time does not grow with a paragraph that never ends.
        string probe = p.Length <= MaxPatternLength
            ? p
            : string.Concat(p.AsSpan(0, MaxPatternLength / 2), "\n", p.AsSpan(p.Length - (MaxPatternLength / 2)));
        if (probe.Contains('@') && Email().IsMatch(probe))
        {
            w += 2;
            family = family == CueFamily.None ? CueFamily.Legal : family;
        }
        else if (Link().IsMatch(probe))
        {
            w += 2.5;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (Debris().IsMatch(probe) || ReadOnRemainder().IsMatch(probe))
        {
            w += 5;
            family = CueFamily.Chrome;
        }

        if (family == CueFamily.Caption && p.StartsWith('图') && p.Contains("责任单位", StringComparison.Ordinal))
        {
            // A numbered picture's problem and the unit to put it right (图③：…占道经营。责任单位：县城管局。) is an item
            // of a check's problem list, not a caption.
            w -= 5;
        }

        if (family == CueFamily.Byline && ReporterHeadline().IsMatch(p))
        {
            // A headline about what a reporter did (记者走访…：…), not a byline.
            w -= 3;
        }

        if (p.Length <= 30 && AuthorLine().IsMatch(p))
        {
            // A signed article's author under its title: an office and a name (中共某某市委书记 某某).
            w += 3;
            family = family == CueFamily.None ? CueFamily.Byline : family;
        }

        if (p.Length <= 40 && SocialCounts().IsMatch(p))
        {
            // A post's counters (阅读 2381 在看 17, 浏览量：1.2万).
            w += 5;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (p.Length <= 30 && ForumFloor().IsMatch(p))
        {
            // A forum reply's floor marker (3楼 某网友, 12#).
            w += 3;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (p.Length <= 24 && SiteName().IsMatch(TextCleaning.RemovePinyinAnnotations(p)))
        {
            // A site's name on a line of its own (某某民生网): chrome above the text or below it, kept in between.
            w += 2;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (p.Length <= 80 && StructurePatterns.DocumentFileName().IsMatch(p))
        {
            // The file name a document-sharing page shows above its preview.
            w += 3;
            family = family == CueFamily.None ? CueFamily.DocShare : family;
        }

        if (p.Length <= 60 && EpaperLine().IsMatch(p))
        {
            w += 3;
            family = family is CueFamily.None or CueFamily.Nav ? CueFamily.Epaper : family;
        }

        if (p.Length <= 200 && p.AsSpan().IndexOfAny("，。；！？,;") < 0
            && (p.AsSpan().Count('|') + p.AsSpan().Count('｜') >= 4 || (p.Length <= 80 && RepeatsOneBigram(p, 4))))
        {
            // A menu bar, spaced out (要闻 | 城市远洋 | 老外在吉林 | …), with a hotline or a count in it (…|投稿|热线电话:028-…),
            // or glued together in a copy (桂林新闻临桂新闻阳朔新闻灵川新闻…).
            w += 3;
            family = family == CueFamily.None ? CueFamily.Nav : family;
        }

        if (p.Length <= 20 && BarePhone().IsMatch(p))
        {
            // A telephone number alone on a line (0632-3181189): a page header's contact, not a headline.
            w += 3;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (p.Length <= 40 && LongNumber().IsMatch(p))
        {
            // A line of a long number alone (an account or record number, 9472600000017), not a page number.
            w += 3;
            family = family == CueFamily.None ? CueFamily.Chrome : family;
        }

        if (p.Length <= 80)
        {
            var tokens = LineCues.Tokens(p);
            if (tokens.Count >= 3 && tokens.TrueForAll(static t => t.Length is >= 2 and <= 8 && !t.AsSpan().ContainsAnyInRange('0', '9'))
                && p.AsSpan().IndexOfAny("，。；！？,;") < 0)
            {
                w += 1.5;
                family = family == CueFamily.None ? CueFamily.Nav : family;
            }

            var steps = p.AsSpan().Count('>') + p.AsSpan().Count('＞') + p.AsSpan().Count('›') + p.AsSpan().Count('»');
            if (steps >= 2 || (steps == 1 && (navTokens > 0 || IsOneStepCrumb(p))))
            {
                w += 3;
                family = family == CueFamily.None ? CueFamily.Chrome : family;
            }
        }

        if (FooterReader.StartsFooterLine(p))
        {
            // 责编：, 电话：, 报：… open a bulletin's footer, which the parser reads.
            w -= 3;
        }

        if (family is CueFamily.Caption or CueFamily.Meta or CueFamily.Epaper or CueFamily.DocShare && p.Length <= 100)
        {
            return w;
        }

        if (TextCleaning.EndsSentence(p))
        {
            w -= 2;
        }

        var commas = Math.Min(4, p.AsSpan().Count('，') + p.AsSpan().Count(','));
        w -= 0.5 * commas;
        if (p.Length > 50)
        {
            w -= 1;
        }

        if (p.Length > 100)
        {
            w -= 2;
        }

        return w;
    }

    /// <summary>A score at or above which a line's cues drop it even as a full sentence between lines of prose.</summary>
    private const double StrongCue = 6;

    /// <summary>Whether a line ends with a sentence's full stop, question or exclamation mark (a closing quote or bracket after it allowed).</summary>
    private static bool EndsProseSentence(string p)
    {
        var end = p.AsSpan().TrimEnd("”’\"'）)」』 ");
        return end.Length > 0 && end[^1] is '。' or '！' or '？' or '!' or '?';
    }

    private static bool IsShortPlain(string p, int max) => p.Length <= max && p.AsSpan().IndexOfAny("，。；！？,;") < 0;

    /// <summary>
    /// A document-sharing or metadata label on a line of its own (资源描述：, or a 信息公开 table's bare • 索引号) has its
    /// value on the next line.
    /// </summary>
    private static void MarkLabelValues(string[] plain, LineRole[] roles, CueFamily[] families)
    {
        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] is not (LineRole.Boilerplate or LineRole.Metadata) || families[i] is not (CueFamily.DocShare or CueFamily.Meta)
                || plain[i].Length > 12)
            {
                continue;
            }

            var colon = plain[i][^1] is '：' or ':';
            if (colon ? plain[i].AsSpan(0, plain[i].Length - 1).IndexOfAny("：:") >= 0
                    : families[i] != CueFamily.Meta || !IsBareLabel(plain[i]))
            {
                continue;
            }

            // The prose under a sharing site's preview label (文档介绍： and the shared document's opening) is the document's text;
            // a site's own description (资源描述：…) is not.
            var j = NextNonBlank(roles, i + 1);
            if (j >= 0 && roles[j] == LineRole.Content && plain[j].Length <= 200 && !FooterReader.StartsFooterLine(plain[j]) && !(IsPreviewLabel(plain[i]) && IsProseValue(plain[j])))
            {
                roles[j] = LineRole.Boilerplate;
            }
        }
    }

    // The label a sharing site puts above the opening of the shared document itself.
    private static bool IsPreviewLabel(string plain) => plain.StartsWith("文档介绍", StringComparison.Ordinal);

    // A long line with a sentence's punctuation: text, not the value of a label above it.
    private static bool IsProseValue(string plain) => plain.Length > 40 && plain.AsSpan().IndexOfAny("。，") >= 0;

    // A label of a 信息公开 table on a line of its own: two to six Chinese characters after its bullet (• 索引号).
    private static bool IsBareLabel(string plain)
    {
        var key = LineCues.Key(plain);
        return key.Length is >= 2 and <= 6 && key.All(c => c is >= '\u4e00' and <= '\u9fff');
    }

    /// <summary>
    /// The first line of a document-sharing page names the shared file: a short line straight above the
    /// site's upload data (页数, 上传人 …) is that name, not the document's title.
    /// </summary>
    private static void MarkSharedFileTitle(string[] plain, LineRole[] roles, CueFamily[] families, int firstProse)
    {
        var i = NextNonBlank(roles, 0);
        if (i < 0 || roles[i] != LineRole.Content || (firstProse >= 0 && i >= firstProse) || !IsShortPlain(plain[i], 60))
        {
            return;
        }

        var j = i + 1;
        while (j < plain.Length && roles[j] == LineRole.Blank)
        {
            j++;
        }

        // A news page's headline sits above its chrome (A- A+, 分享到, a breadcrumb with the source) too: above
        // chrome, only a word or two is site furniture.
        if (j < plain.Length && roles[j] == LineRole.Boilerplate
            && (families[j] is CueFamily.DocShare or CueFamily.Nav
                || (families[j] == CueFamily.Chrome && (TextCleaning.RemovePinyinAnnotations(plain[i]).Length < 8 || HeadlineFollows(plain, roles, families, j)))))
        {
            roles[i] = LineRole.Boilerplate;
        }
    }

    // Below the chrome line j, a short line and then a metadata or chrome line (发布日期：… 来源：…): the page's
    // headline comes after the chrome, so the line above it is the site's name (…人民政府, …人大常委会).
    private static bool HeadlineFollows(string[] plain, LineRole[] roles, CueFamily[] families, int j)
    {
        var k = NextNonBlank(roles, j + 1);
        if (k < 0 || roles[k] != LineRole.Content || !IsShortPlain(plain[k], 60) || TextCleaning.EndsSentence(plain[k]))
        {
            return false;
        }

        var m = NextNonBlank(roles, k + 1);
        return m >= 0 && (roles[m] == LineRole.Metadata || (roles[m] == LineRole.Boilerplate && families[m] is CueFamily.Meta or CueFamily.Chrome));
    }

    // A breadcrumb of one step between two short names, neither with digits nor punctuation: 格尔木新闻网 > 本地新闻.
    private static bool IsOneStepCrumb(string p)
    {
        var at = p.AsSpan().IndexOfAny(">＞›»");
        if (at < 0 || p.Length > 30)
        {
            return false;
        }

        var left = p.AsSpan(0, at).Trim();
        var right = p.AsSpan(at + 1).Trim();
        return left.Length is >= 2 and <= 12 && right.Length is >= 2 and <= 12
            && IsCrumbName(left) && IsCrumbName(right);
    }

    private static bool IsCrumbName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!Han.IsIdeograph(c) && !char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The title in the file name that opens a document-sharing copy: the first line, a file name of at most 80
    /// characters, without its extension and the site's numbering (篇4, (2)); null when the copy opens otherwise.
    /// </summary>
    private static string? SharedFileTitle(string[] plain, LineRole[] roles)
    {
        var i = NextNonBlank(roles, 0);
        if (i < 0 || plain[i].Length > 80)
        {
            return null;
        }

        var name = StructurePatterns.DocumentFileName().Replace(plain[i], "");
        if (name.Length == plain[i].Length)
        {
            return null;
        }

        name = SharedFileNumbering().Replace(name, "").Trim();
        return name.Length >= 4 && name.Any(Han.IsIdeograph) ? name : null;
    }

    /// <summary>A document-sharing site's numbering after a file's title: 篇4, 第2篇, (3).</summary>
    [GeneratedRegex(@"\s*(?:篇\s*[0-9０-９一二三四五六七八九十]+|第[0-9一二三四五六七八九十]+篇|[（(][0-9０-９]+[)）])\s*$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SharedFileNumbering();

    /// <summary>
    /// Above the text, a word of one to three characters on its own (政策, 其他, 要闻) next to a metadata or
    /// chrome line, or a word of up to six that such a line repeats (工作汇报 above "时间：… 工作汇报 我要投稿"), is the
    /// column the page is filed under, not a title.
    /// </summary>
    private static void MarkColumnLabels(string[] plain, LineRole[] roles, CueFamily[] families, int firstProse)
    {
        var end = firstProse < 0 ? plain.Length : firstProse;
        for (var i = 0; i < end; i++)
        {
            var p = plain[i];
            if (roles[i] != LineRole.Content || p.Length > 6 || !p.All(Han.IsIdeograph))
            {
                continue;
            }

            var before = PreviousNonBlank(roles, i - 1);
            var after = NextNonBlank(roles, i + 1);
            if (p.Length <= 3 && (IsWebFurniture(before) || IsWebFurniture(after)) || p.Length >= 2 && NamedInFurniture(p))
            {
                roles[i] = LineRole.Boilerplate;
            }
        }

        // The column's name repeated inside the page's metadata or navigation line (时间：… 工作汇报 我要投稿).
        bool NamedInFurniture(string label)
        {
            for (var k = 0; k < end; k++)
            {
                if (IsWebFurniture(k) && plain[k].Length > label.Length && plain[k].Contains(label, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        bool IsWebFurniture(int k) => k >= 0 && (roles[k] == LineRole.Metadata
            || (roles[k] == LineRole.Boilerplate && families[k] is CueFamily.Chrome or CueFamily.Nav or CueFamily.Meta));
    }

    /// <summary>
    /// A news page's summary above the article: a line, often cut short, whose whole text is repeated inside one
    /// of the next few lines of text (the article's lead). The lead stays; the summary goes.
    /// </summary>
    private static void MarkTeasers(string[] plain, LineRole[] roles, int firstProse)
    {
        if (firstProse < 0)
        {
            return;
        }

        for (var i = 0; i <= firstProse; i++)
        {
            var p = plain[i];
            if (roles[i] != LineRole.Content || p.Length < 20 || p.AsSpan().IndexOfAny("，,") < 0)
            {
                continue;
            }

            // 摘要：… repeats the lead after its label, and a summary cut short ends in dots (……, ......).
            var colon = p.AsSpan(0, Math.Min(p.Length, 6)).IndexOfAny("：:");
            if (colon > 0 && p[..colon].All(Han.IsIdeograph))
            {
                p = p[(colon + 1)..].TrimStart();
            }

            p = p.TrimEnd('.', '…', '．', ' ');
            if (p.Length < 20)
            {
                continue;
            }

            var k = i;
            for (var seen = 0; seen < 3; seen++)
            {
                k = NextNonBlank(roles, k + 1);
                if (k < 0)
                {
                    break;
                }

                if (roles[k] == LineRole.Content && plain[k].Length >= p.Length + 10 && plain[k].Contains(p, StringComparison.Ordinal))
                {
                    roles[i] = LineRole.Boilerplate;
                    break;
                }
            }
        }
    }

    private static int PreviousNonBlank(LineRole[] roles, int from)
    {
        for (var k = from; k >= 0; k--)
        {
            if (roles[k] != LineRole.Blank)
            {
                return k;
            }
        }

        return -1;
    }

    private static int NextNonBlank(LineRole[] roles, int from)
    {
        for (var k = from; k < roles.Length; k++)
        {
            if (roles[k] != LineRole.Blank)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Runs of three or more short lines without sentence punctuation, at least half of them menu items or
    /// cue-bearing: a menu laid out one item per line.
    /// </summary>
    private static void MarkMenuRuns(string[] plain, LineRole[] roles, int[] navTokens, int firstProse)
    {
        var i = 0;
        while (i < plain.Length)
        {
            if (!IsMenuCandidate(plain, roles, i))
            {
                i++;
                continue;
            }

            var start = i;
            int count = 0, navLike = 0, last = i;
            while (i < plain.Length && (roles[i] == LineRole.Blank || IsMenuCandidate(plain, roles, i)))
            {
                if (roles[i] != LineRole.Blank)
                {
                    count++;
                    last = i;
                    if (navTokens[i] > 0 || roles[i] == LineRole.Boilerplate)
                    {
                        navLike++;
                    }
                }

                i++;
            }

            var tiny = count >= 3 && (firstProse < 0 || last < firstProse) && AllTiny(plain, roles, start, last);
            if (((count >= 3 && navLike * 2 >= count) || tiny) && !IntroducesList(plain, roles, start, last))
            {
                for (var k = start; k <= last; k++)
                {
                    if (roles[k] == LineRole.Content)
                    {
                        roles[k] = LineRole.Boilerplate;
                    }
                }
            }

            i = last + 1;
        }
    }

    /// <summary>Every non-blank line of the run is a word or two (at most 6 chars, no digits): a menu laid out one item per line.</summary>
    private static bool AllTiny(string[] plain, LineRole[] roles, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (roles[k] != LineRole.Blank && (plain[k].Length > 6 || plain[k].AsSpan().ContainsAnyInRange('0', '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a line of the run, or the line just above it, announces the lines after it as a list of the text (前三名分别是, 名单如下：):
    /// a ranking or a name list laid out one item per line, not a menu or links.
    /// </summary>
    private static bool IntroducesList(string[] plain, LineRole[] roles, int start, int last)
    {
        var before = start - 1;
        while (before >= 0 && roles[before] == LineRole.Blank)
        {
            before--;
        }

        for (var k = Math.Max(before, 0); k < last; k++)
        {
            if (roles[k] != LineRole.Blank && TextCleaning.IntroducesList(plain[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMenuCandidate(string[] plain, LineRole[] roles, int i) =>
        (roles[i] == LineRole.Content || roles[i] == LineRole.Boilerplate) && IsShortPlain(plain[i], 10)
        && !StructurePatterns.BracketHeading().IsMatch(plain[i]);

    /// <summary>The short lines under a related-pages header (相关新闻, 猜你喜欢 …) are links, not text.</summary>
    private static void MarkRelatedLists(string[] plain, LineRole[] roles, CueFamily[] families)
    {
        for (var i = 0; i < plain.Length; i++)
        {
            if (families[i] != CueFamily.Related || roles[i] == LineRole.Content && plain[i].Length > 20)
            {
                continue;
            }

            roles[i] = LineRole.Boilerplate;
            for (var k = i + 1; k < plain.Length; k++)
            {
                if (roles[k] is LineRole.Blank or LineRole.PageMarker or LineRole.Boilerplate or LineRole.Metadata)
                {
                    continue;
                }

                var p = plain[k];
                var listItem = (p.Length <= 60 && !TextCleaning.EndsSentence(p)) || StructurePatterns.DocumentFileName().IsMatch(p);
                if (!listItem || FooterReader.StartsFooterLine(p) || StructurePatterns.BracketHeading().IsMatch(p))
                {
                    break;
                }

                roles[k] = LineRole.Boilerplate;
            }
        }
    }

    /// <summary>
    /// The sign-off of a notice or report: after its last line of text, the issuer on one line (or two) and
    /// the date on the next, or both on one line. Footer lines (抄送：…) and chrome after it are passed over.
    /// </summary>
    private static void MarkSignOff(string[] plain, LineRole[] roles, int firstProse, LineJudgement judgement)
    {
        if (firstProse < 0)
        {
            return;
        }

        var k = plain.Length - 1;
        while (k > firstProse && (roles[k] is LineRole.Blank or LineRole.PageMarker or LineRole.Boilerplate or LineRole.Metadata or LineRole.Byline
                   || (roles[k] == LineRole.Content && (FooterReader.StartsFooterLine(plain[k]) || IsPrintNote(plain[k]) || IsAttachmentLine(plain[k])))))
        {
            k--;
        }

        if (k <= firstProse)
        {
            return;
        }

        k = AboveAttachment(plain, roles, firstProse, k);
        DateOnly date;
        if (IsDateLine(plain[k], out date, out _))
        {
            roles[k] = LineRole.SignOff;
            judgement.SignOffDate = date;
            var issuers = IssuerLinesAbove(plain, roles, k, firstProse, 3, alsoSignOff: true);
            foreach (var i in issuers)
            {
                roles[i] = LineRole.SignOff;
            }

            judgement.SignOffIssuer = issuers.Count > 0 ? string.Join("、", issuers.Select(i => TextCleaning.RemoveWhitespace(plain[i]))) : null;
            return;
        }

        var m = FindDate(plain[k], dayFirst: false);

        if (m.Success && m.Index > 0 && plain[k].AsSpan(m.Index + m.Length).Trim().IsEmpty
            && MastheadReader.ToDate(m) is { } d && IsIssuerLine(plain[k][..m.Index]))
        {
            roles[k] = LineRole.SignOff;
            judgement.SignOffDate = d;
            judgement.SignOffIssuer = TextCleaning.RemoveWhitespace(plain[k][..m.Index]);
        }
        else if (!m.Success && IsIssuerLine(plain[k]) && TextCleaning.EndsSentence(PreviousText(plain, roles, k)))
        {
            // The issuer alone under the last paragraph, the date given elsewhere (or not at all).
            roles[k] = LineRole.SignOff;
            judgement.SignOffIssuer = TextCleaning.RemoveWhitespace(plain[k]);
        }
    }

    /// <summary>
    /// The issuer lines (at most <paramref name="max"/>, in reading order) right above line <paramref name="k"/> of a
    /// sign-off, blank lines and page markers passed over; lines already marked as sign-off count when
    /// <paramref name="alsoSignOff"/>.
    /// </summary>
    private static List<int> IssuerLinesAbove(string[] plain, LineRole[] roles, int k, int firstProse, int max, bool alsoSignOff)
    {
        var issuers = new List<int>();
        for (var j = k - 1; j > firstProse && issuers.Count < max; j--)
        {
            if (roles[j] is LineRole.Blank or LineRole.PageMarker)
            {
                continue;
            }

            if (!(roles[j] == LineRole.Content || (alsoSignOff && roles[j] == LineRole.SignOff)) || !IsIssuerLine(plain[j]))
            {
                break;
            }

            issuers.Insert(0, j);
        }

        return issuers;
    }

    /// <summary>
    /// A notice that prints its attachment after it signs off (…印发给你们，请认真贯彻落实。 / 某某区人民政府办公室 / 2020年7月20日
    /// / the attachment's title and text): when the end of the document holds no sign-off, the issuer line (up to two) right
    /// above a date alone on a line, under a paragraph that ends a sentence and above more text, is the sign-off.
    /// </summary>
    private static void MarkInnerSignOff(string[] plain, LineRole[] roles, int firstProse, int lastProse, LineJudgement judgement)
    {
        if (firstProse < 0 || judgement.SignOffIssuer is not null || judgement.SignOffDate is not null)
        {
            return;
        }

        for (var k = firstProse + 1; k < lastProse; k++)
        {
            if (roles[k] != LineRole.SignOff || !IsDateLine(plain[k], out var date, out _))
            {
                continue;
            }

            var issuers = IssuerLinesAbove(plain, roles, k, firstProse, 2, alsoSignOff: false);
            if (issuers.Count == 0 || !TextCleaning.EndsSentence(PreviousText(plain, roles, issuers[0], skipAttachments: true)))
            {
                continue;
            }

            foreach (var i in issuers)
            {
                roles[i] = LineRole.SignOff;
            }

            judgement.SignOffDate = date;
            judgement.SignOffIssuer = string.Join("、", issuers.Select(i => TextCleaning.RemoveWhitespace(plain[i])));
            return;
        }
    }

    /// <summary>
    /// Photo captions of news pages: short one-clause sentences (志愿者入户宣传。) standing between paragraphs
    /// or gathered after the text,
    /// with no time, no reporting verb and at most one comma. One such line may be a paragraph of its
    /// own; two or more in one document are its captions.
    /// </summary>
    private static void MarkCaptions(string[] plain, LineRole[] roles, int firstProse, int lastProse)
    {
        if (firstProse < 0)
        {
            return;
        }

        var candidates = new HashSet<int>();
        for (var i = firstProse + 1; i < plain.Length; i++)
        {
            if (roles[i] == LineRole.Content && IsCaptionLike(plain[i]))
            {
                candidates.Add(i);
            }
        }

        // A caption stands between paragraphs or beside other captions.
        var captions = new List<int>();
        foreach (var i in candidates)
        {
            var before = Neighbour(roles, i, -1);
            var after = Neighbour(roles, i, 1);
            // The end of a sentence that a page break cut (…统一设置公平秤、 / 第2页 / 信息公示栏和分类垃圾桶。) is no caption.
            var cutAbove = before >= 0 && !candidates.Contains(before) && !TextCleaning.EndsSentence(plain[before])
                && roles.AsSpan(before + 1, i - before - 1).Contains(LineRole.PageMarker);
            if (!cutAbove && (candidates.Contains(before) || (before >= 0 && IsProse(plain[before])))
                && (candidates.Contains(after) || (after >= 0 ? IsProse(plain[after]) : i > lastProse))
                && !IsParallelItem(plain, i, before, after))
            {
                captions.Add(i);
            }
        }

        if (captions.Count >= 2)
        {
            foreach (var i in captions)
            {
                roles[i] = LineRole.Boilerplate;
            }
        }
    }

    /// <summary>
    /// A sentence laid out a phrase a line: three or more short lines of text one under the other, a blank line
    /// between each two, none with a full stop, a colon or a bracket but the last, which ends the sentence (…取得了 /
    /// 全省文明城区测评第一名！, …共建美好家园~); commas may stand inside. A list of headlines never ends in a full stop
    /// or an exclamation mark.
    /// </summary>
    private static void MarkBrokenSentences(string[] plain, LineRole[] roles, bool[] opens)
    {
        var run = new List<int>();
        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] is LineRole.Blank)
            {
                continue;
            }

            var p = plain[i];
            if (roles[i] != LineRole.Content || p.Length is 0 or > 18)
            {
                run.Clear();
                continue;
            }

            var body = p.AsSpan(0, p.Length - 1);
            var ends = p[^1] is '。' or '！' or '!' or '？' or '?' or '~' or '～';
            if (body.IndexOfAny(BrokenSentenceStops) >= 0 || DigitRun().IsMatch(p)
                || (ends && body.IndexOfAny("，,") >= 0))
            {
                // A stop inside, a picture's file name (QQ截图20171117094731), or a whole sentence on one line
                // (十年磨一剑，砺得梅花香。): no phrase of a sentence laid out over lines.
                run.Clear();
                continue;
            }

            if (run.Count > 0 && run[^1] == i - 1)
            {
                // Phrases of a post stand apart, a blank line between them; lines one under the other are a
                // paragraph hard-wrapped, read as such elsewhere.
                run.Clear();
            }

            run.Add(i);
            if (ends)
            {
                if (run.Count >= 3)
                {
                    opens[run[0]] = true;
                }

                run.Clear();
            }
            else if (BrokenSentenceStops.Contains(p[^1]))
            {
                run.Clear();
            }
        }
    }

    private const string BrokenSentenceStops = "。；！？!?;：:|｜【】《》~～";

    /// <summary>
    /// A photo gallery copied from a news page: the headline printed again as each picture's alternative text,
    /// each time followed by the picture's caption (标题 / 社区工作人员清理楼道卫生 / 标题 / 拆除违法建筑 …). A short line
    /// without sentence punctuation standing three or more times in a chain, with only short lines and no
    /// prose between its copies, is such a repeat: every copy after the first goes, with the caption under it.
    /// </summary>
    private static void MarkGalleries(string[] plain, LineRole[] roles)
    {
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] is LineRole.Blank || plain[i].Length is < 8 or > 60 || plain[i].AsSpan().IndexOfAny("。；;！!？?") >= 0)
            {
                continue;
            }

            var key = TextCleaning.RemoveWhitespace(plain[i]);
            if (!seen.TryGetValue(key, out var at))
            {
                seen[key] = at = [];
            }

            at.Add(i);
        }

        foreach (var copies in seen.Values)
        {
            if (copies.Count < 3)
            {
                continue;
            }

            var chain = new List<int> { copies[0] };
            for (var k = 1; k <= copies.Count; k++)
            {
                if (k < copies.Count && IsCaptionGap(plain, roles, chain[^1], copies[k]))
                {
                    chain.Add(copies[k]);
                    continue;
                }

                if (chain.Count >= 3)
                {
                    DropGallery(plain, roles, chain, seen);
                }

                if (k < copies.Count)
                {
                    chain = [copies[k]];
                }
            }
        }
    }

    // Between two copies of a gallery's repeated line: at most two short lines of text, none of them prose.
    private static bool IsCaptionGap(string[] plain, LineRole[] roles, int from, int to)
    {
        var lines = 0;
        for (var i = from + 1; i < to; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            if (++lines > 2 || plain[i].Length > 40 || IsProse(plain[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void DropGallery(string[] plain, LineRole[] roles, List<int> chain, Dictionary<string, List<int>> seen)
    {
        for (var k = 1; k < chain.Count; k++)
        {
            for (var i = chain[k - 1] + 1; i < chain[k]; i++)
            {
                if (k > 1 && roles[i] == LineRole.Content)
                {
                    roles[i] = LineRole.Boilerplate;
                }
            }

            roles[chain[k]] = LineRole.Boilerplate;
        }

        // The caption under the last copy.
        var next = Neighbour(roles, chain[^1], 1);
        if (next >= 0 && plain[next].Length <= 40 && !IsProse(plain[next])
            && !(seen.TryGetValue(TextCleaning.RemoveWhitespace(plain[next]), out var others) && others.Count >= 3))
        {
            roles[next] = LineRole.Boilerplate;
        }
    }

    // In a drive told one 社区 a line (青松社区组织…。翠柏社区组织…。), a short sentence that opens with the same kind of
    // unit as the lines around it is one more item, not a caption.
    private static bool IsParallelItem(string[] plain, int i, int before, int after)
    {
        string? unit = OpeningUnit(plain[i]);
        return unit is not null
            && before >= 0 && OpeningUnit(plain[before]) == unit
            && after >= 0 && OpeningUnit(plain[after]) == unit;
    }

    private static readonly string[] ItemUnits = ["社区", "街道", "小区", "村", "镇", "乡", "学校", "支部"];

    // The unit word that ends the name a line opens with (青松社区组织… → 社区), looked for in its first ten characters.
    private static string? OpeningUnit(string p)
    {
        var head = p.AsSpan(0, Math.Min(p.Length, 10));
        int best = -1;
        string? unit = null;
        foreach (var u in ItemUnits)
        {
            int at = head.IndexOf(u, StringComparison.Ordinal);
            if (at > 0 && (best < 0 || at < best))
            {
                best = at;
                unit = u;
            }
        }

        return unit;
    }

    private static bool IsCaptionLike(string p)
    {
        var length = p.Length;
        if (length < 6 || length > 32 || p[^1] != '。' || p.AsSpan(0, length - 1).IndexOfAny("。；;：:！!？?（(【") >= 0
            || p.AsSpan().Count('，') + p.AsSpan().Count(',') > 1)
        {
            return false;
        }

        return !CaptionExclusion().IsMatch(p);
    }

    private static int Neighbour(LineRole[] roles, int i, int step)
    {
        for (var k = i + step; k >= 0 && k < roles.Length; k += step)
        {
            if (roles[k] == LineRole.Content)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsProse(string p) => p.Length >= 25 && p.AsSpan().IndexOfAny("，。,；") >= 0;

    /// <summary>What a caption does not hold: a time, a reporting or modal verb, a meeting, what a check found (存在…现象, 未…, 破损).</summary>
    [GeneratedRegex(@"[0-9０-９]|[年月日]|上午|下午|晚上|近日|日前|当天|今年|昨天|强调|指出|要求|表示|认为|提出|希望|会议|通知|决定|要|将|应|须|已|了|存在|现象|未|没有|不及时|破损", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CaptionExclusion();

    /// <summary>
    /// Below the last line of prose, two or more short headline-like lines with nothing under them are links to
    /// other pages (a related list without its header), not titles of the document.
    /// </summary>
    private static void MarkTrailingHeadlines(string[] plain, LineRole[] roles, int lastProse)
    {
        if (lastProse < 0)
        {
            return;
        }

        var headlines = new List<int>();
        for (var i = lastProse + 1; i < plain.Length; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            var p = plain[i];
            if (FooterReader.StartsFooterLine(p))
            {
                break;
            }

            if (p.Length > 0 && p[^1] is '。' or '~' or '～')
            {
                // A sentence among the short lines (…投诉电话：8937736。, 让我们一起共建美好家园~): the text goes on in short
                // lines, as posts for phones write it; they are no list of links.
                return;
            }

            if (ChineseNumberedItem().IsMatch(p) || TextCleaning.IsEnumeration(p))
            {
                // 一、… / （二）… or a line of names (简阳市、什邡市、蒲江县) below the prose: the text goes on as a list;
                // only what stands below it can be links.
                headlines.Clear();
                continue;
            }

            if (p.Length > 0 && ((IsShortPlain(p, 40) && p[0] is not ('（' or '(' or '【') && p[^1] is not ('）' or ')')) || IsTaggedHeadline(p)))
            {
                headlines.Add(i);
            }
        }

        // 前三名分别是 / 名单如下： among them: the lines are the text's own list, laid out one item per line.
        if (headlines.Count >= 2 && !TextCleaning.IntroducesList(plain[lastProse]) && !headlines.Exists(i => TextCleaning.IntroducesList(plain[i])))
        {
            foreach (var i in headlines)
            {
                roles[i] = LineRole.Boilerplate;
            }
        }
        else if (headlines.Count == 1 && NextPiece().IsMatch(plain[headlines[0]]))
        {
            // A sample-essay page cut after its first piece: the next piece's title (…工作总结 篇2) with nothing under it.
            roles[headlines[0]] = LineRole.Boilerplate;
        }
    }

    /// <summary>The title of one piece of a sample-essay collection: …工作总结 篇2, …（第3篇）.</summary>
    [GeneratedRegex(@"^.{1,40}?(?:篇\s*[0-9一二三四五六七八九十]{1,2}|[(（]?第[0-9一二三四五六七八九十]{1,2}篇[)）]?)$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NextPiece();

    // A column tag and a headline on one line (【红色章贡】先辈足迹——伍若兰, one comma allowed): below the text, a link to
    // another page; a tag alone (【工作动态】) heads a section, and a tagged brief is a sentence.
    private static bool IsTaggedHeadline(string p)
    {
        var m = StructurePatterns.BracketHeading().Match(p);
        if (!m.Success)
        {
            return false;
        }

        var rest = m.Groups["rest"].ValueSpan;
        return rest.Length >= 6 && p.Length <= 45 && rest.IndexOfAny("。；;！!？?") < 0
            && rest.Count('，') + rest.Count(',') <= 1;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ChineseNumberedItem();

    /// <summary>
    /// Two or more links to other pages in a row, each a keyword, a bar and a headline on a list line of its own
    /// (- 初雪|迎着新年初雪…), or three without the dash: a site's list of other pages, not text or titles. One such line
    /// alone is a column tag before a headline (创城动态|某街道…) and stays.
    /// </summary>
    private static void MarkKeywordLinks(string text, IReadOnlyList<TextSpan> lines, string[] plain, LineRole[] roles)
    {
        var run = new List<int>();
        var dashed = 0;
        for (var i = 0; i <= plain.Length; i++)
        {
            if (i < plain.Length && roles[i] == LineRole.Blank)
            {
                continue;
            }

            if (i < plain.Length && roles[i] == LineRole.Content && KeywordLink().IsMatch(plain[i]))
            {
                run.Add(i);
                var raw = Trimmed(text, lines[i]);
                if (raw.Length > 0 && raw[0] is '-' or '－' or '·' or '•' or '*')
                {
                    dashed++;
                }

                continue;
            }

            if (run.Count >= 3 || (run.Count >= 2 && dashed == run.Count))
            {
                foreach (var k in run)
                {
                    roles[k] = LineRole.Boilerplate;
                }
            }

            run.Clear();
            dashed = 0;
        }
    }

    /// <summary>
    /// A link glued to the end of a line after its last sentence, and on the last line of text of a preview
    /// (before its read-on prompt or the end) a closing … or link, are marks of the copy, not text.
    /// </summary>
    private static void MarkCutEnds(string text, IReadOnlyList<TextSpan> lines, LineRole[] roles, CueFamily[] families, int[] cutEnd)
    {
        var lastContent = -1;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            lastContent = i;
            var raw = Trimmed(text, lines[i]);
            var m = GluedLink().Match(raw.ToString());
            if (m.Success && m.Index > 0 && (TextCleaning.IsTerminal(raw[m.Index - 1]) || TextCleaning.IsCloser(raw[m.Index - 1])))
            {
                cutEnd[i] = raw.Length - m.Index;
            }
        }

        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            var next = NextNonBlank(roles, i + 1);
            var atCut = i == lastContent && (next < 0 || families[next] is CueFamily.DocShare or CueFamily.Related or CueFamily.Chrome or CueFamily.Legal);
            if (!atCut && !(next >= 0 && roles[next] == LineRole.Boilerplate && families[next] == CueFamily.DocShare))
            {
                continue;
            }

            var raw = Trimmed(text, lines[i]);
            var m = CutMark().Match(raw.ToString());
            if (m.Success && m.Index > 0 && !TextCleaning.IsSpace(raw[m.Index - 1]))
            {
                cutEnd[i] = Math.Max(cutEnd[i], raw.Length - m.Index);
            }
        }
    }

    /// <summary>
    /// The last line of text above line <paramref name="k"/>; with <paramref name="skipAttachments"/>, attachment lines
    /// (附件：…) passed over, as a notice names its attachments between its last paragraph and its sign-off.
    /// </summary>
    private static string PreviousText(string[] plain, LineRole[] roles, int k, bool skipAttachments = false)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (roles[j] == LineRole.Content && !(skipAttachments && IsAttachmentLine(plain[j])))
            {
                return plain[j];
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Where a notice's sign-off ends when the notice prints its attachment after it (… / 某某办公室 / 2023年11月6日 / 附件 /
    /// the attachment's title and table): the date line right above the last attachment line at or above
    /// <paramref name="k"/>; <paramref name="k"/> itself when no attachment line stands right under a date.
    /// </summary>
    private static int AboveAttachment(string[] plain, LineRole[] roles, int firstProse, int k)
    {
        if (IsDateLine(plain[k], out _, out _))
        {
            return k;
        }

        for (var a = k; a > firstProse + 1; a--)
        {
            if (roles[a] != LineRole.Content || !IsAttachmentLine(plain[a]))
            {
                continue;
            }

            var d = a - 1;
            while (d > firstProse && roles[d] is LineRole.Blank or LineRole.PageMarker)
            {
                d--;
            }

            if (d > firstProse && IsDateLine(plain[d], out _, out _))
            {
                return d;
            }
        }

        return k;
    }

    /// <summary>
    /// A line that names a notice's attachment: 附件 alone, or 附件：… / 附件1. … / 附件二：… with a title of at most 60
    /// characters that ends no sentence.
    /// </summary>
    private static bool IsAttachmentLine(string p)
    {
        var t = p.AsSpan().Trim();
        if (!t.StartsWith("附件", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = t[2..].TrimStart("0123456789一二三四五六七八九十 ");
        if (rest.IsEmpty)
        {
            return t.Length <= 6;
        }

        if (rest[0] is not (':' or '：' or '.' or '．' or '、'))
        {
            return false;
        }

        rest = rest[1..].Trim();
        return rest.Length is > 0 and <= 60 && !TextCleaning.EndsSentence(rest.ToString());
    }

    private static bool IsPrintNote(string p) =>
        (p.StartsWith('（') || p.StartsWith('(')) && (p.Contains("此件", StringComparison.Ordinal) || p.Contains("联系人", StringComparison.Ordinal) || p.Contains("共印", StringComparison.Ordinal));

    /// <summary>A line that names an issuing body and nothing else: short, no sentence punctuation, an office-like ending.</summary>
    internal static bool IsIssuerLine(string p)
    {
        p = p.Trim();
        if (p.EndsWith("（盖章）", StringComparison.Ordinal) || p.EndsWith("(盖章)", StringComparison.Ordinal))
        {
            p = p[..^4].TrimEnd();
        }

        if (p.Length is < 3 or > 40 || p.AsSpan().IndexOfAny("，。；！？,;:：“”\"《》") >= 0)
        {
            return false;
        }

        var name = TraditionalChars.Fold(TextCleaning.RemoveWhitespace(p));
        return StructurePatterns.OrganizationSuffix().IsMatch(name) || IssuerEnding().IsMatch(name);
    }

    /// <summary>
    /// A line that is a date and nothing else (a time, a weekday or 印发 may follow): 2022年9月16日,
    /// 2021-09-27 10:31, 二〇二二年九月十六日, 20.08.2015 16:16.
    /// </summary>
    internal static bool IsDateLine(string p, out DateOnly date, out bool withTime)
    {
        date = default;
        withTime = false;
        if (p.Length > 40 || p.Length < 6)
        {
            return false;
        }

        var m = FindDate(p, dayFirst: true);

        if (!m.Success || MastheadReader.ToDate(m) is not { } d)
        {
            return false;
        }

        var before = p.AsSpan(0, m.Index).Trim();
        var after = p.AsSpan(m.Index + m.Length).Trim();
        if (!before.IsEmpty && !(before.Length <= 8 && before.IndexOfAny("：:") == before.Length - 1 && before.Length > 0))
        {
            return false;
        }

        if (!after.IsEmpty && !DateTail().IsMatch(after))
        {
            return false;
        }

        withTime = after.IndexOfAny(":：") >= 0;
        date = d;
        return true;
    }

    /// <summary>
    /// A page's dateline with furniture around it: a date and time followed by a few words of chrome
    /// (2021年11月05日 11:43:21 编辑：, 2013-05-16 10:09:09 字号：), or, above the text, a short line that
    /// ends in a date (a site or account name, then 2017-07-22). No sentence punctuation in either.
    /// </summary>
    internal static bool IsDatedPageLine(string p, bool aboveText)
    {
        if (p.Length > 48 || p.AsSpan().IndexOfAny("。，,；;！!？?") >= 0)
        {
            return false;
        }

        var m = FindDate(p, dayFirst: false);

        if (!m.Success || MastheadReader.ToDate(m) is null)
        {
            return false;
        }

        var after = p.AsSpan(m.Index + m.Length).TrimStart();
        // A date and time opening the line, or closing a line of credits above the text (【记者 某某】 | 2020-08-17 22:35).
        if ((m.Index == 0 || aboveText) && TimeOfDay().Match(after.ToString()) is { Success: true, Index: 0 } time)
        {
            return after.Length - time.Length <= 24;
        }

        // A masthead's issuer-and-date line (首都精神文明办 2020年3月6日) is not page furniture.
        return aboveText && m.Index > 0 && after.IsEmpty && p.Length <= 40 && p[m.Index..].Contains('-')
            && !IsIssuerLine(p[..m.Index].Trim());
    }

    /// <summary>
    /// The first date of a line: Chinese (2022年9月16日), else numeric (2022-09-16, 2022/9/16), else, when
    /// <paramref name="dayFirst"/>, day first as some mirror sites print it (20.08.2015).
    /// </summary>
    private static Match FindDate(string p, bool dayFirst)
    {
        var m = StructurePatterns.ChineseDate().Match(p);
        if (!m.Success)
        {
            m = StructurePatterns.NumericDate().Match(p);
        }

        if (!m.Success && dayFirst)
        {
            m = DayFirstDate().Match(p);
        }

        return m;
    }

    /// <summary>A time of day: 11:43, 11:43:21.</summary>
    [GeneratedRegex(@"[0-9]{1,2}\s*[:：]\s*[0-9]{2}(?:\s*[:：]\s*[0-9]{2})?", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TimeOfDay();

    /// <summary>
    /// Page chunks of a document-sharing copy open with "2、", "3、" … in the middle of a sentence: the line
    /// before does not end a sentence (nor a list item or a heading). The marker is dropped and the lines
    /// join; the "1、" at the start of the first chunk goes too.
    /// </summary>
    private static void MarkChunkMarkers(string text, IReadOnlyList<TextSpan> lines, string[] plain, LineRole[] roles, int[] chunk)
    {
        var previous = -1;
        var expected = 0;
        var firstChunk = -1;
        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            var m = ChunkMarker().Match(plain[i]);
            if (m.Success && previous >= 0)
            {
                var number = int.Parse(m.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                var before = plain[previous];
                var cut = !TextCleaning.EndsSentence(before) && before.Length > 15 && before[^1] is not ('：' or ':' or '；' or ';');

                // A short line opening with the number before (1、青山县…堵塞楼道 / 2、…) is the item before in a list,
                // not a page of text cut mid-sentence.
                var listed = before.Length < 80 && ChunkMarker().Match(before) is { Success: true } b
                    && int.Parse(b.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) == number - 1;
                if (number >= 2 && cut && !listed && (expected == 0 || number == expected))
                {
                    chunk[i] = MarkerLength(text, lines[i], m.Groups["n"].Length);
                    plain[i] = plain[i][(m.Index + m.Length)..].TrimStart();
                    expected = number + 1;
                    if (firstChunk < 0)
                    {
                        firstChunk = i;
                    }
                }
            }

            previous = i;
        }

        if (firstChunk < 0)
        {
            return;
        }

        for (var i = 0; i < firstChunk; i++)
        {
            if (roles[i] != LineRole.Content)
            {
                continue;
            }

            var m = ChunkMarker().Match(plain[i]);
            if (m.Success && m.Groups["n"].ValueSpan.SequenceEqual("1"))
            {
                chunk[i] = MarkerLength(text, lines[i], 1);
                plain[i] = plain[i][(m.Index + m.Length)..].TrimStart();
            }

            break;
        }
    }

    /// <summary>
    /// A copy that glues a page's "第1页共4页" to the text after it (第1页共4页关于创建工作情况的报告…): the marker is no
    /// text; the line is read from after it, and the line before runs on into it when a sentence was cut there.
    /// </summary>
    private static void MarkGluedPageMarkers(string text, IReadOnlyList<TextSpan> lines, string[] plain, LineRole[] roles, int[] chunk)
    {
        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] != LineRole.Content || chunk[i] > 0)
            {
                continue;
            }

            var raw = Trimmed(text, lines[i]);
            var m = GluedPageOfPages().Match(raw.ToString());
            if (m.Success && raw.Length - m.Length >= 2)
            {
                chunk[i] = m.Length;
                plain[i] = Clean(raw[m.Length..]);
            }
        }
    }

    [GeneratedRegex(@"^第\s*[0-9]{1,4}\s*页\s*[,，/、]?\s*共\s*[0-9]{1,4}\s*页\s*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex GluedPageOfPages();

    /// <summary>The length of "N、" at the start of a raw line after its leading spaces and marks.</summary>
    private static int MarkerLength(string text, TextSpan line, int digits)
    {
        var raw = Trimmed(text, line);
        var k = 0;
        while (k < raw.Length && !char.IsAsciiDigit(raw[k]) && k < 4)
        {
            k++;
        }

        k += digits;
        while (k < raw.Length && raw[k] != '、')
        {
            k++;
        }

        return Math.Min(raw.Length, k + 1);
    }

    private static void FindMetadataDate(string[] plain, LineRole[] roles, int firstProse, LineJudgement judgement)
    {
        for (var i = 0; i < plain.Length && judgement.MetadataIssuer is null; i++)
        {
            var issuer = roles[i] is LineRole.Metadata or LineRole.Boilerplate ? PublisherField().Match(plain[i]) : null;
            if (issuer is { Success: true })
            {
                judgement.MetadataIssuer = issuer.Groups["org"].Value;
            }
        }

        for (var i = 0; i < plain.Length; i++)
        {
            if (roles[i] != LineRole.Metadata)
            {
                continue;
            }

            var m = FindDate(plain[i], dayFirst: true);

            if (m.Success && MastheadReader.ToDate(m) is { } d)
            {
                judgement.MetadataDate = d;
                return;
            }
        }

        // Else a page header that glues breadcrumbs, source and a timestamp into one line of chrome
        // (您的位置：首页 >> 新闻中心 来源：某网 2018-02-22 15:40:01): a date followed by a time, above the text.
        for (var i = 0; i < plain.Length && (firstProse < 0 || i < firstProse); i++)
        {
            if (roles[i] != LineRole.Boilerplate)
            {
                continue;
            }

            var labelled = LabelledDate().Match(plain[i]);
            if (labelled.Success && FindDate(plain[i][labelled.Index..], dayFirst: false) is { Success: true } stated
                && stated.Index == labelled.Length && MastheadReader.ToDate(stated) is { } published)
            {
                // A toolbar that carries the page's date (【大 中 小】 【打印】 发布时间：2018-01-23).
                judgement.MetadataDate = published;
                return;
            }

            var m = FindDate(plain[i], dayFirst: false);
            if (m.Success && TimeOfDay().Match(plain[i], m.Index + m.Length) is { Success: true } time
                && plain[i].AsSpan(m.Index + m.Length, time.Index - m.Index - m.Length).IsWhiteSpace()
                && MastheadReader.ToDate(m) is { } d)
            {
                judgement.MetadataDate = d;
                return;
            }
        }
    }

    /// <summary>A link: a URL, a www. host or a file on a site.</summary>
    [GeneratedRegex(@"https?://|www\.|\.(?:com|cn|net|org|gov)(?:\.cn)?(?:/|\b)|\.s?html?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Link();

    /// <summary>An e-mail address.</summary>
    [GeneratedRegex(@"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Email();

    /// <summary>A forum reply's floor marker, alone or with the poster's name: 3楼, 12# 某网友.</summary>
    [GeneratedRegex(@"^[0-9]{1,5}\s*(?:楼|#)(?:\s+\S{1,20})?$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ForumFloor();

    /// <summary>A site's name alone: two to eight Han characters ending in 网 (新疆民生网, 中新網).</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}(?:网|網|网站|網站)$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SiteName();

    /// <summary>Markup left by scraping: HTML tags, markdown images, empty table rows, rows of dots, a bare page counter (/ 5), a lone ? or � where a picture or an emoji was, a forum's anti-copy junk (6 k' R: e" p2 W; Y7).</summary>
    [GeneratedRegex(@"^<\s*/?\s*[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^>]{0,300})?/?>|<\s*/?\s*(?:p|div|span|br|img|a|td|tr|table|strong|font)\b[^>]{0,300}>|!\[[^\]]{0,200}\]\(|\|\s*\|\s*\||^[|\s:：-]{3,}$|^[\s:：-]*[|｜][|｜\s:：-]*$|^[…．.·•_\s]{3,}$|^\s*/\s*[0-9]{1,4}\s*$|^\s*[?？\uFFFD]{1,3}\s*$|^(?=(?:[^\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]*[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]){3})\s*(?:[\x21-\x7E]{1,3}\s+){4,}[\x21-\x7E]{1,3}\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Debris();

    /// <summary>Read-on prompts of previews: 剩余2页未读, 还剩3页.</summary>
    [GeneratedRegex(@"(?:剩余|还剩|剩下)\s*[0-9]{1,4}\s*页|[0-9]{1,5}\s*积分", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReadOnRemainder();

    /// <summary>A preview page line of a document-sharing site: 某某简报_第2页, 某某简报-第2页.</summary>
    [GeneratedRegex(@"^.{0,80}[_＿]\s*第\s*[0-9]{1,4}\s*页\s*$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ChunkPageLine();

    /// <summary>
    /// An e-paper's page line: 第006版：区县, or the paper's name with a page code or date (绍兴日报 B2 越城新闻,
    /// 重庆日报 2022年11月18日 星期五).
    /// </summary>
    [GeneratedRegex(@"^第\s*[A-Z]?\s*[0-9]{1,3}\s*版|^[A-Za-z]?[0-9]{2,5}\s*版\s*[:：]|^\S{2,12}(?:日报|晚报|时报|商报|早报|都市报)\s*数字报纸?$|^\S{2,10}(?:日报|晚报|时报|商报|早报|都市报)$|^\S{2,12}(?:日报|晚报|时报|商报|早报|都市报)\s*(?:[A-Z][0-9]{1,3}(?![0-9])|第\s*[A-Z]?[0-9]{1,3}\s*版|[0-9]{4}\s*年|[0-9]{4}[-./])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex EpaperLine();

    /// <summary>A metadata field naming the publishing body: 发布机构：小店区文明办.</summary>
    [GeneratedRegex(@"(?:发布机构|发文机关|发文单位|發布機構)\s*[:：]\s*(?<org>[^\s:：|｜]{2,40})", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PublisherField();

    /// <summary>A link at the end of a line.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]{2,300}$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex GluedLink();

    /// <summary>The mark a preview leaves where it is cut: one … (not ……), ..., or a glued link.</summary>
    [GeneratedRegex(@"(?<!…)(?:…|\.{3}|(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]{2,300})$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CutMark();

    /// <summary>A headline that opens with what a reporter did: 记者走访…, 本报记者探访….</summary>
    [GeneratedRegex(@"^(?:本报|本台|本网)?记者(?:走访|探访|调查|观察|暗访|直击|体验|跟随|蹲点|实地|手记|再访|回访|夜访)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReporterHeadline();

    /// <summary>An office and a name alone on a line, parted by a space: 中共某某市委书记 某某, 某某区区长 某某.</summary>
    [GeneratedRegex(@"^(?:中共)?[\u4E00-\u9FFF]{2,20}(?:书记|市长|区长|县长|州长|主任|部长|局长|主席|委员)\s+[\u4E00-\u9FFF]{2,3}$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex AuthorLine();

    /// <summary>A link to another page as a site lists them: a keyword of up to eight characters, a bar and a headline (英模|某某，被追授…).</summary>
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{1,8}\s*[|｜]\s*[^|｜]{4,60}$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex KeywordLink();

    /// <summary>A page's publication label and a date after it: 发布时间：2022-09-30, 上传日期:2021年3月5日, 发布: 2020年09月02日.</summary>
    [GeneratedRegex(@"^(?:(?:发布|上传|发表|更新)(?:时间|日期)|发布)\s*[:：]\s*(?:19|20)[0-9]{2}\s*[-/.年]", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PublishedLabel();

    /// <summary>A publishing-date label inside a line (… 发布时间：, 发布日期:), up to where its date starts.</summary>
    [GeneratedRegex(@"(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LabelledDate();

    /// <summary>A fixed-line number with its area code, alone (0632-3181189, (0571)87654321).</summary>
    [GeneratedRegex(@"^[(（]?0[0-9]{2,3}[)）]?\s*[-－—]?\s*[0-9]{7,8}$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BarePhone();

    /// <summary>Eight digits or more in a row (a timestamp in a file name, an account number).</summary>
    [GeneratedRegex(@"[0-9]{8,}", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DigitRun();

    /// <summary>A line of one number of five digits or more, alone.</summary>
    [GeneratedRegex(@"^\s*[0-9]{5,}\s*$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LongNumber();

    /// <summary>A line of a post's counters only: 阅读 2381 在看 17, 浏览量：1.2万, 点赞 35 分享 12, a forum's 查看: 218|回复: 0.</summary>
    [GeneratedRegex(@"^(?:(?:阅读|浏览|浏览量|在看|点赞|赞|分享|转发|评论|收藏|查看|回复)\s*[:：]?\s*[0-9][0-9.,万+]*\s*(?:次)?\s*[|｜]?\s*){1,5}$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SocialCounts();

    /// <summary>A day-first date: 27.09.2021.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    internal static partial Regex DayFirstDate();

    /// <summary>A chunk marker at the start of a line: 2、.</summary>
    [GeneratedRegex(@"^\s*(?<n>[0-9]{1,2})\s*、", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ChunkMarker();

    /// <summary>What may follow a date on a date line: a time, a weekday, 印发.</summary>
    [GeneratedRegex(@"^(?:[0-9]{1,2}\s*[:：]\s*[0-9]{2}(?:\s*[:：]\s*[0-9]{2})?|(?:星期|周)[一二三四五六日天]|印发|制发|发布)(?:\s+(?:[0-9]{1,2}\s*[:：]\s*[0-9]{2}(?:\s*[:：]\s*[0-9]{2})?|(?:星期|周)[一二三四五六日天]))*(?:\s+[0-9]{1,7})?$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DateTail();

    /// <summary>Endings of issuing bodies beyond the office words: 人民政府, 创城办, 指挥部, 街道办事处 …</summary>
    [GeneratedRegex(@"(?:人民政府|政府|创城办|创文办|创卫办|指挥部|领导小组|委员会|办公室|办事处|文明办|宣传部|党委|党工委|管委会|街道|镇|乡|中心|集团|公司|学校|医院|协会|联合会)(?:[（(]盖章[)）])?$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IssuerEnding();
}
