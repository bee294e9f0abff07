namespace CampaignText.Extraction.Places;

/// <summary>A community (…社区) or village (…村), with its district when the context tells it.</summary>
/// <param name="Text">The surface form.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The name.</param>
/// <param name="District">The district it lies in, from a town or district named before it or the home district; null when unknown.</param>
public sealed record CommunityMention(string Text, int Start, int End, string Normalized, string? District) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Community;
}
