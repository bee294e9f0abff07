namespace CampaignText.Extraction.Quantities;

/// <summary>A number with its unit and what it measures (发现问题150余处 → 150, 处, atLeast, subject 发现问题).</summary>
/// <param name="Text">The surface form, approximation words included.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Value">The value with multipliers applied (10万余人 → 100000); the lower bound of a range.</param>
/// <param name="Unit">The normalized unit or measure word (平米 → 平方米, ％ → %, 万元 → 元); null when none.</param>
/// <param name="Noun">What is counted when stated next to the number (55个分会场 → 分会场); null otherwise.</param>
/// <param name="Approx">How the value relates to the true number.</param>
/// <param name="Subject">The phrase the number measures (解决率98% → 解决率); null when none.</param>
/// <param name="Max">The upper bound of a range (3至5个 → 5), else null.</param>
public sealed record QuantityMention(string Text, int Start, int End, decimal Value, string? Unit, string? Noun, Approximation Approx, string? Subject, decimal? Max = null)
    : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Quantity;
}
