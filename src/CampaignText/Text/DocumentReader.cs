namespace CampaignText.Text;

/// <summary>
/// Reads .txt, .md and .docx files into <see cref="SourceText"/>. The format comes from the extension
/// (.txt/.text, .md/.markdown, .docx) and, for other names or when the content says otherwise, from the
/// content: a zip header means .docx; text with clear Markdown marks is read as Markdown (see
/// <see cref="DocumentReaderOptions.DetectMarkdownInText"/>); PDF, RTF, images, archives and other binary files are refused with a
/// <see cref="CampaignTextException"/> that names the file and the problem.
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
    /// <param name="path">Path of a .txt, .md or .docx file.</param>
    /// <exception cref="CampaignTextException">The file is missing, too large, empty, binary, undecodable or a corrupt .docx.</exception>
    public SourceText Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
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
    /// <exception cref="CampaignTextException">The content is too large, empty, binary, undecodable or a corrupt .docx.</exception>
    public SourceText Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        (byte[] data, int length) = ReadAll(stream, fileName);
        return Read(data, length, fileName);
    }

    /// <summary>
    /// Builds a <see cref="SourceText"/> from text already in memory; Markdown when <paramref name="fileName"/>
    /// ends in .md or .markdown, plain text otherwise (no content detection: the caller knows what it has).
    /// </summary>
    /// <param name="content">The text.</param>
    /// <param name="fileName">Name used for the format and as <see cref="SourceText.Path"/>.</param>
    public SourceText ReadString(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        SourceFormat format = FormatFromExtension(fileName) == SourceFormat.Markdown ? SourceFormat.Markdown : SourceFormat.Txt;
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
                string extracted = DocxTextExtractor.Extract(data, length, fileName, Options.MaxDocxUncompressedBytes);
                return FromText(extracted, fileName, SourceFormat.Docx, encodingName: null);
        }

        if (length > Options.MaxTextFileBytes)
        {
            throw TextTooLarge(fileName, length);
        }

        if (byName == SourceFormat.Docx)
        {
            throw new CampaignTextException("not a .docx (no zip header); the file may be truncated or misnamed", fileName);
        }

        DecodedText decoded = TextDecoder.Decode(bytes, fileName);
        SourceFormat format = byName ?? SourceFormat.Txt;
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

    /// <summary>The format an extension names, or null for an extension that names none.</summary>
    internal static SourceFormat? FormatFromExtension(string fileName)
    {
        string ext = System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" => SourceFormat.Txt,
            ".md" or ".markdown" or ".mdown" or ".mkd" => SourceFormat.Markdown,
            ".docx" or ".docm" => SourceFormat.Docx,
            _ => null,
        };
    }

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

                if (size > Options.MaxTextFileBytes && !StartsWithZipHeader(stream))
                {
                    throw TextTooLarge(fileName, size);
                }

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

    /// <summary>Whether the stream's next bytes begin a zip archive (PK); the position is left where it was.</summary>
    private static bool StartsWithZipHeader(Stream stream)
    {
        long at = stream.Position;
        Span<byte> head = stackalloc byte[2];
        int got = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = at;
        return got == 2 && head is [0x50, 0x4B];
    }

    private CampaignTextException TextTooLarge(string fileName, long size) =>
        new($"text file is {size} bytes, over the limit of {Options.MaxTextFileBytes} bytes for a bulletin " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxTextFileBytes)})", fileName);

    private CampaignTextException TooLarge(string fileName, long? size) =>
        new($"file is {(size is long s ? $"{s} bytes, over" : "larger than")} the limit of {Options.MaxFileBytes} bytes " +
            $"({nameof(DocumentReaderOptions)}.{nameof(DocumentReaderOptions.MaxFileBytes)})", fileName);
}
