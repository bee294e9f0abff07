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
    private readonly DateOnly? _statedDate;
    private readonly string? _statedIssuer;

    /// <summary>
    /// The document's date: the masthead's, else one stated by a metadata line or the sign-off
    /// (see <see cref="DateSource"/>); <c>null</c> when the document states none.
    /// </summary>
    public DateOnly? Date
    {
        get => Masthead.Date ?? _statedDate;
        init => _statedDate = value;
    }

    /// <summary>The issuing body: the masthead's, else the one named in the sign-off; <c>null</c> when none.</summary>
    public string? Issuer
    {
        get => Masthead.Issuer ?? _statedIssuer;
        init => _statedIssuer = value;
    }

    /// <summary>Where <see cref="Date"/> came from; <c>null</c> when there is no date.</summary>
    public DocumentDateSource? DateSource => Masthead.Date is not null ? DocumentDateSource.Masthead : _statedDate is null ? null : StatedDateSource;

    /// <summary>Where a date that is not the masthead's was found (metadata line or sign-off).</summary>
    public DocumentDateSource StatedDateSource { get; init; } = DocumentDateSource.Metadata;

    /// <summary>All paragraphs of the document in order; a paragraph's position here equals its <see cref="Paragraph.Index"/>.</summary>
    public IEnumerable<Paragraph> Paragraphs =>
        Sections.SelectMany(static s => s.Articles).SelectMany(static a => a.Paragraphs);
}
