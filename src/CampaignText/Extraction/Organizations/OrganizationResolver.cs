using CampaignText.Extraction.Places;

namespace CampaignText.Extraction.Organizations;

/// <summary>
/// Resolves the organisation names the finder (<see cref="OrganizationExtractor"/>) reads against an explicit context,
/// the home district: 区… and 市… name the home district's and its city's bodies. Immutable and thread-safe.
/// </summary>
internal sealed class OrganizationResolver(ExtractionData data)
{
    /// <summary>
    /// The name an organisation stands for: 区… with the home district's name (区文明办 → 东城区文明办), 市… with its
    /// city's; 团区委 and any name without a home stay as written.
    /// </summary>
    /// <param name="home">The text's home district, or null when unknown.</param>
    /// <param name="surface">The name as written.</param>
    /// <param name="prefix">The place words written before the core name (区, 市, 东城区 …), or empty.</param>
    public string Normalize(Division? home, string surface, string prefix)
    {
        if (home is null) return surface;
        // 团区委 is the league's committee of the district; 团大兴区委 is no name a reader knows: it stays as written.
        if (surface.StartsWith("团区委", StringComparison.Ordinal)) return surface;
        if (prefix == "区" || prefix.Length == 0 && surface.StartsWith("区", StringComparison.Ordinal)) return home.Name + surface[1..];
        if (prefix == "市" || prefix.Length == 0 && surface.StartsWith("市", StringComparison.Ordinal))
        {
            var city = home.ParentCode is null ? null : data.Gazetteer.ByCode(home.ParentCode);
            if (city is not null) return city.Name + surface[1..];
        }
        return surface;
    }
}
