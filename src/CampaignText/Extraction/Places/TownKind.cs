using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Places;

/// <summary>The <c>town</c> kind: <see cref="TownMention"/> with its normalised name, district and code.</summary>
internal static class TownKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<TownMention>(
        MentionKind.Town,
        "town",
        [
            MentionField.Text<TownMention>("normalized", static t => t.Normalized),
            MentionField.Text<TownMention>("district", static t => t.District),
            MentionField.Text<TownMention>("code", static t => t.Code),
        ],
        static t => (t.Normalized, $"{t.District} {t.Code}"));
}
