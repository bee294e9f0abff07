using System.Text;
using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>
/// Builds sections, articles, paragraphs and the footer from the body lines of one document, one line
/// at a time. Holds the state of one parse; never shared.
/// </summary>
internal sealed partial class BodyBuilder
{
    private const int MaxTitleLength = 60;
    private const int MaxShortLine = 50;
    private const int MaxPartHeading = 40;

    private enum BlockKind
    {
        None,
        Title,
        Text,
    }

    private readonly string _text;
    private readonly Masthead _masthead;
    private readonly List<Section> _sections = [];
    private readonly List<Article> _articles = [];
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<TextSpan> _block = [];
    private readonly List<string> _blockPlain = [];
    private readonly FooterReader _footer = new();
    private readonly PageNumberTracker _pages = new();
    private readonly LineJudgement _judged;
    private readonly List<string?> _leadBold = [];

    private string? _title;
    private bool _wantTitle;
    private bool _emittedAny;

    private string? _heading;
    private string _category = SectionCategories.Other;

    private string? _articleTitle;
    private string? _articleAttribution;
    private string? _articleTag;

    private BlockKind _blockKind;
    private int _paragraphIndex;
    private bool _inFooter;
    private int _sectionsBeforeFooter = -1;
    private bool _creditsInText;
    private int _lineIndex;
    private (char Shape, int Number) _lastItem;
    private bool _pageBreakAfterTitle;
    private readonly int _wrapWidth;
    private DateOnly? _headDate;
    private string? _headIssuer;
    private bool _skippedLine;

    /// <summary>Whether the block before is an item of a list laid out one item per line (after 前三名分别是：).</summary>
    private bool _lineList;

    // The current block is complete in itself: one short line a colon announced (需要经过五道工序： / 申报→推荐→测评), or an
    // exposure post's item with its place (车辆乱停乱放 地点：莲西社区). The next line starts anew.
    private bool _blockComplete;
    private bool _blankBefore;

    // Lines without a footer key read after a blank line inside the footer, and the list they ran on before them:
    // given back to the text when prose follows (see the footer branch of AcceptLine).
    private readonly List<(int Index, TextSpan Line)> _footerHeld = [];
    private (List<string>? List, int Count) _footerHeldMark;
    private bool _nextAdjacent;
    private string? _blockLeadBold;

    // Part headings: the one the next paragraphs sit under, and one read but not yet followed by text.
    private TextSpan _articleTitleSource;
    private TextSpan _lastTitleSource;
    private string? _part;
    private (string Text, TextSpan Source, int Family)? _pendingPart;

    /// <summary>Starts a body after the masthead (and the title found with it, if any).</summary>
    /// <param name="text">The whole source text.</param>
    /// <param name="head">What the masthead reader found.</param>
    /// <param name="wrapWidth">
    /// The width at which the document's lines were hard-wrapped, or 0 when they were not; a line that
    /// long is never a title.
    /// </param>
    /// <param name="judged">The role of every line of <paramref name="text"/>.</param>
    public BodyBuilder(string text, MastheadResult head, int wrapWidth, LineJudgement judged)
    {
        _text = text;
        _wrapWidth = wrapWidth;
        _judged = judged;
        var m = head.Masthead;
        if (m.Publication is null && m.Issue is null && m.TotalIssue is null && m.Date is not null)
        {
            // A headline with a date under it is a page's metadata, not a bulletin's masthead.
            _headDate = m.Date;
            m = m with { Date = null };
        }

        _masthead = m;
        _title = head.Title;
        _wantTitle = head.Title is null && head.Masthead.Publication is null;
    }

    /// <summary>Reads one source line (without its line break).</summary>
    /// <param name="index">The line's index among the document's lines.</param>
    /// <param name="line">The line's span.</param>
    public void AcceptLine(int index, TextSpan line)
    {
        _lineIndex = index;
        var role = _judged.Roles[index];
        if (role == LineRole.PageMarker)
        {
            _pageBreakAfterTitle = _blockKind == BlockKind.Title && _block.Count == 1;
            var page = StructurePatterns.PageMarker().Match(_judged.Plain[index]);
            if (page.Success)
            {
                _pages.Seen(int.Parse(page.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture));
            }

            return;
        }

        if (role != LineRole.Content)
        {
            _skippedLine = role != LineRole.Blank;
            _blankBefore |= role == LineRole.Blank;
            return;
        }

        if (_wantTitle && !_emittedAny && _blockKind == BlockKind.None && _headIssuer is null && !_skippedLine
            && LineJudge.IsIssuerLine(_judged.Plain[index]) && NextIsTitleLine(index))
        {
            // A notice opens with the body that issues it, above its title.
            _headIssuer = TextCleaning.RemoveWhitespace(_judged.Plain[index]);
            return;
        }

        _nextAdjacent = index + 1 < _judged.Roles.Length && _judged.Roles[index + 1] == LineRole.Content;
        var (start, end) = Trim(line.Start, line.End);
        start = Math.Min(end, start + _judged.ChunkMarker[index]);
        end = Math.Max(start, end - _judged.CutEnd[index]);
        (start, end) = Trim(start, end);
        if (start >= end)
        {
            return;
        }

        var raw = _text.AsSpan(start, end - start);
        var plain = _judged.ChunkMarker[index] > 0 || _judged.CutEnd[index] > 0
            ? TextCleaning.RemovePinyinAnnotations(LineJudge.Clean(raw))
            : TextCleaning.RemovePinyinAnnotations(_judged.Plain[index]);
        if (plain.Length == 0)
        {
            return;
        }

        if (!_inFooter && TextCleaning.IsTableRow(raw) && !FooterReader.StartsFooterLine(plain))
        {
            // Table cells are figures, not prose.
            return;
        }

        if (!_inFooter && LineJudge.IsDateLine(plain, out var lineDate, out _))
        {
            // A date on a line of its own is never a title or a paragraph: under a headline it dates the page.
            if (!_emittedAny || _paragraphs.Count == 0 && _articles.Count == 0 && _sections.Count == 0)
            {
                _headDate ??= lineDate;
            }

            return;
        }

        if (plain.Length <= MaxTitleLength && ((_masthead.Publication is { } publication && IsRunningHeader(plain, publication))
            || (_title is { } title && _emittedAny && IsRunningHeader(plain, title))))
        {
            // The publication title repeated as a running page header (with the issue number, or a page number).
            _skippedLine = true;
            return;
        }

        var bracket = StructurePatterns.BracketHeading().Match(plain);
        if (_inFooter)
        {
            if (bracket.Success && bracket.Groups["rest"].Length == 0 && SectionCategories.IsCore(bracket.Groups["name"].Value))
            {
                _inFooter = false;
            }
            else if (_footer.HoldsStaffOnly && IsProseLine(plain))
            {
                // Credit lines (初审编辑：…, 责任编辑：…) printed above or inside a web page's text: the text goes on, and
                // the section the credits closed is opened again.
                _inFooter = false;
                _creditsInText = true;
                ReopenSectionClosedByFooter();
            }
            else if (!_footer.HoldsStaffOnly && IsProseLine(plain) && !FooterReader.StartsFooterLine(plain))
            {
                // Text after a notice's 抄送 or 报/送/发 lines: the plan or rules it issues, printed after it. The footer
                // ends there, and the lines it took after a blank line (the attachment's title) go back to the text.
                _inFooter = false;
                FooterReader.TruncateList(_footerHeldMark);
                var held = _footerHeld.ToArray();
                _footerHeld.Clear();
                _blankBefore = true;
                foreach (var (heldIndex, heldLine) in held)
                {
                    AcceptLine(heldIndex, heldLine);
                }

                AcceptLine(index, line);
                return;
            }
            else
            {
                if (FooterReader.StartsFooterLine(plain))
                {
                    _footerHeld.Clear();
                }
                else if (_blankBefore || _footerHeld.Count > 0)
                {
                    if (_footerHeld.Count == 0)
                    {
                        _footerHeldMark = _footer.ListMark;
                    }

                    _footerHeld.Add((index, line));
                }

                _blankBefore = false;
                _footer.AcceptLine(plain);
                return;
            }
        }

        if (FooterReader.StartsFooterLine(plain))
        {
            _sectionsBeforeFooter = _sections.Count;
            FinishSection();
            _inFooter = true;
            _blankBefore = false;
            _footerHeld.Clear();
            _footer.AcceptLine(plain);
            return;
        }

        if (bracket.Success)
        {
            AcceptBracket(bracket.Groups["name"].Value, bracket.Groups["rest"].Length > 0, start, end);
            return;
        }

        if (_blockKind == BlockKind.Text && plain.Length <= 31 && plain[^1] is '）' or ')' && plain.AsSpan().IndexOfAny("（(，。") < 0
            && OpenAttribution(_blockPlain[^1]) is var open and >= 0)
        {
            // An attribution cut by a line break: "……曝光。（" then "区文明办）", or "……。（南" then "湖街道）".
            var last = _blockPlain[^1];
            var who = (last[(open + 1)..] + plain[..^1]).Trim();
            _blockPlain[^1] = last[..open].TrimEnd();
            FinishBlock();
            Attribute(who);
            return;
        }

        // A line that is only an attribution is short; a long line is not matched at all (a 3 MB line would be scanned
        // from every bracket in it).
        var attribution = raw.Length <= 120 ? StructurePatterns.TrailingAttribution().Match(raw.ToString()) : Match.Empty;
        if (attribution.Success && attribution.Index == 0)
        {
            var who = attribution.Groups["who"].Value.Trim();
            if (who != "完")
            {
                FinishBlock();
                Attribute(who);
            }

            return;
        }

        AcceptText(start, end);
    }

    private void AcceptBracket(string rawName, bool hasRest, int start, int end)
    {
        var name = TextCleaning.RemoveWhitespace(rawName);
        var core = SectionCategories.IsCore(name);
        if (hasRest && !core && IsDateline(name))
        {
            // A news dateline in brackets before the lead (【某某报网讯】记者…报道：…) opens the paragraph; it tags nothing.
            AcceptText(start, end);
            return;
        }

        var close = hasRest ? _text.IndexOf('】', start, end - start) : -1;
        if (core || (!hasRest && _category != SectionCategories.Briefs))
        {
            FinishSection();
            _heading = name;
            _category = SectionCategories.Resolve(name);
        }
        else if (close > 0 && name.Length >= 12 && _category != SectionCategories.Briefs && !TextCleaning.EndsSentence(name))
        {
            // A headline in brackets glued to its text (【某省10市获得新一轮全国文明城市提名】此次…) titles the article; a
            // brief's tag is a few words (【文明实践】).
            FinishBlock();
            StartBlock(BlockKind.Title, new TextSpan(start, close + 1), name);
            FinishBlock();
        }
        else
        {
            FinishBlock();
            FinishArticle();
            _articleTag = name;
        }

        if (hasRest)
        {
            var (restStart, restEnd) = Trim(close + 1, end);
            if (restStart < restEnd)
            {
                AcceptText(restStart, restEnd, afterTag: true);
            }
        }
    }

    // A paper's or an agency's dateline: a short name ending in 讯 (网讯, 报讯) or 电 (新华社电).
    private static bool IsDateline(string name) =>
        name.Length is >= 3 and <= 12 && (name.EndsWith('讯') || name.EndsWith('訊') || name.EndsWith("社电", StringComparison.Ordinal) || name.EndsWith("社電", StringComparison.Ordinal));

    private void AcceptText(int start, int end, bool afterTag = false)
    {
        string? trailingWho = null;
        var raw = _text.AsSpan(start, end - start);
        if (raw.Length > 0 && raw[^1] is ')' or '）' or '*' or '_')
        {
            var m = StructurePatterns.TrailingAttribution().Match(raw.ToString());
            if (m.Success && m.Index > 0)
            {
                var who = m.Groups["who"].Value.Trim();
                var before = raw[..m.Index];
                if (TextCleaning.EndsSentence(before) || IsHouseAttribution(who) || IsTitleWithContributor(before.ToString(), who))
                {
                    trailingWho = who;
                    (start, end) = Trim(start, start + m.Index);
                }
            }
        }

        if (start < end)
        {
            var source = _text.Substring(start, end - start);
            var plain = TextCleaning.RemovePinyinAnnotations(LineJudge.Clean(source));
            var markdownHeading = source.StartsWith('#');
            if (plain.Length > 0)
            {
                AddLine(new TextSpan(start, end), plain, markdownHeading, afterTag);
            }
        }

        if (trailingWho is not null)
        {
            FinishBlock();
            Attribute(trailingWho);
        }
    }

    private void AddLine(TextSpan source, string plain, bool markdownHeading, bool afterTag)
    {
        var afterCompleteBlock = _blockComplete && _blockKind == BlockKind.Text;
        _blockComplete = false;
        if (!markdownHeading && !afterTag && IsListRunItem(plain, out var listItem))
        {
            // 1、… 2、… 3、… on lines of their own, one after another: a list's items (the problems a check found, the
            // points of a notice), each a paragraph; neither part headings nor titles, however short.
            FinishBlock();
            StartBlock(BlockKind.Text, source, plain);
            _lastItem = listItem;
            _skippedLine = false;
            _blankBefore = false;
            _pageBreakAfterTitle = false;
            return;
        }

        var partHeading = !afterTag && IsPartHeading(plain);

        // Text after a brief's 【tag】 is the item itself, unless it is a headline outside a briefs section (a web
        // page's 【创文动态】 column tag before its headline); in hard-wrapped text a wide line that runs straight on
        // into the next one is the first line of a paragraph.
        // A question on a line of its own once the text has begun (什么样的城市才配得上…？, an interviewer's question)
        // is a sentence of the text, not a headline.
        var question = plain[^1] is '？' or '?' && (_blockKind == BlockKind.Text || _paragraphs.Count > 0 || _articles.Count > 0 || _sections.Count > 0);
        // What a line ending with a colon announces (需要经过五道工序： / 申报→推荐→测评) is its text, not a headline.
        var announced = _blockKind == BlockKind.Text && _blockPlain[^1].Length > 0 && _blockPlain[^1][^1] is '：' or ':';
        var titleLike = !partHeading && !question && !announced && !_judged.OpensBrokenSentence[_lineIndex] && IsTitleLike(plain)
            && (!afterTag || (_category != SectionCategories.Briefs && !TextCleaning.EndsSentence(plain)))
            && !(_wrapWidth > 0 && _nextAdjacent && TextCleaning.DisplayWidth(plain) / 2 >= _wrapWidth * 4 / 5);
        if (_pageBreakAfterTitle && _blockKind == BlockKind.Title && !markdownHeading && !partHeading && !titleLike)
        {
            // A short line cut off at the foot of a page looked like a title: it starts a paragraph.
            _blockKind = BlockKind.Text;
        }

        _pageBreakAfterTitle = false;
        var skipped = _skippedLine;
        var blankBefore = _blankBefore;
        _skippedLine = false;
        _blankBefore = false;

        // An exposure post's item: what is wrong on one short line, where on the next (车辆乱停乱放 / 地点：莲西社区). The
        // place belongs to the item, which is text, not a headline.
        if (_blockKind == BlockKind.Title && _block.Count == 1 && !markdownHeading && plain.Length <= 40 && PlaceLine().IsMatch(plain))
        {
            _blockKind = BlockKind.Text;
            Append(source, " " + plain);
            _blockComplete = true;
            return;
        }

        // A line under a paragraph that names who said it (——某市文明办主任 某某) signs the quote: it stays with the
        // paragraph, not a title of what follows.
        if (_blockKind == BlockKind.Text && !markdownHeading && IsQuoteSignature(plain))
        {
            Append(source, plain);
            return;
        }

        // A list laid out one item per line after the line that announces it (前三名分别是： / 樊城区 / 襄州区): the
        // short lines are its items, joined to the announcement with a space between (not titles, not glued); the
        // text after the list, or the announcement of the next list, starts anew.
        var wasListItem = _lineList;
        _lineList = false;
        if (_blockKind == BlockKind.Text && blankBefore && !markdownHeading
            && (wasListItem || TextCleaning.IntroducesList(_blockPlain[^1])))
        {
            var item = !partHeading && plain.Length <= 30 && !TextCleaning.EndsSentence(plain) && plain.AsSpan().IndexOfAny("，,。；;") < 0;
            if (item && !TextCleaning.IntroducesList(plain))
            {
                Append(source, " " + plain);
                _lineList = true;
                return;
            }

            FinishBlock();
            if (item)
            {
                StartBlock(BlockKind.Text, source, plain);
                return;
            }
        }

        // In hard-wrapped text (PDF) a full line runs on into the next one unless a blank line parts them,
        // even when it happens to end with a full stop.
        var wrapped = _wrapWidth > 0 && !blankBefore && _blockKind == BlockKind.Text
            && TextCleaning.DisplayWidth(_blockPlain[^1]) / 2 >= _wrapWidth * 4 / 5;
        if (_blockKind == BlockKind.Text && !markdownHeading && !partHeading
            && (wrapped || (!afterCompleteBlock && !TextCleaning.EndsSentence(_blockPlain[^1]) && !IsSalutation(_blockPlain) && !StartsListItem(_blockPlain[^1], plain)
                && !IsQuoteSignature(_blockPlain[^1]) && !IsDatedBullet(plain))))
        {
            // The paragraph before was cut by a line or page break: this line continues it.
            Append(source, plain);
            return;
        }

        if (partHeading)
        {
            FinishBlock();
            AcceptPartHeading(source, plain);
            return;
        }

        if (markdownHeading || titleLike)
        {
            if (IsRepeatedTitle(plain))
            {
                // Web pages print the headline twice (in the page header and above the text): one is enough.
                return;
            }

            if (_blockKind == BlockKind.Title && _block.Count == 1 && !markdownHeading && !skipped
                && TextCleaning.RemoveWhitespace(_blockPlain[0]).Length + plain.Length <= MaxTitleLength
                && ContinuesTitle(_blockPlain[0], plain, blankBefore))
            {
                // A title over two lines.
                Append(source, plain);
                return;
            }

            FinishBlock();
            StartBlock(BlockKind.Title, source, plain);
            return;
        }

        FinishBlock();
        if (_category == SectionCategories.Briefs && _articleTitle is null && _articleTag is null && _paragraphs.Count > 0)
        {
            // In 简讯 every untagged, untitled item is an article of its own.
            FinishArticle();
        }
        else if (_articleTitle is null && _articleTag is null && _paragraphs.Count > 0 && _category != SectionCategories.Briefs
            && _pendingPart is null && RunInTitle(plain, LeadingBold(source)) is not null && (_leadBold[0] is not null || RunInTitle(_paragraphs[0].Text, null) is not null
                || OpensHeadlessDocument()))
        {
            // Untitled items that each open with a headline (**某街道推出……。**正文, or 某街道推出……。正文) are articles of
            // their own; not the text under a part heading (一、职责分工 / 指挥部负责……。), which belongs to its part.
            FinishArticle();
        }

        StartBlock(BlockKind.Text, source, plain);
        _blockComplete = announced && plain.Length <= 40 && plain.AsSpan().IndexOfAny("，,。；;") < 0;
    }

    private void StartBlock(BlockKind kind, TextSpan source, string plain)
    {
        _lastItem = default;
        _blockKind = kind;
        _block.Add(source);
        _blockPlain.Add(plain);
        _blockLeadBold = kind == BlockKind.Text ? LeadingBold(source) : null;
    }

    /// <summary>The text of a bold run (**…**) that opens a source line, or null.</summary>
    private string? LeadingBold(TextSpan source)
    {
        var s = _text.AsSpan(source.Start, source.Length);
        if (!s.StartsWith("**") && !s.StartsWith("__"))
        {
            return null;
        }

        var close = s[2..].IndexOf(s[..2]);
        return close is > 0 and <= 60 ? TextCleaning.RemovePinyinAnnotations(s.Slice(2, close).ToString().Trim()) : null;
    }

    /// <summary>
    /// A part heading (一、… （一）… 1. …) is held until text follows it; the paragraphs after it carry it as
    /// their part. One followed straight by another of the same shape was a list item, and one that ends its
    /// article has nothing under it: both become paragraphs, so no text is lost.
    /// </summary>
    private void AcceptPartHeading(TextSpan source, string plain)
    {
        var family = PartFamily(plain);
        var text = CollapseSpaces(plain);
        if (_pendingPart is { } pending)
        {
            if (family > pending.Family)
            {
                // A deeper level: the heading held is the parent of this one.
                _part = pending.Text;
                _pendingPart = null;
            }
            else
            {
                // The same or a higher level: the heading held had nothing under it and was a list item.
                EmitPendingPart();
            }
        }

        _pendingPart = (text, source, family);
    }

    private void EmitPendingPart()
    {
        if (_pendingPart is not { } pending)
        {
            return;
        }

        _pendingPart = null;
        _paragraphs.Add(new Paragraph(_paragraphIndex++, pending.Text, pending.Source, _part));
        _leadBold.Add(null);
        _emittedAny = true;
    }

    private void Append(TextSpan source, string plain)
    {
        _block.Add(source);
        _blockPlain.Add(plain);
    }

    private void FinishBlock()
    {
        if (_blockKind == BlockKind.None)
        {
            return;
        }

        var kind = _blockKind;
        var span = new TextSpan(_block[0].Start, _block[^1].End);
        var joined = Join(_blockPlain);
        _block.Clear();
        _blockPlain.Clear();
        _blockKind = BlockKind.None;

        if (kind == BlockKind.Title)
        {
            var title = StructurePatterns.TitleDecoration().Replace(TextCleaning.NormalizeSpaces(joined, title: true), string.Empty);
            if (_wantTitle && !_emittedAny && _heading is null && _articleTag is null)
            {
                _title = title;
                _wantTitle = false;
                return;
            }

            if (_articleTitle is not null || _paragraphs.Count > 0 || _pendingPart is not null)
            {
                FinishArticle();
            }

            _articleTitle = title;
            _articleTitleSource = span;
            _emittedAny = true;
            return;
        }

        var text = TextCleaning.NormalizeSpaces(_pages.RemoveGluedNumbers(joined), title: false);
        if (text.Length == 0)
        {
            return;
        }

        if (_pendingPart is { } part)
        {
            _part = part.Text;
            _pendingPart = null;
        }

        _paragraphs.Add(new Paragraph(_paragraphIndex++, text, span, _part));
        _leadBold.Add(_blockLeadBold);
        _blockLeadBold = null;
        _emittedAny = true;
    }

    private void Attribute(string who)
    {
        if (_articleTitle is not null && _paragraphs.Count == 0 && _articleAttribution is null)
        {
            // (东城区文明办) right under the title.
            _articleAttribution = who;
            return;
        }

        if (_articleTitle is not null || _paragraphs.Count > 0 || _articleTag is not null)
        {
            _articleAttribution ??= who;
            FinishArticle();
            return;
        }

        // A second attribution line after an article was closed belongs to that article when it has none.
        if (_articles.Count > 0 && _articles[^1].Attribution is null)
        {
            _articles[^1] = _articles[^1] with { Attribution = who };
        }
    }

    private void FinishArticle()
    {
        FinishBlock();
        EmitPendingPart();
        _part = null;
        if (_articleTitle is null && _paragraphs.Count == 0 && _articleTag is null && _articleAttribution is null)
        {
            return;
        }

        if (_articleTitle is null && _articleTag is null && _paragraphs.Count > 0 && _category != SectionCategories.Briefs
            && (_leadBold[0] is not null || !OpensHeadlessDocument()))
        {
            // An untitled article that opens with a headline (工作交流 items): the headline is its title and
            // stays in the text.
            _articleTitle = RunInTitle(_paragraphs[0].Text, _leadBold[0]);
        }

        _articles.Add(new Article(_articleTitle, _articleAttribution, _articleTag, _paragraphs.ToArray()));
        _lastTitleSource = _paragraphs.Count == 0 ? _articleTitleSource : default;
        _paragraphs.Clear();
        _leadBold.Clear();
        _articleTitle = null;
        _articleTitleSource = default;
        _articleAttribution = null;
        _articleTag = null;
    }

    /// <summary>True while the first article of a document that has its own title and no masthead is open.</summary>
    private bool OpensHeadlessDocument() =>
        _title is not null && _masthead.Publication is null && _heading is null && _articles.Count == 0 && _sections.Count == 0;

    /// <summary>
    /// The headline that opens an untitled article: a bold run of 6–40 chars (at most one comma) or a first
    /// sentence of 6–40 chars with no comma, colon or semicolon, that does not open like a news lead
    /// (近日, 今年, a date) and is followed by more text; <c>null</c> otherwise.
    /// </summary>
    internal static string? RunInTitle(string text, string? bold)
    {
        if (bold is not null)
        {
            var b = bold.TrimEnd('。', '.', ' ');
            var commas = b.AsSpan().Count('，') + b.AsSpan().Count(',');
            if (b.Length is >= 6 and <= 40 && commas <= 1 && b.AsSpan().IndexOfAny("：:；;") < 0 && text.Length > b.Length + 10
                && StructurePatterns.PartHeading().Match(b) is { Success: false })
            {
                return b;
            }

            return null;
        }

        var end = text.IndexOf('。');
        if (end is < 6 or > 40 || text.Length - end < 12)
        {
            return null;
        }

        var sentence = text.AsSpan(0, end);
        if (sentence.IndexOfAny("，,：:；;！？!?（()") >= 0 || char.IsAsciiDigit(sentence[0]) || StructurePatterns.NewsLead().IsMatch(sentence)
            || StructurePatterns.PartHeading().IsMatch(sentence) || StructurePatterns.ItemLead().IsMatch(sentence)
            || !StructurePatterns.NamedSubject().IsMatch(sentence))
        {
            return null;
        }

        return sentence.ToString();
    }

    // A line of running text: long, with a sentence's end in it, and no footer key anywhere.
    private static bool IsProseLine(string plain) =>
        plain.Length >= 40 && plain.AsSpan().IndexOfAny("。！？") >= 0 && !FooterReader.HasFooterKey(plain);

    // Opens again the section that the switch to the footer closed, when the footer turned out to be credit lines.
    private void ReopenSectionClosedByFooter()
    {
        if (_sectionsBeforeFooter >= 0 && _sections.Count == _sectionsBeforeFooter + 1 && _articles.Count == 0)
        {
            var last = _sections[^1];
            _sections.RemoveAt(_sections.Count - 1);
            _heading = last.Heading;
            _category = last.Category;
            _articles.AddRange(last.Articles);
        }

        _sectionsBeforeFooter = -1;
    }

    private void FinishSection()
    {
        FinishArticle();
        if (_articles.Count > 0 || _heading is not null)
        {
            _sections.Add(new Section(_heading, _category, _articles.ToArray()));
            _emittedAny = true;
        }

        _articles.Clear();
        _heading = null;
        _category = SectionCategories.Other;
    }

    /// <summary>Finishes the document.</summary>
    public BulletinDocument Build()
    {
        FinishSection();
        DropCutTitle();
        if (_title is null && _masthead.Publication is null && _judged.SharedFileTitle is { } fileTitle)
        {
            // A document-sharing copy without a headline of its own is titled by the file name it shows first.
            _title = fileTitle;
        }

        MergeTopicSentences();
        if (_title is not null && _masthead.Publication is null && _sections.Count > 0 && _sections[0].Heading is null
            && _sections[0].Articles.Count > 0 && _sections[0].Articles[0] is { Title: null, Tag: null } first)
        {
            // A document without masthead that is one article: its title is the article's too. A collection of
            // items that each open with a headline keeps the first item's own.
            var articles = _sections[0].Articles.ToArray();
            var own = articles.Length > 1 && articles[1].Title is not null && first.Paragraphs.Count > 0
                ? RunInTitle(first.Paragraphs[0].Text, null) : null;
            articles[0] = first with { Title = own ?? _title };
            _sections[0] = _sections[0] with { Articles = articles };
        }

        DateOnly? stated = null;
        var source = DocumentDateSource.Metadata;
        if (_judged.SignOffDate is { } signed)
        {
            stated = signed;
            source = DocumentDateSource.SignOff;
        }
        else if ((_judged.MetadataDate ?? _headDate) is { } meta)
        {
            stated = meta;
        }

        var footer = _footer.Build();
        if (_masthead.Publication is null && (_judged.HasChrome || _creditsInText) && footer is { ReportTo.Count: 0, CopyTo.Count: 0, DistributeTo.Count: 0, Phone: null, Fax: null, Email: null, Reviewer: null }
            && footer.Staff.Count <= 3)
        {
            // Staff lines alone (责编：…, 编辑：… 审核：…) under a page without masthead, or printed where its text goes on
            // after them, name the site's editors, not a bulletin footer.
            footer = Footer.Empty;
        }

        return new BulletinDocument(_masthead, _title, _sections.ToArray(), footer)
        {
            Date = stated,
            Issuer = _judged.SignOffIssuer ?? _headIssuer ?? _judged.MetadataIssuer,
            StatedDateSource = source,
        };
    }

    /// <summary>
    /// Under a page's own title, paragraphs that open with a short sentence naming a place or body were read as
    /// untitled items (某街道推出……。正文). A collection of such items opens with one, or has at least three, each of
    /// one or two paragraphs; fewer, or one that runs on longer, are a feature's or a report's topic sentences (城区面貌的变化
    /// 肉眼可见。…, 市城管局通报了…情况。…), and their paragraphs go back into the one article.
    /// </summary>
    private void MergeTopicSentences()
    {
        if (_title is null || _masthead.Publication is not null || _sections.Count != 1 || _sections[0].Heading is not null)
        {
            return;
        }

        var articles = _sections[0].Articles;
        if (articles.Count < 2 || articles[0] is not { Tag: null, Attribution: null, Paragraphs.Count: > 0 }
            || RunInTitle(articles[0].Paragraphs[0].Text, null) is not null)
        {
            // A first paragraph that opens with a headline too makes the page a collection of items.
            return;
        }

        // A last untitled item is the page's cut-off last paragraph (随后，某某来到…), not an item of its own.
        var items = articles.Skip(1).ToList();
        if (items.Count >= 2 && items[^1] is { Title: null, Tag: null, Attribution: null, Paragraphs.Count: 1 })
        {
            items.RemoveAt(items.Count - 1);
        }

        if (!items.TrueForAll(static a => a is { Tag: null, Attribution: null, Title: { } t, Paragraphs.Count: > 0 } && a.Paragraphs[0].Text.StartsWith(t, StringComparison.Ordinal)))
        {
            return;
        }

        if (items.Count >= 3 && items.TrueForAll(static a => a.Paragraphs.Count <= 2))
        {
            return;
        }

        var merged = articles[0] with { Paragraphs = [.. articles.SelectMany(static a => a.Paragraphs)] };
        _sections[0] = _sections[0] with { Articles = [merged] };
    }

    /// <summary>
    /// A title with nothing under it at the very end of the document is the cut first line of a paragraph
    /// (a preview that stops), not a title: it becomes that paragraph.
    /// </summary>
    private void DropCutTitle()
    {
        if (_sections.Count == 0 || _sections[^1].Articles.Count == 0)
        {
            return;
        }

        var section = _sections[^1];
        var last = section.Articles[^1];
        if (last is not { Title: { } title, Tag: null, Attribution: null, Paragraphs.Count: 0 } || _lastTitleSource.Length == 0)
        {
            return;
        }

        var articles = section.Articles.ToArray();
        var paragraph = new Paragraph(_paragraphIndex++, title, _lastTitleSource);
        if (articles.Length > 1 && articles[^2].Title is null && articles[^2].Attribution is null)
        {
            articles[^2] = articles[^2] with { Paragraphs = [.. articles[^2].Paragraphs, paragraph] };
            articles = articles[..^1];
        }
        else
        {
            articles[^1] = last with { Title = null, Paragraphs = [paragraph] };
        }

        _sections[^1] = section with { Articles = articles };
    }

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && (TextCleaning.IsSpace(_text[start]) || _text[start] is '#' or '>'))
        {
            start++;
        }

        while (end > start && TextCleaning.IsSpace(_text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>
    /// Joins line pieces; a space goes between two pieces only where Latin letters meet (a number cut by a line
    /// break, 9月1|9日, joins without one).
    /// </summary>
    private static string Join(List<string> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        var builder = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (builder.Length > 0 && piece.Length > 0 && char.IsAsciiLetter(builder[^1]) && char.IsAsciiLetter(piece[0]))
            {
                builder.Append(' ');
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A line that opens with an item label ((1), 1、, ①, 一是) after a line closed by a semicolon or colon starts a
    /// new paragraph: items of a list, not a sentence cut by a line break.
    /// </summary>
    /// <summary>
    /// A bulleted item that opens with a date (●1998年7月…, ● 5月21日上午，…): one entry of a 大事记 or of a list of
    /// dated items. It starts a paragraph of its own and is never a title, with or without a full stop.
    /// </summary>
    internal static bool IsDatedBullet(string plain)
    {
        var span = plain.AsSpan().TrimStart();
        if (span.IsEmpty || !TextCleaning.IsBullet(span[0]))
        {
            return false;
        }

        span = span[1..].TrimStart();
        int digits = 0;
        while (digits < span.Length && digits < 5 && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 4 && digits < span.Length && span[digits] is '年' or '月';
    }

    private static bool StartsListItem(string previous, string line) =>
        previous.Length > 0 && previous[^1] is '；' or ';' or '：' or ':'
        && (StructurePatterns.PartHeading().IsMatch(line) || line[0] is >= '①' and <= '⑳' || StructurePatterns.ItemLead().IsMatch(line));

    /// <summary>
    /// Where a line ends with an opening bracket left unclosed after a full stop (……。（ or ……。（南), the bracket's
    /// index; -1 otherwise.
    /// </summary>
    private static int OpenAttribution(string line)
    {
        var open = line.AsSpan().LastIndexOfAny('（', '(');
        if (open < 1 || line.Length - open > 12 || line.AsSpan(open).IndexOfAny("）)，,。") >= 0)
        {
            return -1;
        }

        return TextCleaning.EndsSentence(line.AsSpan(0, open)) ? open : -1;
    }

    /// <summary>The publication's title on a line of its own, alone or with the issue or a page number after it.</summary>
    private static bool IsRunningHeader(string plain, string publication)
    {
        var compact = TextCleaning.RemoveWhitespace(plain);
        if (!compact.StartsWith(publication, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = compact[publication.Length..].Trim('（', '）', '(', ')', '·', '-', '—');
        return rest.Length == 0 || StructurePatterns.Issue().Match(rest) is { Success: true, Index: 0 } m && m.Length == rest.Length
            || StructurePatterns.PageMarker().IsMatch(rest);
    }

    /// <summary>An addressee or salutation line (各街道、各有关单位： / 同志们：) is a paragraph of its own.</summary>
    private static bool IsSalutation(List<string> block) =>
        block.Count == 1 && block[0].Length <= 40 && block[0][^1] is '：' or ':';

    /// <summary>
    /// Whether <paramref name="plain"/> is an item of a run of numbered lines: it opens with a list number (1、 2. （3）
    /// ④ 五、 （六）) and either the paragraph before opened with the number before it in the same shape (unless the line
    /// reads as a part heading), or the next content line opens with the number after it.
    /// </summary>
    private bool IsListRunItem(string plain, out (char Shape, int Number) item)
    {
        if (plain.Length >= 20 && TextCleaning.IsBullet(plain[0]) && plain[0] != '·')
        {
            // ● or ■ items one under another (a 大事记's dated lines, an exposure post's items): each is a paragraph,
            // however wide the lines run. A short bulleted line is a subhead, read elsewhere.
            item = (plain[0], 1);
            return (_blockKind == BlockKind.Text && _lastItem.Shape == plain[0]) || NextContentStartsWith(plain[0]);
        }

        item = ListNumber(plain);
        if (item.Number == 0 || plain.Length <= ListNumberLength(plain))
        {
            return false;
        }

        // A short line that reads as a part heading (三、新时代文明实践站活动) is an item only when the next item follows it.
        if (_blockKind == BlockKind.Text && _lastItem.Number > 0 && _lastItem == (item.Shape, item.Number - 1) && !IsPartHeading(plain))
        {
            return true;
        }

        for (var k = _lineIndex + 1; k < _judged.Roles.Length; k++)
        {
            if (_judged.Roles[k] == LineRole.Blank)
            {
                continue;
            }

            return _judged.Roles[k] == LineRole.Content && ListNumber(_judged.Plain[k]) == (item.Shape, item.Number + 1);
        }

        return false;
    }

    // Whether the next line of text (blank lines passed over) opens with the character c.
    private bool NextContentStartsWith(char c)
    {
        for (var k = _lineIndex + 1; k < _judged.Roles.Length; k++)
        {
            if (_judged.Roles[k] == LineRole.Blank)
            {
                continue;
            }

            return _judged.Roles[k] == LineRole.Content && _judged.Plain[k].Length > 0 && _judged.Plain[k][0] == c;
        }

        return false;
    }

    // The shape and value of the list number that opens a line (1、 → ('a', 1); （3） → ('p', 3); ④ → ('c', 4);
    // 五、 → ('h', 5); （六） → ('q', 6)); (default, 0) when none does.
    private static (char Shape, int Number) ListNumber(string plain)
    {
        if (plain.Length > 0 && plain[0] is >= '①' and <= '⑳')
        {
            return ('c', plain[0] - '①' + 1);
        }

        var m = StructurePatterns.PartHeading().Match(plain);
        if (!m.Success)
        {
            return default;
        }

        var digits = m.Value.Where(char.IsAsciiDigit).ToArray();
        if (m.Groups["arabic"].Success)
        {
            return (m.Value.Contains('、') ? 'a' : 'd', int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture));
        }

        if (m.Groups["arabicp"].Success)
        {
            return ('p', int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture));
        }

        var numeral = new string(m.Value.Where(c => "一二三四五六七八九十".Contains(c)).ToArray());
        return m.Groups["cn"].Success ? ('h', ChineseNumber(numeral)) : m.Groups["cnp"].Success ? ('q', ChineseNumber(numeral)) : default;
    }

    private static int ListNumberLength(string plain) =>
        plain.Length > 0 && plain[0] is >= '①' and <= '⑳' ? 1 : StructurePatterns.PartHeading().Match(plain).Length;

    // 一 … 九十九 as a number; 0 for what is not one.
    private static int ChineseNumber(string numeral)
    {
        const string Digits = "零一二三四五六七八九";
        int ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Length == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) : 0;
        }

        int tens = ten == 0 ? 1 : ten == 1 ? Digits.IndexOf(numeral[0], StringComparison.Ordinal) : 0;
        int units = ten == numeral.Length - 1 ? 0 : ten == numeral.Length - 2 ? Digits.IndexOf(numeral[^1], StringComparison.Ordinal) : -1;
        return tens <= 0 || units < 0 ? 0 : (tens * 10) + units;
    }

    /// <summary>True when the next non-blank line after <paramref name="index"/> is text that reads as a title.</summary>
    private bool NextIsTitleLine(int index)
    {
        for (var k = index + 1; k < _judged.Roles.Length; k++)
        {
            if (_judged.Roles[k] == LineRole.Blank)
            {
                continue;
            }

            return _judged.Roles[k] == LineRole.Content && IsTitleLike(_judged.Plain[k]);
        }

        return false;
    }

    /// <summary>
    /// A part heading: a short line opening with 一、 （一） 1. 1、 (1) or 第一部分, with no sentence punctuation
    /// inside (Chinese-numbered ones may end with 。); an Arabic-numbered one does not end with punctuation.
    /// </summary>
    private static bool IsPartHeading(string plain)
    {
        if (plain.Length > MaxPartHeading)
        {
            return false;
        }

        var m = StructurePatterns.PartHeading().Match(plain);
        if (!m.Success || m.Length >= plain.Length || plain.AsSpan(0, plain.Length - 1).IndexOfAny("。！？!?；;") >= 0)
        {
            return false;
        }

        var arabic = m.Groups["arabic"].Success || m.Groups["arabicp"].Success;
        return !arabic || (plain.Length <= 30 && !TextCleaning.IsTerminal(plain[^1]) && plain[^1] is not ('；' or ';' or '，' or ','));
    }

    /// <summary>
    /// The level of a part heading from its label, outermost first: 第一部分 (0), 一、 (1), （一） (2), 1. (3), (1) (4);
    /// so list items of one shape can be told from nested parts.
    /// </summary>
    private static int PartFamily(string plain)
    {
        var m = StructurePatterns.PartHeading().Match(plain);
        return m.Groups["chapter"].Success ? 0 : m.Groups["cn"].Success ? 1 : m.Groups["cnp"].Success ? 2 : m.Groups["arabic"].Success ? 3 : 4;
    }

    /// <summary>A part heading as written, with each run of spaces made one space.</summary>
    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (TextCleaning.IsSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// A title-like line that repeats the title being read, the document's title or the last article's title
    /// (whitespace ignored).
    /// </summary>
    private bool IsRepeatedTitle(string plain)
    {
        var key = TextCleaning.RemoveWhitespace(plain);
        if (key.Length < 6)
        {
            return false;
        }

        if (_blockKind == BlockKind.Title && _block.Count == 1 && Repeats(key, TextCleaning.RemoveWhitespace(_blockPlain[0])))
        {
            return true;
        }

        return (_title is { } t && Repeats(key, TextCleaning.RemoveWhitespace(t)))
            || (_articleTitle is { } a && _paragraphs.Count == 0 && TextCleaning.RemoveWhitespace(a) == key);
    }

    /// <summary>
    /// Whether a line (whitespace removed) is the title, or the title after a short column name or dateline that
    /// ends in a bar, a colon or 题： (奋斗百年路·文明城市谱新篇|…, 新华社某地某月某日电题：…).
    /// </summary>
    internal static bool Repeats(string key, string title)
    {
        if (key == title)
        {
            return true;
        }

        if (title.Length < 6 || key.Length <= title.Length || key.Length - title.Length > 30 || !key.EndsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        char before = key[key.Length - title.Length - 1];
        return before is '|' or '｜' or '：' or ':';
    }

    /// <summary>
    /// A signature under a quoted paragraph: a dash (——, —) and a speaker of at most 40 characters, with no
    /// sentence inside or at its end (——江苏省无锡市文明办副主任 商明).
    /// </summary>
    private static bool IsQuoteSignature(string plain)
    {
        var s = plain.AsSpan().Trim();
        if (s.Length < 3 || s[0] != '—')
        {
            return false;
        }

        var who = s.TrimStart('—').Trim();
        return who.Length is >= 2 and <= 40 && who.IndexOfAny("。；;！？!?") < 0 && !TextCleaning.EndsSentence(who)
            && Han.IsIdeograph(who[0]);
    }

    /// <summary>
    /// Whether a second title-like line continues the first: not across a blank line unless it is a
    /// subtitle (——…) or the first line breaks off (a comma, colon or open quote at its end); never a line
    /// that ends in loose counters (体育 正文 67 0).
    /// </summary>
    private static bool ContinuesTitle(string first, string second, bool blankBefore)
    {
        var s = second.TrimStart();
        if (s.Length > 2 && char.IsAsciiDigit(s[^1]) && s.AsSpan().TrimEnd("0123456789").EndsWith(" "))
        {
            return false;
        }

        if (!blankBefore)
        {
            return true;
        }

        return s.StartsWith('—') || s.StartsWith("--", StringComparison.Ordinal) || s.StartsWith('─')
            || first.TrimEnd() is { Length: > 0 } f && f[^1] is '，' or ',' or '、' or '：' or ':' or '“' or '《' or '—'
            || SplitsDocumentTitle(first, s);
    }

    /// <summary>
    /// An official document's title set over two lines, spaced apart: the first opens the 关于… and the second closes
    /// it with the document's kind (楚雄市关于2024年度…测评 / 反馈问题整改情况的报告).
    /// </summary>
    private static bool SplitsDocumentTitle(string first, string second)
    {
        var f = TextCleaning.RemoveWhitespace(first);
        var s = TextCleaning.RemoveWhitespace(second);
        return f.Contains("关于", StringComparison.Ordinal) && !StructurePatterns.DocumentKindEnding().IsMatch(f)
            && StructurePatterns.DocumentKindEnding().IsMatch(s) && !s.Contains("关于", StringComparison.Ordinal);
    }

    /// <summary>
    /// A title line is short (and shorter than the hard-wrap width), has no sentence punctuation and
    /// at most one comma, and does not end like a clause (comma, enumeration comma, colon, opening
    /// quote or bracket).
    /// </summary>
    private bool IsTitleLike(string plain)
    {
        var length = TextCleaning.RemoveWhitespace(plain).Length;
        if (IsDatedBullet(plain) || TextCleaning.IsEnumeration(plain) || (length < 4 && !(length == 3 && StructurePatterns.PlaceLabel().IsMatch(plain))) || length > MaxTitleLength || (_wrapWidth > 0 && TextCleaning.DisplayWidth(plain) / 2 >= _wrapWidth - 1))
        {
            return false;
        }

        if (plain.AsSpan().Count('，') + plain.AsSpan().Count(',') > 1)
        {
            return false;
        }

        // A headline may end in one question or exclamation mark (如何评选？ 获评文明城市！), and may hold one
        // more before an answer (这6地为何能获评？答案在这里).
        var body = length >= 8 && plain[^1] is '？' or '?' or '！' or '!' ? plain.AsSpan(0, plain.Length - 1) : plain.AsSpan();
        var marks = body.Count('？') + body.Count('?') + body.Count('！') + body.Count('!');
        if (body.IndexOfAny("。；;") >= 0 || marks > 1 || (marks == 1 && length < 10))
        {
            return false;
        }

        // A line that ends in a dash (…其实大家都耳熟能详——) leads into the text after it.
        return plain[^1] is not ('，' or ',' or '、' or '：' or ':' or '（' or '(' or '“' or '"' or '《' or '—');
    }

    /// <summary>
    /// A title line closed by the name of the body that sent the article: 推进会（区创城办）. The part
    /// before must read as a title, and the name must end like an office, body or place.
    /// </summary>
    private bool IsTitleWithContributor(string before, string who)
    {
        var title = TextCleaning.StripMarkdown(before).Trim();
        var continues = _blockKind == BlockKind.Text && !TextCleaning.EndsSentence(_blockPlain[^1]);
        return !continues && title.Length > 0 && IsTitleLike(title)
            && StructurePatterns.ContributorSuffix().IsMatch(who);
    }

    private static bool IsHouseAttribution(string who) =>
        who.StartsWith("本刊", StringComparison.Ordinal) || who.StartsWith("本报", StringComparison.Ordinal)
        || who.EndsWith("供稿", StringComparison.Ordinal) || who.StartsWith("通讯员", StringComparison.Ordinal)
        || who.StartsWith("记者", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:地点|位置|点位)\s*[:：]\s*\S", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaceLine();
}
