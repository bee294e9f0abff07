namespace CampaignText.Extraction.Dates;

/// <summary>
/// What a date that leaves parts out can be resolved against: a whole reference date (masthead, metadata or
/// sign-off), else a year only (from the text or the document's title), else nothing.
/// </summary>
/// <param name="Date">The reference date, or null.</param>
/// <param name="Year">A year known when there is no reference date, or null.</param>
/// <param name="Source">Where <paramref name="Date"/> (or, without it, <paramref name="Year"/>) comes from.</param>
internal readonly record struct DateBasis(DateOnly? Date, int? Year, DateReference Source);
