namespace CampaignText.Extraction.Places;

/// <summary>
/// A township-level division: 街道, 镇, 乡, 苏木 or Beijing's 地区 (王平镇 and 王平地区 both resolve to the official
/// name). A name many towns share (城关镇) with nothing in the text or context to choose between them stays
/// unresolved: <see cref="District"/> and <see cref="Code"/> are null.
/// </summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The official name of the town.</param>
/// <param name="District">The parent district's name (the prefecture's for towns directly under one, 东莞市); null when unresolved.</param>
/// <param name="Code">The nine-digit town code; null when unresolved.</param>
public sealed record TownMention(string Text, int Start, int End, string Normalized, string? District, string? Code) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Town;
}
