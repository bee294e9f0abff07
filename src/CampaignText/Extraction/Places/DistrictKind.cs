using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Places;

/// <summary>The <c>district</c> kind: <see cref="DistrictMention"/> with its normalised name and code.</summary>
internal static class DistrictKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<DistrictMention>(
        MentionKind.District,
        "district",
        [
            MentionField.Text<DistrictMention>("normalized", static d => d.Normalized),
            MentionField.Text<DistrictMention>("code", static d => d.Code),
        ],
        static d => (d.Normalized, d.Code));
}
