namespace CampaignText.Text;

/// <summary>
/// The result of <see cref="TextNormalizer.Normalize(string)"/>: the normalised text and, for every index in
/// it, the range of the original text it came from.
/// </summary>
public sealed class NormalizedText
{
    private readonly OffsetMap _map;

    internal NormalizedText(string original, string text, OffsetMap map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    /// <summary>The text before normalisation.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>True when normalisation changed nothing.</summary>
    public bool IsUnchanged => ReferenceEquals(Original, Text);

    internal OffsetMap Map => _map;

    /// <summary>
    /// The range of <see cref="Original"/> that the character at <paramref name="index"/> of <see cref="Text"/>
    /// came from: one code unit for a character kept or replaced, two for a surrogate pair or CRLF.
    /// </summary>
    /// <param name="index">A UTF-16 index into <see cref="Text"/>.</param>
    public TextSpan SourceOf(int index) => _map.SourceOf(index);

    /// <summary>
    /// Maps a span of <see cref="Text"/> to <see cref="Original"/>: from the original start of its first
    /// character to the original end of its last, so removed characters inside the span are included and
    /// removed characters at its edges are not. An empty span maps to an empty span.
    /// </summary>
    /// <param name="span">A span of <see cref="Text"/>.</param>
    public TextSpan ToOriginal(TextSpan span) => _map.ToSource(span);
}
