namespace CampaignText.Segmentation;

/// <summary>A word with its part-of-speech tag (jieba.posseg's tag set) and UTF-16 offsets.</summary>
/// <param name="Word">The word.</param>
/// <param name="Tag">Its tag, such as n, v, ns, m, eng or x.</param>
/// <param name="Start">Index of its first UTF-16 unit in the text.</param>
/// <param name="End">Index just past its last UTF-16 unit.</param>
public readonly record struct TaggedToken(string Word, string Tag, int Start, int End)
{
    /// <inheritdoc />
    public override string ToString() => $"{Word}/{Tag}";
}
