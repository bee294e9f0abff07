using System.Text;

namespace CampaignText.Structure;

/// <summary>
/// Builds sections, articles, paragraphs and the footer from the body lines of one document, one line
/// at a time. Holds the state of one parse; never shared.
/// </summary>
internal sealed class BodyBuilder
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
    private bool _inRelatedList;
    private bool _pageBreakAfterTitle;
    private readonly int _wrapWidth;

    /// <summary>Starts a body after the masthead (and the title found with it, if any).</summary>
    /// <param name="text">The whole source text.</param>
    /// <param name="head">What the masthead reader found.</param>
    /// <param name="wrapWidth">
    /// The width at which the document's lines were hard-wrapped, or 0 when they were not; a line that
    /// long is never a title.
    /// </param>
    public BodyBuilder(string text, MastheadResult head, int wrapWidth)
    {
        _text = text;
        _wrapWidth = wrapWidth;
        _masthead = head.Masthead;
        _title = head.Title;
        _wantTitle = head.Title is null && head.Masthead.Publication is null;
    }

    /// <summary>Reads one source line (without its line break).</summary>
    public void AcceptLine(TextSpan line)
    {
        var (start, end) = Trim(line.Start, line.End);
        if (start >= end)
        {
            return;
        }

        var raw = _text.AsSpan(start, end - start);
        if (StructurePatterns.HorizontalRule().IsMatch(raw))
        {
            return;
        }

        var plain = TextCleaning.StripMarkdown(raw.ToString()).Trim();
        if (plain.Length == 0)
        {
            return;
        }

        var page = StructurePatterns.PageMarker().Match(plain);
        if (page.Success)
        {
            _pageBreakAfterTitle = _blockKind == BlockKind.Title && _block.Count == 1;
            _pages.Seen(int.Parse(page.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (!_inFooter && TextCleaning.IsTableRow(raw) && !FooterReader.StartsFooterLine(plain))
        {
            // Table cells are figures, not prose.
            return;
        }

        if (_inRelatedList)
        {
            if ((plain.Length <= MaxTitleLength && !TextCleaning.EndsSentence(plain)) || StructurePatterns.DocumentFileName().IsMatch(plain))
            {
                return;
            }

            _inRelatedList = false;
        }

        if (plain.Length <= MaxTitleLength && StructurePatterns.RelatedListHeader().IsMatch(plain))
        {
            _inRelatedList = true;
            return;
        }

        if (StructurePatterns.IsWebLine(plain))
        {
            return;
        }

        if (_masthead.Publication is { } publication && plain.Length <= MaxTitleLength
            && TextCleaning.RemoveWhitespace(plain) == publication)
        {
            // The publication title repeated as a running page header.
            return;
        }

        var bracket = StructurePatterns.BracketHeading().Match(plain);
        if (_inFooter)
        {
            if (bracket.Success && bracket.Groups["rest"].Length == 0 && SectionCategories.IsCore(bracket.Groups["name"].Value))
            {
                _inFooter = false;
            }
            else
            {
                _footer.AcceptLine(plain);
                return;
            }
        }

        if (FooterReader.StartsFooterLine(plain))
        {
            FinishSection();
            _inFooter = true;
            _footer.AcceptLine(plain);
            return;
        }

        if (bracket.Success)
        {
            AcceptBracket(bracket.Groups["name"].Value, bracket.Groups["rest"].Length > 0, start, end);
            return;
        }

        var attribution = StructurePatterns.TrailingAttribution().Match(raw.ToString());
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
        if (core || (!hasRest && _category != SectionCategories.Briefs))
        {
            FinishSection();
            _heading = name;
            _category = SectionCategories.Resolve(name);
        }
        else
        {
            FinishBlock();
            FinishArticle();
            _articleTag = name;
        }

        if (hasRest)
        {
            var close = _text.IndexOf('】', start, end - start);
            var (restStart, restEnd) = Trim(close + 1, end);
            if (restStart < restEnd)
            {
                AcceptText(restStart, restEnd);
            }
        }
    }

    private void AcceptText(int start, int end)
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
            var plain = TextCleaning.StripMarkdown(source).Trim();
            var markdownHeading = source.StartsWith('#');
            if (plain.Length > 0)
            {
                AddLine(new TextSpan(start, end), plain, markdownHeading);
            }
        }

        if (trailingWho is not null)
        {
            FinishBlock();
            Attribute(trailingWho);
        }
    }

    private void AddLine(TextSpan source, string plain, bool markdownHeading)
    {
        var partHeading = IsPartHeading(plain);
        var titleLike = !partHeading && IsTitleLike(plain);
        if (_pageBreakAfterTitle && _blockKind == BlockKind.Title && !markdownHeading && !partHeading && !titleLike)
        {
            // A short line cut off at the foot of a page looked like a title: it starts a paragraph.
            _blockKind = BlockKind.Text;
        }

        _pageBreakAfterTitle = false;
        if (_blockKind == BlockKind.Text && !markdownHeading && !partHeading && !TextCleaning.EndsSentence(_blockPlain[^1]))
        {
            // The paragraph before was cut by a line or page break: this line continues it.
            Append(source, plain);
            return;
        }

        if (partHeading)
        {
            FinishBlock();
            StartBlock(BlockKind.Text, source, plain);
            FinishBlock(isPartHeading: true);
            return;
        }

        if (markdownHeading || titleLike)
        {
            if (_blockKind == BlockKind.Title && _block.Count == 1 && !markdownHeading
                && TextCleaning.RemoveWhitespace(_blockPlain[0]).Length + plain.Length <= MaxTitleLength)
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

        StartBlock(BlockKind.Text, source, plain);
    }

    private void StartBlock(BlockKind kind, TextSpan source, string plain)
    {
        _blockKind = kind;
        _block.Add(source);
        _blockPlain.Add(plain);
    }

    private void Append(TextSpan source, string plain)
    {
        _block.Add(source);
        _blockPlain.Add(plain);
    }

    private void FinishBlock(bool isPartHeading = false)
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
            var title = TextCleaning.NormalizeSpaces(joined, title: true);
            if (_wantTitle && !_emittedAny && _heading is null && _articleTag is null)
            {
                _title = title;
                _wantTitle = false;
                return;
            }

            if (_articleTitle is not null || _paragraphs.Count > 0)
            {
                FinishArticle();
            }

            _articleTitle = title;
            _emittedAny = true;
            return;
        }

        var text = TextCleaning.NormalizeSpaces(_pages.RemoveGluedNumbers(joined), title: false);
        if (text.Length == 0)
        {
            return;
        }

        _paragraphs.Add(new Paragraph(_paragraphIndex++, text, span, isPartHeading));
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
        if (_articleTitle is null && _paragraphs.Count == 0 && _articleTag is null && _articleAttribution is null)
        {
            return;
        }

        // An article without a title line has no title, even when it opens with a headline-like
        // sentence (工作交流 items): that sentence is part of the text, not a title.
        _articles.Add(new Article(_articleTitle, _articleAttribution, _articleTag, _paragraphs.ToArray()));
        _paragraphs.Clear();
        _articleTitle = null;
        _articleAttribution = null;
        _articleTag = null;
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
        return new BulletinDocument(_masthead, _title, _sections.ToArray(), _footer.Build());
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

    /// <summary>Joins line pieces; a space goes between two pieces only where Latin letters or digits meet.</summary>
    private static string Join(List<string> pieces)
    {
        if (pieces.Count == 1)
        {
            return pieces[0];
        }

        var builder = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (builder.Length > 0 && piece.Length > 0 && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(piece[0]))
            {
                builder.Append(' ');
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static bool IsPartHeading(string plain) =>
        plain.Length <= MaxPartHeading
        && StructurePatterns.PartHeading().IsMatch(plain)
        && plain.AsSpan(0, plain.Length - 1).IndexOfAny("。！？!?") < 0;

    /// <summary>
    /// A title line is short (and shorter than the hard-wrap width), has no sentence punctuation and
    /// at most one comma, and does not end like a clause (comma, enumeration comma, colon, opening
    /// quote or bracket).
    /// </summary>
    private bool IsTitleLike(string plain)
    {
        var length = TextCleaning.RemoveWhitespace(plain).Length;
        if (length < 4 || length > MaxTitleLength || (_wrapWidth > 0 && plain.Length >= _wrapWidth - 1))
        {
            return false;
        }

        if (plain.AsSpan().Count('，') + plain.AsSpan().Count(',') > 1)
        {
            return false;
        }

        if (plain.AsSpan().IndexOfAny("。！？!?；;") >= 0)
        {
            return false;
        }

        return plain[^1] is not ('，' or ',' or '、' or '：' or ':' or '（' or '(' or '“' or '"' or '《');
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
}
