using System.Collections;
using CampaignText.Pipeline;

namespace CampaignText.Export.Json;

/// <summary>
/// A bulletin's mentions with the district of each one's article, so that the JSON gives every mention the
/// <c>district</c> its own place does not set (a date or a person in an article signed 东城区文明办: 东城区).
/// </summary>
/// <param name="mentions">The mentions.</param>
/// <param name="districtOf">The district of a paragraph's article, by paragraph index.</param>
internal sealed class DistrictedMentions(IReadOnlyList<ParagraphMention> mentions, Func<int, DistrictRef?> districtOf) : IReadOnlyList<ParagraphMention>
{
    /// <summary>The name of the district of the article paragraph <paramref name="paragraph"/> belongs to, or null.</summary>
    public string? DistrictOf(int paragraph) => districtOf(paragraph)?.Name;

    public ParagraphMention this[int index] => mentions[index];

    public int Count => mentions.Count;

    public IEnumerator<ParagraphMention> GetEnumerator() => mentions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
