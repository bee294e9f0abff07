namespace CampaignText.Text;

/// <summary>
/// A document read into text: the text as found in the file (<see cref="Original"/>), the normalised text
/// the rest of the pipeline works on (<see cref="Text"/>), and a map from spans of <see cref="Text"/> back to
/// <see cref="Original"/>. Immutable.
/// </summary>
/// <remarks>
/// What <see cref="Original"/> holds depends on <see cref="Format"/>: for .txt the decoded file; for Markdown
/// the decoded Markdown source (so spans map back into the Markdown, element-exact where the text is not
/// verbatim there); for .docx the text extracted from the document (paragraph and row lines), for HTML the
/// visible text extracted from the page (one line per block) and for PDF the text layer in reading order, as
/// these have no plain text of their own to point into.
/// </remarks>
public sealed class SourceText
{
    private readonly NormalizedText? _normalized;
    private readonly OffsetMap? _extraction;

    internal SourceText(string path, string original, string text, SourceFormat format, string? encodingName,
        NormalizedText? normalized, OffsetMap? extraction)
    {
        Path = path;
        Original = original;
        Text = text;
        Format = format;
        EncodingName = encodingName;
        _normalized = normalized;
        _extraction = extraction;
    }

    /// <summary>The path or file name the text was read from, as given.</summary>
    public string Path { get; }

    /// <summary>The text as found in the file (see the remarks for Markdown and .docx).</summary>
    public string Original { get; }

    /// <summary>The normalised plain text; UTF-16 offsets elsewhere in the pipeline refer to this string.</summary>
    public string Text { get; }

    /// <summary>The format the text was read from.</summary>
    public SourceFormat Format { get; }

    /// <summary>
    /// The encoding the file was decoded from: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "GB18030" (for
    /// HTML also another charset its meta tag names, such as "BIG5"); null for .docx and PDF (which carry their
    /// own encoding) and for text given as a string.
    /// </summary>
    public string? EncodingName { get; }

    /// <summary>
    /// Maps a span of <see cref="Text"/> to the span of <see cref="Original"/> it came from: from the original
    /// start of its first character to the original end of its last character.
    /// </summary>
    /// <param name="span">A span of <see cref="Text"/>, 0 ≤ Start ≤ End ≤ Text.Length.</param>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie within <see cref="Text"/>.</exception>
    public TextSpan ToOriginal(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length || span.Start > span.End)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"span must lie in [0, {Text.Length}].");
        }

        TextSpan s = _normalized?.ToOriginal(span) ?? span;
        return _extraction?.ToSource(s) ?? s;
    }

    /// <summary>The slice of <see cref="Original"/> that a span of <see cref="Text"/> came from.</summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    public string OriginalSlice(TextSpan span)
    {
        TextSpan o = ToOriginal(span);
        return Original.Substring(o.Start, o.Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Format}, {Text.Length} chars)";
}
