using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Places;

/// <summary>The <c>community</c> kind: <see cref="CommunityMention"/> with its normalised name and district.</summary>
internal static class CommunityKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<CommunityMention>(
        MentionKind.Community,
        "community",
        [
            MentionField.Text<CommunityMention>("normalized", static c => c.Normalized),
            MentionField.Text<CommunityMention>("district", static c => c.District),
        ],
        static c => (c.Normalized, c.District));
}
