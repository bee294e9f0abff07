namespace CampaignText.Extraction;

/// <summary>What the caller knows about the text being read.</summary>
/// <param name="HomeDistrict">
/// The district the text comes from (such as 东城区, or a code such as 110101), when known: 我区, 全区 and
/// 区… organisations resolve to it and it decides ambiguous county names.
/// </param>
/// <param name="Kinds">The kinds to extract; all when null.</param>
public sealed record ExtractionContext(string? HomeDistrict = null, IReadOnlyCollection<MentionKind>? Kinds = null)
{
    /// <summary>No home district, every kind.</summary>
    public static ExtractionContext Empty { get; } = new();

    /// <summary>Whether <paramref name="kind"/> is asked for.</summary>
    public bool Wants(MentionKind kind) => Kinds is null || Kinds.Contains(kind);
}
