using CampaignText.Extraction;
using CampaignText.Extraction.Kinds;

namespace CampaignText.Cli.Commands;

/// <summary>Short human-readable forms of mentions for the tsv and text outputs, from each kind's descriptor.</summary>
internal static class MentionText
{
    public static (string? Value, string? Detail) Describe(Mention m) => MentionKinds.Of(m).Describe(m);

    public static string Summary(Mention m) => MentionKinds.Of(m).Summary(m);
}
