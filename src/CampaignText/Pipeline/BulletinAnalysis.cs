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
    /// <summary>The district the bulletin comes from with its code and city; null when none is named.</summary>
    public DistrictRef? Home { get; init; }

    /// <summary>
    /// The district of each paragraph's article, indexed by <see cref="Paragraph.Index"/>: the district of the
    /// article's attribution (东城区文明办), else of its title, else the first district its paragraphs name (or the
    /// district of the first town they name), else the bulletin's, else the first district an earlier article had,
    /// else the city its title names (杭州市以……);
    /// null when none is known.
    /// </summary>
    public IReadOnlyList<DistrictRef?> ParagraphDistricts { get; init; } = [];

    /// <summary>The district of the article of paragraph <paramref name="paragraph"/> (see <see cref="ParagraphDistricts"/>), or null.</summary>
    /// <param name="paragraph">A paragraph index.</param>
    public DistrictRef? DistrictOf(int paragraph) =>
        paragraph >= 0 && paragraph < ParagraphDistricts.Count ? ParagraphDistricts[paragraph] : null;

    /// <summary>
    /// The span of the file's decoded text each paragraph came from, indexed by <see cref="Paragraph.Index"/>
    /// (see <see cref="ParagraphMention.SourceSpan"/>): from its first character to its last, so line breaks,
    /// page markers and markdown marks between are inside.
    /// </summary>
    public IReadOnlyList<TextSpan> ParagraphSources { get; init; } = [];

    /// <summary>The source span of paragraph <paramref name="paragraph"/> (see <see cref="ParagraphSources"/>); null when unknown.</summary>
    /// <param name="paragraph">A paragraph index.</param>
    public TextSpan? SourceSpanOf(int paragraph) =>
        paragraph >= 0 && paragraph < ParagraphSources.Count ? ParagraphSources[paragraph] : null;

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
