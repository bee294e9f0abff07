namespace CampaignText.Structure;

/// <summary>
/// The structure of one bulletin: masthead, sections with their articles and paragraphs, and footer.
/// Immutable; built by <see cref="BulletinParser"/>.
/// </summary>
/// <param name="Masthead">The masthead; <see cref="Masthead.Empty"/> when the document has none.</param>
/// <param name="Title">The document's own title when it has no publication masthead; <c>null</c> otherwise.</param>
/// <param name="Sections">The sections in document order.</param>
/// <param name="Footer">The footer; <see cref="Footer.Empty"/> when the document has none.</param>
public sealed record BulletinDocument(Masthead Masthead, string? Title, IReadOnlyList<Section> Sections, Footer Footer)
{
    /// <summary>All paragraphs of the document in order; a paragraph's position here equals its <see cref="Paragraph.Index"/>.</summary>
    public IEnumerable<Paragraph> Paragraphs =>
        Sections.SelectMany(static s => s.Articles).SelectMany(static a => a.Paragraphs);
}
