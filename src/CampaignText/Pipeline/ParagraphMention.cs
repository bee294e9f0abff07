using CampaignText.Extraction;

namespace CampaignText.Pipeline;

/// <summary>A mention found in one paragraph of a bulletin; its offsets point into that paragraph's text.</summary>
/// <param name="Paragraph">The paragraph's <see cref="Structure.Paragraph.Index"/>.</param>
/// <param name="Mention">The mention.</param>
public sealed record ParagraphMention(int Paragraph, Mention Mention)
{
    /// <summary>
    /// The mention's span in the file's decoded text (for .docx, HTML and PDF the text as extracted; for text
    /// analysed as a string, that string): UTF-16 offsets, end exclusive. The slice holds the surface with any
    /// line breaks, page markers or markdown marks it spanned; null when the mention was not made by the pipeline.
    /// </summary>
    public TextSpan? SourceSpan { get; init; }
}
