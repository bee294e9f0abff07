using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Extraction;

/// <summary>
/// Writes mentions as the objects of the output contract's <c>mentions</c> list: camelCase keys,
/// <c>kind</c>, <c>text</c>, <c>paragraph</c>, <c>start</c>, <c>end</c> and the kind's fields, nulls
/// written out, Chinese as UTF-8. Dates add <c>from</c>/<c>to</c> and <c>reference</c> and quantities <c>max</c> (null unless a
/// period or a range).
/// </summary>
public static class MentionJsonWriter
{
    /// <summary>The writer options: UTF-8 text, Chinese unescaped.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Writes one mention object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="mention">The mention.</param>
    /// <param name="paragraph">The paragraph index it belongs to.</param>
    public static void Write(Utf8JsonWriter writer, Mention mention, int paragraph) => Write(writer, mention, paragraph, null);

    /// <summary>Writes one mention object, with <c>sourceStart</c>/<c>sourceEnd</c> when <paramref name="source"/> is given.</summary>
    internal static void Write(Utf8JsonWriter writer, Mention mention, int paragraph, TextSpan? source) => Write(writer, mention, paragraph, source, null);

    /// <summary>
    /// Writes one mention object; with <paramref name="article"/> (in a bulletin's JSON) every mention but a
    /// district's carries <c>district</c>: its own place's, else its article's.
    /// </summary>
    internal static void Write(Utf8JsonWriter writer, Mention mention, int paragraph, TextSpan? source, ArticleDistrict? article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mention);
        writer.WriteStartObject();
        writer.WriteString("kind", mention.Kind.ToName());
        writer.WriteString("text", mention.Text);
        writer.WriteNumber("paragraph", paragraph);
        writer.WriteNumber("start", mention.Start);
        writer.WriteNumber("end", mention.End);
        if (source is { } span)
        {
            writer.WriteNumber("sourceStart", span.Start);
            writer.WriteNumber("sourceEnd", span.End);
        }

        switch (mention)
        {
            case DistrictMention d:
                writer.WriteString("normalized", d.Normalized);
                writer.WriteString("code", d.Code);
                break;
            case TownMention t:
                writer.WriteString("normalized", t.Normalized);
                writer.WriteString("district", t.District ?? article?.Name);
                writer.WriteString("code", t.Code);
                break;
            case CommunityMention c:
                writer.WriteString("normalized", c.Normalized);
                writer.WriteString("district", c.District ?? article?.Name);
                break;
            case OrganizationMention o:
                writer.WriteString("normalized", o.Normalized);
                break;
            case PersonMention p:
                writer.WriteString("normalized", p.Normalized);
                writer.WriteString("role", p.Role);
                break;
            case DateMention dt:
                writer.WriteString("normalized", dt.Normalized);
                writer.WriteString("granularity", GranularityName(dt.Granularity));
                writer.WriteBoolean("relative", dt.Relative);
                WriteDate(writer, "from", dt.From);
                WriteDate(writer, "to", dt.To);
                if (dt.Reference is DateReference r) writer.WriteString("reference", ReferenceName(r));
                else writer.WriteNull("reference");
                break;
            case QuantityMention q:
                writer.WriteNumber("value", q.Value);
                writer.WriteString("unit", q.Unit);
                writer.WriteString("noun", q.Noun);
                writer.WriteString("approx", ApproxName(q.Approx));
                writer.WriteString("subject", q.Subject);
                if (q.Max is decimal max) writer.WriteNumber("max", max);
                else writer.WriteNull("max");
                break;
            case MeasureMention me:
                writer.WriteString("type", me.Type);
                writer.WriteString("trigger", me.Trigger);
                writer.WriteString("object", me.Object);
                break;
        }
        if (article is { } art && mention is not (DistrictMention or TownMention or CommunityMention)) writer.WriteString("district", art.Name);
        writer.WriteEndObject();
    }

    /// <summary>Writes a JSON array of mentions, all of paragraph <paramref name="paragraph"/>.</summary>
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<Mention> mentions, int paragraph)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mentions);
        writer.WriteStartArray();
        foreach (var m in mentions) Write(writer, m, paragraph);
        writer.WriteEndArray();
    }

    /// <summary>The JSON text of one mention.</summary>
    public static string ToJson(Mention mention, int paragraph)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) Write(writer, mention, paragraph);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The JSON array text of mentions of one paragraph.</summary>
    public static string ToJson(IEnumerable<Mention> mentions, int paragraph)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) WriteArray(writer, mentions, paragraph);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The contract name of an approximation: exact, atLeast, about, over, under.</summary>
    public static string ApproxName(Approximation approx) => approx switch
    {
        Approximation.AtLeast => "atLeast",
        Approximation.About => "about",
        Approximation.Over => "over",
        Approximation.Under => "under",
        _ => "exact",
    };

    /// <summary>The contract name of a date's granularity: day, month or year.</summary>
    internal static string GranularityName(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Year => "year",
        DateGranularity.Month => "month",
        _ => "day",
    };

    /// <summary>The contract name of a date's reference: masthead, metadata, signoff, text or previous.</summary>
    internal static string ReferenceName(DateReference reference) => reference switch
    {
        DateReference.Metadata => "metadata",
        DateReference.SignOff => "signoff",
        DateReference.Text => "text",
        DateReference.Previous => "previous",
        _ => "masthead",
    };

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? d)
    {
        if (d is DateOnly v) writer.WriteString(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else writer.WriteNull(name);
    }
}
