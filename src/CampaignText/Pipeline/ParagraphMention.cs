using CampaignText.Extraction;

namespace CampaignText.Pipeline;

/// <summary>A mention found in one paragraph of a bulletin; its offsets point into that paragraph's text.</summary>
/// <param name="Paragraph">The paragraph's <see cref="Structure.Paragraph.Index"/>.</param>
/// <param name="Mention">The mention.</param>
public sealed record ParagraphMention(int Paragraph, Mention Mention);
