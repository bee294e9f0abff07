namespace CampaignText.Extraction.Places;

/// <summary>A Beijing 街道, 乡, 镇 or 地区 (王平镇 and 王平地区 both resolve to the official name).</summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The official name of the town.</param>
/// <param name="District">The parent district's name.</param>
/// <param name="Code">The nine-digit town code.</param>
public sealed record TownMention(string Text, int Start, int End, string Normalized, string District, string Code) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Town;
}
