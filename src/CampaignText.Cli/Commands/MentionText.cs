using System.Globalization;
using CampaignText.Extraction;
using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Cli.Commands;

/// <summary>Short human-readable forms of mentions for the tsv and text outputs.</summary>
internal static class MentionText
{
    public static (string? Value, string? Detail) Describe(Mention m) => m switch
    {
        DistrictMention d => (d.Normalized, d.Code),
        TownMention t => (t.Normalized, $"{t.District} {t.Code}"),
        CommunityMention c => (c.Normalized, c.District),
        OrganizationMention o => (o.Normalized, null),
        PersonMention p => (p.Normalized, p.Role),
        DateMention dt => (dt.Normalized, $"{dt.Granularity.ToString().ToLowerInvariant()}{(dt.Relative ? " relative" : "")}{(dt.From is { } f ? $" {f:yyyy-MM-dd}..{dt.To:yyyy-MM-dd}" : "")}"),
        QuantityMention q => ($"{q.Value.ToString(CultureInfo.InvariantCulture)}{(q.Max is { } mx ? "-" + mx.ToString(CultureInfo.InvariantCulture) : "")} {q.Unit}", $"{MentionJsonWriter.ApproxName(q.Approx)} subject={q.Subject} noun={q.Noun}"),
        MeasureMention me => (me.Type, $"{me.Trigger} | {me.Object}"),
        _ => (null, null),
    };

    public static string Summary(Mention m)
    {
        var (value, _) = Describe(m);
        return value is null || value == m.Text ? $"{m.Kind.ToName()} {m.Text}" : $"{m.Kind.ToName()} {m.Text}→{value}";
    }
}
