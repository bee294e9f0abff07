namespace CampaignText.Extraction.People;

/// <summary>A person named in the text, with the title or role given next to the name.</summary>
/// <param name="Text">The surface form: the name itself.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Normalized">The name.</param>
/// <param name="Role">The title or role (区委书记, 区委常委、宣传部部长); null when none is given.</param>
public sealed record PersonMention(string Text, int Start, int End, string Normalized, string? Role) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Person;
}
