using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CampaignText.Text;

/// <summary>
/// Reads the visible text of a web page: one line per block (p, div, li, h1–h6, table row …, and at every
/// &lt;br&gt;), whitespace inside a block collapsed as a browser does (a full-width space "　" that starts a
/// paragraph is kept), entities decoded, the cells of a data-table row joined by a tab. Left out: head and
/// title, script, style, noscript, template, svg, canvas, iframe, object, form controls, comments, elements
/// hidden by <c>hidden</c> or an inline <c>display:none</c>, and the boilerplate the DOM makes certain — nav,
/// aside, elements whose role is navigation, banner, contentinfo, search or menu, and link-dense blocks
/// (menus, related-article lists, 上一篇/下一篇) — so what remains is the page's own text for the parser.
/// The tree is walked with explicit stacks: no recursion on the document's nesting.
/// </summary>
internal static partial class HtmlTextExtractor
{
    /// <summary>Bytes searched for a meta charset, as browsers do (the spec says 1024; pages put it later).</summary>
    private const int CharsetScanBytes = 4096;

    /// <summary>Code page of GB18030, the superset that decodes GB2312 and GBK.</summary>
    private const int Gb18030CodePage = 54936;

    /// <summary>A block counts as link-dense when at least this share of its text is inside links.</summary>
    private const double LinkDensity = 0.5;

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
        "object", "embed", "applet", "audio", "video", "map", "input", "select", "option", "optgroup", "textarea", "button",
        "datalist", "output", "nav", "aside", "menu", "dialog",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>Elements that start and end a line.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "listing", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "ul", "xmp", "plaintext",
    };

    /// <summary>Inline elements: never judged for link density on their own.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
        "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong",
        "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
    };

    [GeneratedRegex(@"<meta[^>]{0,512}?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]{0,200}?encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"上一[篇条页]|下一[篇条页]|返回|更多|首页|当前位置|您的位置|现在的位置|所在位置|相关|分享|打印|关闭|收藏", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NavigationLabel();

    /// <summary>True when the bytes (after a BOM and whitespace) start with an HTML doctype or an &lt;html&gt; tag.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')
        {
            i++;
        }

        ReadOnlySpan<byte> head = bytes[i..Math.Min(bytes.Length, i + 16)];
        return StartsWithIgnoreCase(head, "<!doctype html") || StartsWithIgnoreCase(head, "<html");
    }

    /// <summary>
    /// True when a text is HTML markup without a page around it: it opens (after whitespace) with a block or
    /// inline tag (&lt;p class="…"&gt;, &lt;div&gt;, &lt;span&gt;, &lt;h2&gt;, &lt;table&gt;, &lt;br&gt;…) and closes at least two such tags.
    /// </summary>
    public static bool LooksLikeHtmlFragment(string text)
    {
        var opening = FragmentOpening().Match(text);
        if (!opening.Success)
        {
            return false;
        }

        var closings = 0;
        foreach (var _ in FragmentClosing().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, 64 * 1024))))
        {
            if (++closings >= 2)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*<(?:p|div|section|article|span|font|strong|b|h[1-6]|table|tbody|tr|td|ul|ol|li|blockquote|br|img|center)(?:\s[^<>]{0,400})?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FragmentOpening();

    [GeneratedRegex(@"</(?:p|div|section|article|span|font|strong|b|h[1-6]|table|tr|td|ul|ol|li|blockquote|center)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FragmentClosing();

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> data, string prefix)
    {
        if (data.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)data[i]) != prefix[i])
            {
                return false;
            }
        }

        // "<html" must end the tag name.
        return prefix != "<html" || data.Length == prefix.Length || data[prefix.Length] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/';
    }

    /// <summary>Decodes and extracts a page.</summary>
    /// <returns>The text and the name of the encoding it was decoded from.</returns>
    public static (string Text, string EncodingName) Extract(ReadOnlySpan<byte> bytes, string fileName)
    {
        (string html, string encoding) = Decode(bytes, fileName);
        return (ExtractFromString(html, fileName), encoding);
    }

    // ------------------------------------------------------------------ decoding

    /// <summary>
    /// A byte order mark wins; then strictly valid UTF-8 with non-ASCII bytes (pages that claim GB2312 and are
    /// UTF-8 are common, the reverse is never valid UTF-8); then the charset a meta tag or XML declaration
    /// names; then the text decoder's own detection (UTF-8, UTF-16, GB18030).
    /// </summary>
    internal static (string Html, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            DecodedText bom = TextDecoder.Decode(bytes, fileName);
            return (bom.Text, bom.EncodingName);
        }

        bool ascii = System.Text.Ascii.IsValid(bytes);
        if (!ascii && TextDecoder.FirstInvalidUtf8(bytes) < 0)
        {
            return (Encoding.UTF8.GetString(bytes), "UTF-8");
        }

        if (!ascii && DeclaredEncoding(bytes) is { } declared)
        {
            return (declared.Encoding.GetString(bytes), declared.Name);
        }

        DecodedText detected = TextDecoder.Decode(bytes, fileName);
        return (detected.Text, detected.EncodingName);
    }

    private static (Encoding Encoding, string Name)? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetScanBytes)]);
        Match m = MetaCharset().Match(head);
        if (!m.Success)
        {
            return null;
        }

        string label = (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim().ToLowerInvariant();
        switch (label)
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "ms936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58":
                return (CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!, "GB18030");
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return null; // not valid UTF-8 (checked above): let detection decide
        }

        try
        {
            Encoding? encoding = CodePagesEncodingProvider.Instance.GetEncoding(label);
            encoding ??= Encoding.GetEncoding(label);
            return (encoding, encoding.WebName.ToUpperInvariant());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------ extraction

    /// <summary>Extracts the text of an HTML document given as a string.</summary>
    /// <exception cref="CampaignTextException">The markup nests deeper than <see cref="MaxNesting"/> elements.</exception>
    /// <param name="html">The page.</param>
    /// <param name="fileName">Name used in errors.</param>
    /// <param name="scope">How much of the page to keep.</param>
    public static string ExtractFromString(string html, string? fileName = null, ContentScope scope = DefaultScope)
    {
        if (NestingDepth(html) > MaxNesting)
        {
            throw new CampaignTextException(
                $"HTML nested more than {MaxNesting} elements deep, which no bulletin page is; refusing to parse it", fileName);
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            SkipComments = true,
            SkipScriptText = true,
            DisableElementPositionTracking = true,
        });
        using IHtmlDocument document = parser.ParseDocument(html);
        IElement? body = document.Body;
        if (body is null)
        {
            return "";
        }

        var removed = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        var layoutRows = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        Dictionary<INode, Counts> counts = Measure(body, removed, layoutRows);
        string whole = Emit(body, removed, layoutRows, end: null);
        return scope == ContentScope.WholeBody ? whole : MainContent(body, counts, removed, layoutRows, whole);
    }

    /// <summary>How much of a page the reader keeps.</summary>
    internal const ContentScope DefaultScope = ContentScope.UpToContent;

    /// <summary>What part of a page is emitted, after the removals.</summary>
    internal enum ContentScope
    {
        /// <summary>All of the body.</summary>
        WholeBody,

        /// <summary>
        /// The body up to the end of the densest content container (the smallest element that holds 85% of the
        /// page's CJK prose punctuation, such as div.TRS_Editor or #js_content): the title and date block above it
        /// stays, the share bars, editor lines and site footers after it go.
        /// </summary>
        UpToContent,
    }

    /// <summary>Punctuation of running prose (colons left out: metadata lines are full of them).</summary>
    private const string ClausePunctuation = "，。；！？、";

    /// <summary>
    /// The text up to the end of the content container, unless that would lose a sentence: when more than one
    /// 。！？ of the whole text falls after the container, the whole text is kept. A short bracketed line right
    /// after the container (an attribution such as "（区文明办供稿）") is kept with it.
    /// </summary>
    private static string MainContent(IElement body, Dictionary<INode, Counts> counts, HashSet<INode> removed,
        HashSet<INode> layoutRows, string whole)
    {
        int total = counts.TryGetValue(body, out Counts? b) ? b.Punct : 0;
        if (total < 5)
        {
            return whole;
        }

        IElement container = body;
        while (true)
        {
            IElement? next = null;
            foreach (IElement child in container.Children)
            {
                if (!removed.Contains(child) && counts.TryGetValue(child, out Counts? c) && c.Punct * 100 >= total * 85)
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            container = next;
        }

        if (container == body)
        {
            return whole;
        }

        string window = Emit(body, removed, layoutRows, end: container);
        if (SentenceEnds(whole) - SentenceEnds(window) > 1)
        {
            return whole;
        }

        // Keep a bracketed attribution line that follows the container.
        string rest = whole.Length > window.Length && whole.StartsWith(window, StringComparison.Ordinal) ? whole[window.Length..] : "";
        int nl = rest.IndexOf('\n');
        string firstAfter = (nl < 0 ? rest : rest[..nl]).Trim();
        if (firstAfter.Length is > 2 and <= 30 && firstAfter[0] is '（' or '(' && firstAfter[^1] is '）' or ')')
        {
            window += rest[..(nl + 1)];
        }

        return window;
    }

    private static int SentenceEnds(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is '。' or '！' or '？')
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// Deepest nesting a page may have. HTML tree building checks the stack of open elements at every tag, so
    /// its time grows with the square of the depth (about a second at 10,000 open elements); real pages stay
    /// under a few hundred.
    /// </summary>
    internal const int MaxNesting = 4096;

    /// <summary>End tags a page may leave out (the parser closes these itself), and void elements.</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen", "image", "isindex",
    };

    /// <summary>
    /// A linear estimate of the deepest nesting of the markup: start tags that must be closed, less their end
    /// tags; comments and the raw text of script, style, textarea and title are skipped. It stops counting
    /// once past <see cref="MaxNesting"/>.
    /// </summary>
    internal static int NestingDepth(string html)
    {
        int depth = 0, deepest = 0;
        int i = 0;
        while (deepest <= MaxNesting)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int j = start;
            while (j < html.Length && char.IsAsciiLetterOrDigit(html[j]))
            {
                j++;
            }

            if (j == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            string name = html[start..j];
            int close = html.IndexOf('>', j);
            if (close < 0)
            {
                break;
            }

            if (closing)
            {
                if (!NotCounted.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                     || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                int end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                int after = end < 0 ? -1 : html.IndexOf('>', end);
                i = after < 0 ? html.Length : after + 1;
                continue;
            }
            else if (!NotCounted.Contains(name) && html[close - 1] != '/')
            {
                deepest = Math.Max(deepest, ++depth);
            }

            i = close + 1;
        }

        return deepest;
    }

    /// <summary>Text counts of a subtree (non-whitespace characters), left after removals below it.</summary>
    private sealed class Counts
    {
        public int Chars;
        public int LinkChars;
        public int Links;

        /// <summary>CJK clause and sentence punctuation (，。；！？、): how much prose the subtree holds.</summary>
        public int Punct;

        /// <summary>Link-dense children removed: a block left with nothing else is a container of link lists.</summary>
        public int RemovedLists;
    }

    /// <summary>
    /// First pass, bottom-up: marks the dropped and link-dense elements in <paramref name="removed"/> and the
    /// table rows whose cells hold blocks (layout tables) in <paramref name="layoutRows"/>.
    /// </summary>
    private static Dictionary<INode, Counts> Measure(IElement root, HashSet<INode> removed, HashSet<INode> layoutRows)
    {
        var counts = new Dictionary<INode, Counts>(ReferenceEqualityComparer.Instance);
        var linkLists = new List<IElement>();
        var cells = new Stack<IElement>();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            (INode node, bool exit) = stack.Pop();
            if (node is IText text)
            {
                if (node.ParentElement is { } parent)
                {
                    Counts c = Of(counts, parent);
                    c.Chars += NonWhitespace(text.Data);
                    c.Punct += Punctuation(text.Data);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            string name = element.LocalName;
            if (!exit)
            {
                if (IsDropped(element))
                {
                    removed.Add(element);
                    continue;
                }

                if (name is "td" or "th")
                {
                    cells.Push(element);
                }
                else if (cells.Count > 0 && (Blocks.Contains(name) || name == "br"))
                {
                    IElement cell = cells.Peek();
                    if (cell.ParentElement is { } row)
                    {
                        layoutRows.Add(row);
                    }
                }

                stack.Push((element, true));
                for (INode? child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }

                continue;
            }

            if (name is "td" or "th")
            {
                cells.Pop();
            }

            Counts own = Of(counts, element);
            if (name == "a" && element.HasAttribute("href"))
            {
                own.LinkChars = own.Chars;
                own.Links++;
            }

            if (!Inline.Contains(name) && IsLinkDense(element, own))
            {
                removed.Add(element);
                linkLists.Add(element);
                if (element != root && element.ParentElement is { } holder)
                {
                    Of(counts, holder).RemovedLists++;
                }

                continue;
            }

            if (element != root && element.ParentElement is { } up)
            {
                Counts total = Of(counts, up);
                total.Chars += own.Chars;
                total.LinkChars += own.LinkChars;
                total.Links += own.Links;
                total.Punct += own.Punct;
            }
        }

        DropListTitles(linkLists, counts, removed);
        return counts;
    }

    /// <summary>
    /// The title of a removed link list goes with it: a short line right before the list ("相关新闻", "图片新闻")
    /// with no links, no sentence punctuation and no brackets (an attribution such as "（区文明办供稿）" stays).
    /// </summary>
    private static void DropListTitles(List<IElement> linkLists, Dictionary<INode, Counts> counts, HashSet<INode> removed)
    {
        foreach (IElement list in linkLists)
        {
            IElement? title = list.PreviousElementSibling;
            while (title is not null && removed.Contains(title) && !linkLists.Contains(title))
            {
                title = title.PreviousElementSibling;
            }

            if (title is null || removed.Contains(title) || !counts.TryGetValue(title, out Counts? c)
                || c.Chars is 0 or > 12 || c.Links > 0)
            {
                continue;
            }

            string text = PlainText(title).Trim();
            if (text.Length > 0 && text[0] is not ('（' or '(' or '【' or '[') && text.AsSpan().IndexOfAny("。！？；!?;") < 0)
            {
                removed.Add(title);
            }
        }
    }

    private static Counts Of(Dictionary<INode, Counts> counts, INode node)
    {
        if (!counts.TryGetValue(node, out Counts? c))
        {
            counts[node] = c = new Counts();
        }

        return c;
    }

    private static bool IsDropped(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is "true" && element.LocalName is not ("body" or "html"))
        {
            return true;
        }

        return element.GetAttribute("style") is { Length: > 0 } style && HiddenStyle().IsMatch(style);
    }

    /// <summary>
    /// Nothing is left of the block but removed link lists; or half or more of its text is link text, and it is a list of links (two or more), a bare link, or
    /// a single link behind a navigation label (上一篇：…, 更多); or a short block of links under a navigation
    /// label (当前位置：首页 &gt; …, 分享到：…).
    /// </summary>
    private static bool IsLinkDense(IElement element, Counts c)
    {
        if (c.Chars == 0)
        {
            return c.RemovedLists > 0;
        }

        if (c.Links == 0)
        {
            return false;
        }

        int plain = c.Chars - c.LinkChars;
        if (c.LinkChars < LinkDensity * c.Chars)
        {
            // Breadcrumbs and share bars: a few words around links, under a navigation label.
            return plain <= 20 && NavigationLabel().IsMatch(PlainText(element));
        }

        return c.Links >= 2 || plain == 0 || (plain <= 20 && NavigationLabel().IsMatch(PlainText(element)));
    }

    /// <summary>The text of an element outside its links (for short blocks only: it stops after 64 characters).</summary>
    private static string PlainText(IElement element)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0 && sb.Length < 64)
        {
            INode node = stack.Pop();
            if (node is IText t)
            {
                sb.Append(t.Data);
            }
            else if (node is IElement e && (e == element || (e.LocalName != "a" && !Dropped.Contains(e.LocalName))))
            {
                for (INode? child = e.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }

        return sb.ToString();
    }

    private static int Punctuation(string s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (ClausePunctuation.Contains(c, StringComparison.Ordinal))
            {
                n++;
            }
        }

        return n;
    }

    private static int NonWhitespace(string s)
    {
        int n = 0;
        foreach (char c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Second pass, in document order: the text of everything not removed.</summary>
    /// <param name="root">Where to start.</param>
    /// <param name="removed">Elements left out with all they hold.</param>
    /// <param name="layoutRows">Table rows whose cells are blocks.</param>
    /// <param name="end">When set, emission stops after this element.</param>
    private static string Emit(IElement root, HashSet<INode> removed, HashSet<INode> layoutRows, IElement? end)
    {
        var sink = new LineSink();
        var stack = new Stack<(INode Node, bool Exit)>();
        int pre = 0;
        int heading = 0;
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            (INode node, bool exit) = stack.Pop();
            if (node is IText text)
            {
                if (pre > 0)
                {
                    sink.Preformatted(text.Data);
                }
                else
                {
                    sink.Text(text.Data);
                }

                continue;
            }

            if (node is not IElement element || removed.Contains(element))
            {
                continue;
            }

            string name = element.LocalName;
            bool dataCell = name is "td" or "th" && element.ParentElement is { } row && !layoutRows.Contains(row);
            bool block = !dataCell && (Blocks.Contains(name) || (name is "td" or "th"));
            if (exit)
            {
                if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                {
                    heading--;
                }

                if (name is "pre" or "listing" or "xmp" or "plaintext")
                {
                    pre--;
                }

                if (block)
                {
                    sink.EndLine();
                }

                if (element == end)
                {
                    break;
                }

                continue;
            }

            if (name == "br")
            {
                if (heading > 0 && pre == 0)
                {
                    // A headline set over two lines (<h1>主题<br/>副题</h1>) is one title.
                    sink.Text(" ");
                }
                else
                {
                    sink.LineBreak();
                }

                continue;
            }

            if (name == "hr")
            {
                sink.EndLine();
                continue;
            }

            if (dataCell && element.PreviousElementSibling is { LocalName: "td" or "th" })
            {
                sink.Tab();
            }
            else if (block)
            {
                sink.EndLine();
            }

            if (name is "pre" or "listing" or "xmp" or "plaintext")
            {
                pre++;
            }

            if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                heading++;
            }

            stack.Push((element, true));
            for (INode? child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        return sink.Finish();
    }

    /// <summary>Builds lines as a browser lays out text: whitespace runs collapse to one space, lines are trimmed.</summary>
    private sealed class LineSink
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _line = new();
        private bool _space;
        private bool _segmentBreak;
        private int _blankLines;

        public void Text(string data)
        {
            foreach (char c in data)
            {
                switch (c)
                {
                    case ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B':
                        if (_line.Length > 0)
                        {
                            _segmentBreak |= c is '\n' or '\r';
                            _space = true;
                        }

                        break;
                    default:
                        // A source line break between two CJK characters is no space (CSS Text's segment break rule).
                        if (_space && !(_segmentBreak && WideChars.IsWide(_line[^1]) && WideChars.IsWide(c)))
                        {
                            _line.Append(' ');
                        }

                        _space = false;
                        _segmentBreak = false;

                        // An em space indents like the full-width space it stands for.
                        _line.Append(c == '\u2003' ? '\u3000' : c);
                        break;
                }
            }
        }

        public void Preformatted(string data)
        {
            foreach (char c in data)
            {
                if (c == '\n')
                {
                    LineBreak();
                }
                else if (c != '\r')
                {
                    _line.Append(c);
                }
            }
        }

        public void Tab()
        {
            _space = false;
            _segmentBreak = false;
            _line.Append('\t');
        }

        /// <summary>A block boundary: ends the line when it has text.</summary>
        public void EndLine()
        {
            _space = false;
            _segmentBreak = false;
            Flush();
        }

        /// <summary>A &lt;br&gt;: ends the line, and an empty line makes one blank line (never two in a row).</summary>
        public void LineBreak()
        {
            _space = false;
            _segmentBreak = false;
            if (!Flush() && _out.Length > 0 && _blankLines == 0)
            {
                _out.Append('\n');
                _blankLines++;
            }
        }

        private bool Flush()
        {
            int end = _line.Length;
            while (end > 0 && _line[end - 1] is ' ' or '\t')
            {
                end--;
            }

            int start = 0;
            while (start < end && _line[start] == '\t')
            {
                start++;
            }

            bool any = false;
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(_line[i]))
                {
                    any = true;
                    break;
                }
            }

            if (any)
            {
                _out.Append(_line, start, end - start).Append('\n');
                _blankLines = 0;
            }

            _line.Clear();
            return any;
        }

        public string Finish()
        {
            Flush();
            while (_out.Length > 0 && _blankLines > 0 && _out[^1] == '\n' && _out.Length >= 2 && _out[^2] == '\n')
            {
                _out.Length--;
                _blankLines--;
            }

            return _out.ToString();
        }
    }
}
