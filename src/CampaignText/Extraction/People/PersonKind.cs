using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.People;

/// <summary>The <c>person</c> kind: <see cref="PersonMention"/> with the name and role.</summary>
internal static class PersonKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<PersonMention>(
        MentionKind.Person,
        "person",
        [
            MentionField.Text<PersonMention>("normalized", static p => p.Normalized),
            MentionField.Text<PersonMention>("role", static p => p.Role),
        ],
        static p => (p.Normalized, p.Role));
}
