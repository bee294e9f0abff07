namespace CampaignText.Pipeline;

/// <summary>
/// A county-level district with its GB/T 2260 code and the city (or province-level municipality) above it, so
/// that two districts of one name (江北区 of 重庆 and of 宁波) stay apart.
/// </summary>
/// <param name="Name">The official name (江北区).</param>
/// <param name="Code">The six-digit code (500105).</param>
/// <param name="City">The parent city's or municipality's name (重庆市); null when the table gives none.</param>
public sealed record DistrictRef(string Name, string Code, string? City);
