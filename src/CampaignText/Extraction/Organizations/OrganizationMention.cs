namespace CampaignText.Extraction.Organizations;

/// <summary>An organisation: a 文明办, 文明委, 宣传部, 街道办事处, a district commission, office or bureau…</summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The name with the district filled in when the text says only 区… (区文明办 → 东城区文明办).</param>
public sealed record OrganizationMention(string Text, int Start, int End, string Normalized) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Organization;
}
