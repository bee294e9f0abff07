namespace CampaignText.Extraction;

/// <summary>What the caller knows about the text being read.</summary>
/// <param name="HomeDistrict">
/// The district the text comes from (such as 东城区, or a code such as 110101), when known: 我区, 全区 and
/// 区… organisations resolve to it and it decides ambiguous county names.
/// </param>
/// <param name="Kinds">
/// The kinds to extract; all when null. Only the extractors these kinds need run (dates alone need no places,
/// measures need organisations, which need places and people).
/// </param>
public sealed record ExtractionContext(string? HomeDistrict = null, IReadOnlyCollection<MentionKind>? Kinds = null)
{
    /// <summary>
    /// What the reference date passed with the text is: the masthead's issue date (the default), a metadata
    /// line's date or the sign-off's. Date mentions resolved against it say so in <see cref="Dates.DateMention.Reference"/>.
    /// </summary>
    public Dates.DateReference ReferenceSource { get; init; } = Dates.DateReference.Masthead;

    /// <summary>
    /// A year the document states elsewhere (its title: 2022年·第9期), used when there is no reference date
    /// and the text itself names no year; dates resolved against it have reference <c>text</c>.
    /// </summary>
    public int? ReferenceYear { get; init; }

    /// <summary>No home district, every kind.</summary>
    public static ExtractionContext Empty { get; } = new();

    /// <summary>Whether <paramref name="kind"/> is asked for.</summary>
    public bool Wants(MentionKind kind) => Kinds is null || Kinds.Contains(kind);
}
