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
}
