using System.Globalization;
using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction.Quantities;

/// <summary>The <c>quantity</c> kind: <see cref="QuantityMention"/> with its value, unit, noun, approximation, subject and range end.</summary>
internal static class QuantityKind
{
    public static MentionKindDescriptor Descriptor { get; } = MentionKindDescriptor.Create<QuantityMention>(
        MentionKind.Quantity,
        "quantity",
        [
            MentionField.Number<QuantityMention>("value", static q => q.Value),
            MentionField.Text<QuantityMention>("unit", static q => q.Unit),
            MentionField.Text<QuantityMention>("noun", static q => q.Noun),
            MentionField.Text<QuantityMention>("approx", static q => ApproxName(q.Approx)),
            MentionField.Text<QuantityMention>("subject", static q => q.Subject),
            MentionField.Number<QuantityMention>("max", static q => q.Max),
        ],
        static q => (
            $"{q.Value.ToString(CultureInfo.InvariantCulture)}{(q.Max is { } mx ? "-" + mx.ToString(CultureInfo.InvariantCulture) : "")} {q.Unit}",
            $"{ApproxName(q.Approx)} subject={q.Subject} noun={q.Noun}"));

    /// <summary>The contract name of an approximation: exact, atLeast, about, over, under.</summary>
    public static string ApproxName(Approximation approx) => approx switch
    {
        Approximation.AtLeast => "atLeast",
        Approximation.About => "about",
        Approximation.Over => "over",
        Approximation.Under => "under",
        _ => "exact",
    };
}
