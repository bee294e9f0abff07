using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Measures;

/// <summary>The <c>measure</c> kind: <see cref="MeasureMention"/> with its type, trigger word and object.</summary>
internal static class MeasureKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<MeasureMention>(
        MentionKind.Measure,
        "measure",
        [
            MentionField.Text<MeasureMention>("type", static m => m.Type),
            MentionField.Text<MeasureMention>("trigger", static m => m.Trigger),
            MentionField.Text<MeasureMention>("object", static m => m.Object),
        ],
        static m => (m.Type, $"{m.Trigger} | {m.Object}"));
}
