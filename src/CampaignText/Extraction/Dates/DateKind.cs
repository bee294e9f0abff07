using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Dates;

/// <summary>
/// The <c>date</c> kind: <see cref="DateMention"/> with its normalised form, granularity, whether it is
/// relative, the days it covers and what it was resolved against.
/// </summary>
internal static class DateKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<DateMention>(
        MentionKind.Date,
        "date",
        [
            MentionField.Text<DateMention>("normalized", static d => d.Normalized),
            MentionField.Text<DateMention>("granularity", static d => GranularityName(d.Granularity)),
            MentionField.Flag<DateMention>("relative", static d => d.Relative),
            MentionField.Date<DateMention>("from", static d => d.From),
            MentionField.Date<DateMention>("to", static d => d.To),
            MentionField.Text<DateMention>("reference", static d => d.Reference is { } r ? ReferenceName(r) : null),
        ],
        static d => (d.Normalized, $"{d.Granularity.ToString().ToLowerInvariant()}{(d.Relative ? " relative" : "")}{(d.From is { } f ? $" {MentionField.FormatDate(f)}..{(d.To is { } t ? MentionField.FormatDate(t) : "")}" : "")}"));

    /// <summary>The contract name of a date's granularity: day, month or year.</summary>
    public static string GranularityName(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Year => "year",
        DateGranularity.Month => "month",
        _ => "day",
    };

    /// <summary>The contract name of a date's reference: masthead, metadata, signoff, text or previous.</summary>
    public static string ReferenceName(DateReference reference) => reference switch
    {
        DateReference.Metadata => "metadata",
        DateReference.SignOff => "signoff",
        DateReference.Text => "text",
        DateReference.Previous => "previous",
        _ => "masthead",
    };
}
