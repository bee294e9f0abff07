namespace CampaignText.Extraction.Quantities;

/// <summary>A quantity found in the text, not yet resolved: the pieces the resolver reads.</summary>
/// <param name="Start">Start of the whole span (prefix word included).</param>
/// <param name="End">End of the whole span (suffix word included).</param>
/// <param name="Number">The first number as written (5.3万, 两千, 3000多万 → 3000万 with the 多 taken out).</param>
/// <param name="Number2">The second number of a range, or null.</param>
/// <param name="UnitSurface">The unit as written, or null.</param>
/// <param name="Prefix">The approximation word before the number, or null.</param>
/// <param name="Infix">余 or 多 between number and unit, or null.</param>
/// <param name="Suffix">The approximation word after the unit, or null.</param>
/// <param name="UnitEnd">Where the unit ends (or the number when there is no unit).</param>
internal sealed record QuantitySpan(int Start, int End, string Number, string? Number2, string? UnitSurface, string? Prefix, string? Infix, string? Suffix, int UnitEnd);
