namespace CampaignText.Extraction.Dates;

/// <summary>A date expression found in the text with the parts it states; the resolver fills in the rest.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset.</param>
/// <param name="Year">The year written, or null.</param>
/// <param name="Month">The month written, or null.</param>
/// <param name="Day">The day written, or null.</param>
/// <param name="Part">上旬, 中旬, 下旬, 初, 底 or 末 after a month, or null.</param>
/// <param name="RelativeWord">A relative word (今年, 近日…), or null.</param>
/// <param name="PlanAhead">Whether the clause plans ahead (将, 计划…): ambiguity then resolves to the future.</param>
internal sealed record DateSpan(int Start, int End, int? Year, int? Month, int? Day, string? Part, string? RelativeWord, bool PlanAhead);
