namespace CampaignText;

/// <summary>
/// A range of UTF-16 code units in a string: <see cref="Start"/> is the index of the first char,
/// <see cref="End"/> the index after the last one (end exclusive).
/// </summary>
/// <param name="Start">Index of the first char in the range.</param>
/// <param name="End">Index one past the last char in the range.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of chars in the range.</summary>
    public int Length => End - Start;

    /// <summary>True when the range holds no chars.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Creates a span from a start index and a length.</summary>
    /// <param name="start">Index of the first char.</param>
    /// <param name="length">Number of chars.</param>
    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    /// <summary>Returns the chars this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The string the span points into.</param>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
