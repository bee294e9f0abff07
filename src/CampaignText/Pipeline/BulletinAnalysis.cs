using CampaignText.Classification;
using CampaignText.Structure;

namespace CampaignText.Pipeline;

/// <summary>
/// Everything the pipeline learned from one bulletin: its structure, the mentions in each paragraph and
/// each paragraph's label. Immutable.
/// </summary>
/// <param name="Source">The path of the source as given (or a name chosen by the caller).</param>
/// <param name="Document">The bulletin's structure.</param>
/// <param name="HomeDistrict">The district the bulletin comes from (from its masthead or issuer), when one is named.</param>
/// <param name="Mentions">Mentions in document order: by paragraph, then by offset.</param>
/// <param name="Labels">One entry per paragraph, indexed by <see cref="Paragraph.Index"/>; null when not classified.</param>
public sealed record BulletinAnalysis(
    string Source,
    BulletinDocument Document,
    string? HomeDistrict,
    IReadOnlyList<ParagraphMention> Mentions,
    IReadOnlyList<ParagraphLabel?> Labels)
{
    /// <summary>The label of the paragraph with index <paramref name="paragraph"/>, or null.</summary>
    /// <param name="paragraph">A paragraph index.</param>
    public ParagraphLabel? LabelOf(int paragraph) =>
        paragraph >= 0 && paragraph < Labels.Count ? Labels[paragraph] : null;

    /// <summary>A structure-only analysis: no mentions, no labels.</summary>
    /// <param name="source">The source path.</param>
    /// <param name="document">The parsed document.</param>
    public static BulletinAnalysis FromDocument(string source, BulletinDocument document)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        return new BulletinAnalysis(source, document, null, [], []);
    }
}
