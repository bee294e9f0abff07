namespace CampaignText.Extraction;

/// <summary>
/// Something found in a text: where it is (UTF-16 offsets into the text given to the extractor, end
/// exclusive), its surface form and its kind. Subtypes carry the kind's resolved fields.
/// </summary>
/// <param name="Text">The surface form, equal to the text between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Start">Index of its first UTF-16 unit.</param>
/// <param name="End">Index just past its last UTF-16 unit.</param>
public abstract record Mention(string Text, int Start, int End)
{
    /// <summary>The kind of mention.</summary>
    public abstract MentionKind Kind { get; }

    /// <summary>Length in UTF-16 units.</summary>
    public int Length => End - Start;
}
