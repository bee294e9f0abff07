namespace CampaignText.Text;

/// <summary>The kind of file a <see cref="SourceText"/> was read from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (.txt or any file whose content is text).</summary>
    Txt,

    /// <summary>
    /// Markdown (.md, .markdown, or text with clear Markdown marks): formatting is dropped, block structure is kept.
    /// </summary>
    Markdown,

    /// <summary>Word document (.docx): paragraphs and table rows in document order.</summary>
    Docx,

    /// <summary>
    /// Web page (.html, .htm, .xhtml, or content that starts with an HTML doctype or tag): the visible text, one
    /// line per block, without scripts, styles, hidden elements, navigation and link lists.
    /// </summary>
    Html,

    /// <summary>
    /// PDF with a text layer: lines in reading order as they stand on the page, without running headers,
    /// footers and page numbers; a blank line between paragraphs.
    /// </summary>
    Pdf,
}
