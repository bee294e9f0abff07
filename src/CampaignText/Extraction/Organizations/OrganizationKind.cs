using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Organizations;

/// <summary>The <c>organization</c> kind: <see cref="OrganizationMention"/> with its normalised name.</summary>
internal static class OrganizationKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<OrganizationMention>(
        MentionKind.Organization,
        "organization",
        [MentionField.Text<OrganizationMention>("normalized", static o => o.Normalized)],
        static o => (o.Normalized, null));
}
