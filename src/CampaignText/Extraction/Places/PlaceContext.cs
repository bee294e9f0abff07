namespace CampaignText.Extraction.Places;

/// <summary>
/// What the place resolver (<see cref="PlaceResolver"/>) decides against, for one text: the text with its tokens and
/// the names written in it, the home district and whether the text is about Beijing.
/// </summary>
/// <param name="Text">The text being read, with its tokens and the positions of the names in it.</param>
/// <param name="Home">The text's own district, or null when unknown: 我区 and 全区 resolve to it, and it decides among towns and counties of one name.</param>
/// <param name="Beijing">Whether the text is about Beijing: its home lies there, or it names 北京, 首都, a Beijing district or a town.</param>
internal sealed record PlaceContext(TextAnalysis Text, Division? Home, bool Beijing);
