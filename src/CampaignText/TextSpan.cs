namespace CampaignText;

/// <summary>
/// A range of UTF-16 code units in a string: <see cref="Start"/> is inclusive, <see cref="End"/> is exclusive.
/// </summary>
/// <param name="Start">Index of the first code unit in the range.</param>
/// <param name="End">Index one past the last code unit in the range.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units in the range (<c>End - Start</c>).</summary>
    public int Length => End - Start;
}
