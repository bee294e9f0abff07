namespace CampaignText.Segmentation;

/// <summary>A word and where it sits in the text: UTF-16 offsets, end exclusive.</summary>
/// <param name="Word">The word.</param>
/// <param name="Start">Index of its first UTF-16 unit in the text.</param>
/// <param name="End">Index just past its last UTF-16 unit.</param>
public readonly record struct Token(string Word, int Start, int End)
{
    /// <summary>Length in UTF-16 units.</summary>
    public int Length => End - Start;

    /// <inheritdoc />
    public override string ToString() => $"{Word} [{Start}, {End})";
}
