using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Extraction.Kinds;

/// <summary>
/// The registered mention kinds, one line each: the JSON writer, the corpus tables, the index and the CLI
/// take every kind, its name and its fields from here.
/// </summary>
public static class MentionKinds
{
    private static readonly Dictionary<MentionKind, MentionKindDescriptor> ByKind;
    private static readonly Dictionary<string, MentionKindDescriptor> ByName;

    static MentionKinds()
    {
        All =
        [
            DistrictKind.Descriptor,
            TownKind.Descriptor,
            CommunityKind.Descriptor,
            OrganizationKind.Descriptor,
            PersonKind.Descriptor,
            DateKind.Descriptor,
            QuantityKind.Descriptor,
            MeasureKind.Descriptor,
        ];
        ByKind = All.ToDictionary(static d => d.Kind);
        ByName = All.ToDictionary(static d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>Every kind, in registration order.</summary>
    public static IReadOnlyList<MentionKindDescriptor> All { get; }

    /// <summary>The descriptor of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not registered.</exception>
    public static MentionKindDescriptor Of(MentionKind kind) =>
        ByKind.TryGetValue(kind, out var d) ? d : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a registered mention kind");

    /// <summary>The descriptor of <paramref name="mention"/>'s kind.</summary>
    /// <param name="mention">The mention.</param>
    public static MentionKindDescriptor Of(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Of(mention.Kind);
    }

    /// <summary>The descriptor whose contract name is exactly <paramref name="name"/>; null when none.</summary>
    /// <param name="name">A contract name (<c>district</c>, <c>quantity</c>, …).</param>
    public static MentionKindDescriptor? Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.GetValueOrDefault(name);
    }
}
