namespace CampaignText.Extraction.Dates;

/// <summary>A date, month or year, resolved against the reference (issue) date when the text leaves parts out.</summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">
/// <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>; <c>--MM-DD</c> or <c>--MM</c> when the month is written but
/// the year cannot be known (no reference date and no year in the text); null when nothing can be known.
/// </param>
/// <param name="Granularity">Day, month or year.</param>
/// <param name="Relative">True when the reference date was needed (1月5日, 近日, 去年), even if unresolved.</param>
/// <param name="From">First day of a period (4月上旬 → 4月1日), else null.</param>
/// <param name="To">Last day of a period (4月上旬 → 4月10日), else null.</param>
public sealed record DateMention(string Text, int Start, int End, string? Normalized, DateGranularity Granularity, bool Relative, DateOnly? From = null, DateOnly? To = null)
    : Mention(Text, Start, End)
{
    /// <summary>
    /// What the date was resolved against (masthead, metadata, sign-off, a year of the text, or the previous
    /// date of the paragraph); null when the text states the date whole or nothing could be used.
    /// </summary>
    public DateReference? Reference { get; init; }

    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Date;
}
