namespace CampaignText.Extraction.Places;

/// <summary>A county-level district (区/县/县级市), or 我区/全区/本区 resolved to the home district.</summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The current official name (崇文区 → 东城区).</param>
/// <param name="Code">The GB/T 2260 code (东城区 → 110101).</param>
public sealed record DistrictMention(string Text, int Start, int End, string Normalized, string Code) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.District;
}
