namespace CampaignText.Text;

/// <summary>
/// Reads .txt, .md, .docx, .html and .pdf files into <see cref="SourceText"/>. The format comes from the
/// extension (.txt/.text, .md/.markdown, .docx/.docm, .html/.htm/.xhtml, .pdf) and, for other names or when
/// the content says otherwise, from the content: a zip header means .docx, %PDF means PDF (whatever the
/// name); a file of unknown extension that starts with an HTML doctype or &lt;html&gt; is read as HTML; text with
/// clear Markdown marks is read as Markdown (see <see cref="DocumentReaderOptions.DetectMarkdownInText"/>), text
/// that is HTML markup as HTML (see <see cref="DocumentReaderOptions.DetectHtmlInText"/>);
/// RTF, images, archives and other binary files are refused with a <see cref="CampaignTextException"/> that
/// names the file and the problem.
/// </summary>
/// <remarks>Immutable and thread-safe: one reader can serve many threads.</remarks>
public sealed class DocumentReader
{
    private readonly TextNormalizer _normalizer;

    /// <summary>Creates a reader with <see cref="DocumentReaderOptions.Default"/>.</summary>
    public DocumentReader()
        : this(DocumentReaderOptions.Default)
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="normalizer">The normaliser; <see cref="TextNormalizer.Default"/> when null.</param>
    public DocumentReader(DocumentReaderOptions options, TextNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        _normalizer = normalizer ?? TextNormalizer.Default;
    }

    /// <summary>The settings this reader uses.</summary>
    public DocumentReaderOptions Options { get; }

    /// <summary>Reads a file.</summary>
    /// <param name="path">Path of a .txt, .md, .docx, .html or .pdf file.</param>
    /// <exception cref="CampaignTextException">The file is missing, too large, empty, binary, undecodable, a corrupt
    /// .docx or PDF, an encrypted PDF or a PDF without a text layer.</exception>
    public SourceText Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new CampaignTextException("is a directory, not a file", path);
        }

        if (Pipeline.FileKind.Special(path) is { } kind)
        {
            throw new CampaignTextException($"{kind}, not a file; refusing to read it", path);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string problem = ex switch
            {
                FileNotFoundException => "file not found",
                DirectoryNotFoundException => "directory not found",
                UnauthorizedAccessException => "permission denied",
                _ => $"cannot open: {ex.Message}",
            };
            throw new CampaignTextException(problem, path, innerException: ex);
        }

        using (stream)
        {
            return Read(stream, path);
        }
    }

    /// <summary>Reads a document from a stream (read to its end, not disposed).</summary>
    /// <param name="stream">The document bytes.</param>
    /// <param name="fileName">Name used for the format and in errors, such as "2020-18.txt".</param>
    /// <exception cref="CampaignTextException">The content is too large, empty, binary, undecodable, a corrupt
    /// .docx or PDF, an encrypted PDF or a PDF without a text layer.</exception>
    public SourceText Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        (byte[] data, int length) = ReadAll(stream, fileName);
        return Read(data, length, fileName);
    }

    /// <summary>
    /// Builds a <see cref="SourceText"/> from text already in memory; Markdown when <paramref name="fileName"/>
    /// ends in .md or .markdown, HTML when it ends in .html, .htm or .xhtml, plain text otherwise (no content
    /// detection: the caller knows what it has).
    /// </summary>
    /// <param name="content">The text.</param>
    /// <param name="fileName">Name used for the format and as <see cref="SourceText.Path"/>.</param>
    public SourceText ReadString(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        SourceFormat? byName = FormatFromExtension(fileName);
        if (byName == SourceFormat.Html)
        {
            return FromText(HtmlTextExtractor.ExtractFromString(content, fileName), fileName, SourceFormat.Html, encodingName: null);
        }

        SourceFormat format = byName == SourceFormat.Markdown ? SourceFormat.Markdown : SourceFormat.Txt;
        return FromText(content, fileName, format, encodingName: null);
    }

    private SourceText Read(byte[] data, int length, string fileName)
    {
        if (length == 0)
        {
            throw new CampaignTextException("empty file", fileName);
        }

        ReadOnlySpan<byte> bytes = data.AsSpan(0, length);
        SourceFormat? byName = FormatFromExtension(fileName);
        (SignatureKind kind, string what) = FileSignature.Detect(bytes);
        switch (kind)
        {
            case SignatureKind.Unsupported:
                throw new CampaignTextException($"unsupported format ({what}); save it as .txt or .docx first", fileName);
            case SignatureKind.Binary:
                throw new CampaignTextException($"binary file ({what}), not text", fileName);
            case SignatureKind.Zip:
                string extracted = DocxTextExtractor.Extract(data, length, fileName, Options.MaxDocxUncompressedBytes, Options.MaxTextFileBytes);
                return FromText(extracted, fileName, SourceFormat.Docx, encodingName: null);
            case SignatureKind.Pdf:
                if (length > Options.MaxPdfBytes)
                {
                    throw FormatTooLarge(fileName, "PDF", length, Options.MaxPdfBytes, nameof(DocumentReaderOptions.MaxPdfBytes));
                }

                string pdfText = PdfTextExtractor.Extract(data, length, fileName, Options.MaxTextFileBytes);
                return FromText(pdfText, fileName, SourceFormat.Pdf, encodingName: null);
        }

        if (byName == SourceFormat.Docx)
        {
            throw new CampaignTextException("not a .docx (no zip header); the file may be truncated or misnamed", fileName);
        }

        if (byName == SourceFormat.Pdf)
        {
            throw new CampaignTextException("not a PDF (no %PDF header); the file may be misnamed", fileName);
        }

        if (byName == SourceFormat.Html || (byName is null && HtmlTextExtractor.LooksLikeHtml(bytes)))
        {
            if (length > Options.MaxHtmlBytes)
            {
                throw FormatTooLarge(fileName, "HTML", length, Options.MaxHtmlBytes, nameof(DocumentReaderOptions.MaxHtmlBytes));
            }

            (string html, string encoding) = HtmlTextExtractor.Extract(bytes, fileName);
            CheckExtractedLength(html, fileName, "web page");
            return FromText(html, fileName, SourceFormat.Html, encoding);
        }

        if (length > Options.MaxTextFileBytes)
        {
            throw TextTooLarge(fileName, length);
        }

        DecodedText decoded = TextDecoder.Decode(bytes, fileName);
        SourceFormat format = byName ?? SourceFormat.Txt;
        if (format == SourceFormat.Txt && Options.DetectHtmlInText && HtmlTextExtractor.LooksLikeHtmlFragment(decoded.Text))
        {
            string extracted = HtmlTextExtractor.ExtractFromString(decoded.Text, fileName, HtmlTextExtractor.ContentScope.WholeBody);
            CheckExtractedLength(extracted, fileName, "HTML text");
            return FromText(extracted, fileName, SourceFormat.Html, decoded.EncodingName);
        }

        if (format == SourceFormat.Txt && Options.DetectMarkdownInText && MarkdownSniffer.LooksLikeMarkdown(decoded.Text))
        {
            format = SourceFormat.Markdown;
        }

        return FromText(decoded.Text, fileName, format, decoded.EncodingName);
    }

    private SourceText FromText(string original, string path, SourceFormat format, string? encodingName)
    {
        string plain = original;
        OffsetMap? extraction = null;
        if (format == SourceFormat.Markdown)
        {
            (plain, extraction) = MarkdownTextExtractor.Extract(original);
        }

        NormalizedText? normalized = Options.Normalize ? _normalizer.Normalize(plain) : null;
        if (normalized is { IsUnchanged: true })
        {
            normalized = null;
        }

        return new SourceText(path, original, normalized?.Text ?? plain, format, encodingName, normalized, extraction);
    }

    /// <summary>
    /// The one list of file extensions and the format each names, lower case with the dot; the folder walk
    /// (<see cref="CampaignText.Pipeline.BulletinFiles.Extensions"/>) takes the same list.
    /// </summary>
    private static readonly (string Extension, SourceFormat Format)[] ExtensionFormats =
    [
        (".txt", SourceFormat.Txt), (".text", SourceFormat.Txt),
        (".md", SourceFormat.Markdown), (".markdown", SourceFormat.Markdown), (".mdown", SourceFormat.Markdown), (".mkd", SourceFormat.Markdown),
        (".docx", SourceFormat.Docx), (".docm", SourceFormat.Docx),
        (".html", SourceFormat.Html), (".htm", SourceFormat.Html), (".xhtml", SourceFormat.Html),
        (".pdf", SourceFormat.Pdf),
    ];

    /// <summary>The format an extension names, or null for an extension that names none.</summary>
    internal static SourceFormat? FormatFromExtension(string fileName)
    {
        string ext = System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        foreach (var (extension, format) in ExtensionFormats)
        {
            if (extension == ext) return format;
        }

        return null;
    }

    /// <summary>The extensions <see cref="FormatFromExtension"/> knows, lower case with the dot, in a fixed order.</summary>
    internal static IReadOnlyList<string> KnownExtensions { get; } = [.. ExtensionFormats.Select(e => e.Extension)];

    /// <summary>The first extension of each format (.txt, .md, .docx, .html, .pdf), in the same order: the names help and messages give.</summary>
    internal static IReadOnlyList<string> MainExtensions { get; } = [.. ExtensionFormats.DistinctBy(e => e.Format).Select(e => e.Extension)];

    private (byte[] Data, int Length) ReadAll(Stream stream, string fileName)
    {
        long max = Options.MaxFileBytes;
        try
        {
            if (stream.CanSeek)
            {
                long size = stream.Length - stream.Position;
                if (size > max)
                {
                    throw TooLarge(fileName, size);
                }

                CheckSizeByKind(stream, fileName, size);

                byte[] exact = new byte[size];
                stream.ReadExactly(exact);
                return (exact, exact.Length);
            }

            byte[] buffer = new byte[(int)Math.Min(max + 1, 1 << 16)];
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > max)
                    {
                        throw TooLarge(fileName, null);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(max + 1, (long)buffer.Length * 2));
                }

                int read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > max)
            {
                throw TooLarge(fileName, null);
            }

            return (buffer, length);
        }
        catch (IOException ex)
        {
            throw new CampaignTextException($"cannot read: {ex.Message}", fileName, innerException: ex);
        }
    }

    /// <summary>
    /// Refuses a seekable stream from its size before it is read, by the limit of what its first bytes (or,
    /// for HTML, its name) say it is; the position is left where it was.
    /// </summary>
    private void CheckSizeByKind(Stream stream, string fileName, long size)
    {
        if (size <= Math.Min(Math.Min(Options.MaxTextFileBytes, Options.MaxHtmlBytes), Options.MaxPdfBytes))
        {
            return;
        }

        long at = stream.Position;
        Span<byte> head = stackalloc byte[8];
        int got = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = at;
        switch (FileSignature.Detect(head[..got]).Kind)
        {
            case SignatureKind.Zip:
                return;
            case SignatureKind.Pdf:
                if (size > Options.MaxPdfBytes)
                {
                    throw FormatTooLarge(fileName, "PDF", size, Options.MaxPdfBytes, nameof(DocumentReaderOptions.MaxPdfBytes));
                }

                return;
            case SignatureKind.None when FormatFromExtension(fileName) == SourceFormat.Html:
                if (size > Options.MaxHtmlBytes)
                {
                    throw FormatTooLarge(fileName, "HTML", size, Options.MaxHtmlBytes, nameof(DocumentReaderOptions.MaxHtmlBytes));
                }

                return;
            default:
                if (size > Options.MaxTextFileBytes)
                {
                    throw TextTooLarge(fileName, size);
                }

                return;
        }
    }

    /// <summary>Holds text extracted from a container format to <see cref="DocumentReaderOptions.MaxTextFileBytes"/>, two bytes a character.</summary>
    private void CheckExtractedLength(string text, string fileName, string what)
    {
        if ((long)text.Length * 2 > Options.MaxTextFileBytes)
        {
            throw new CampaignTextException(
                $"the text of the {what} is over the limit of {Options.MaxTextFileBytes} bytes for a bulletin " +
                $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxTextFileBytes)}, two bytes a character)", fileName);
        }
    }

    private static CampaignTextException FormatTooLarge(string fileName, string kind, long size, long limit, string setting) =>
        new($"{kind} file is {size} bytes, over the limit of {limit} bytes for a bulletin ({nameof(DocumentReaderOptions)}.{setting})", fileName);

    private CampaignTextException TextTooLarge(string fileName, long size) =>
        new($"text file is {size} bytes, over the limit of {Options.MaxTextFileBytes} bytes for a bulletin " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxTextFileBytes)})", fileName);

    private CampaignTextException TooLarge(string fileName, long? size) =>
        new($"file is {(size is long s ? $"{s} bytes, over" : "larger than")} the limit of {Options.MaxFileBytes} bytes " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxFileBytes)})", fileName);
}
