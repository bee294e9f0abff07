namespace CampaignText.Text;

/// <summary>Settings for <see cref="DocumentReader"/>. Immutable; change with a <c>with</c> expression.</summary>
public sealed record DocumentReaderOptions
{
    /// <summary>64 MiB, the default for <see cref="MaxFileBytes"/>, <see cref="MaxDocxUncompressedBytes"/> and <see cref="MaxPdfBytes"/>.</summary>
    public const long DefaultLimit = 64L * 1024 * 1024;

    /// <summary>The largest limit any size setting accepts (about 1 GiB): text is held in one string.</summary>
    public const long LargestLimit = 1L << 30;

    /// <summary>The options used when none are given.</summary>
    public static DocumentReaderOptions Default { get; } = new();

    /// <summary>Files (or streams) larger than this many bytes are refused before they are read.</summary>
    public long MaxFileBytes { get; init; } = DefaultLimit;

    /// <summary>
    /// 16 MiB, the default for <see cref="MaxTextFileBytes"/>: a bulletin's text is a few hundred kilobytes
    /// at most, so a larger text file is something else (a log, a dump, many bulletins run together).
    /// </summary>
    public const long DefaultTextLimit = 16L * 1024 * 1024;

    /// <summary>
    /// Text files (anything that is not a .docx archive) larger than this many bytes are refused; a file
    /// on disk is refused from its size before it is read. At most <see cref="MaxFileBytes"/> applies too. The
    /// text extracted from a .docx, a web page or a PDF is held to it as well, at two bytes a character (a .docx
    /// is refused as soon as its streamed text passes it).
    /// </summary>
    public long MaxTextFileBytes { get; init; } = DefaultTextLimit;

    /// <summary>
    /// A .docx is refused when its <c>word/document.xml</c>, or all its XML parts together, would
    /// decompress to more than this many bytes (a guard against zip bombs). Checked against the sizes the
    /// archive declares and again while the part is decompressed.
    /// </summary>
    public long MaxDocxUncompressedBytes { get; init; } = DefaultLimit;

    /// <summary>
    /// 16 MiB, the default for <see cref="MaxHtmlBytes"/>: a bulletin's web page is a few hundred kilobytes
    /// with its markup.
    /// </summary>
    public const long DefaultHtmlLimit = 16L * 1024 * 1024;

    /// <summary>
    /// HTML files (by extension or content) larger than this many bytes are refused; a file on disk is refused
    /// from its size before it is read. At most <see cref="MaxFileBytes"/> applies too.
    /// </summary>
    public long MaxHtmlBytes { get; init; } = DefaultHtmlLimit;

    /// <summary>
    /// PDF files larger than this many bytes are refused (64 MiB by default); a file on disk is refused from
    /// its size before it is read. At most <see cref="MaxFileBytes"/> applies too. The text extracted from a PDF
    /// is held to <see cref="MaxTextFileBytes"/> as well, at two bytes a character.
    /// </summary>
    public long MaxPdfBytes { get; init; } = DefaultLimit;

    /// <summary>
    /// When true (the default) <see cref="SourceText.Text"/> is passed through <see cref="TextNormalizer"/>;
    /// when false it is the decoded or extracted text as it is.
    /// </summary>
    public bool Normalize { get; init; } = true;

    /// <summary>
    /// When true (the default) a .txt (or extension-less) file whose text carries clear Markdown marks
    /// (an ATX heading and at least three marks in all: headings, bold pairs, thematic breaks, links) is
    /// read as Markdown, as text copied from web pages often is. Files named .md are always Markdown.
    /// </summary>
    public bool DetectMarkdownInText { get; init; } = true;

    /// <summary>
    /// When true (the default) a .txt (or extension-less) file whose text is HTML markup without a page around
    /// it (it opens with a block tag such as &lt;p&gt; or &lt;div&gt; and closes at least two: a CMS field or a
    /// copied page source) is read as HTML, all of it, so no tag is left in the text. Files named .html are
    /// always HTML.
    /// </summary>
    public bool DetectHtmlInText { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting that is out of range.</summary>
    /// <returns>The same options, for chaining.</returns>
    public DocumentReaderOptions Validate()
    {
        if (MaxFileBytes is <= 0 or > LargestLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), MaxFileBytes,
                $"{nameof(MaxFileBytes)} must be between 1 and {LargestLimit} bytes.");
        }

        if (MaxTextFileBytes is <= 0 or > LargestLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextFileBytes), MaxTextFileBytes,
                $"{nameof(MaxTextFileBytes)} must be between 1 and {LargestLimit} bytes.");
        }

        if (MaxDocxUncompressedBytes is <= 0 or > LargestLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocxUncompressedBytes), MaxDocxUncompressedBytes,
                $"{nameof(MaxDocxUncompressedBytes)} must be between 1 and {LargestLimit} bytes.");
        }

        if (MaxHtmlBytes is <= 0 or > LargestLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHtmlBytes), MaxHtmlBytes,
                $"{nameof(MaxHtmlBytes)} must be between 1 and {LargestLimit} bytes.");
        }

        if (MaxPdfBytes is <= 0 or > LargestLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPdfBytes), MaxPdfBytes,
                $"{nameof(MaxPdfBytes)} must be between 1 and {LargestLimit} bytes.");
        }

        return this;
    }
}
