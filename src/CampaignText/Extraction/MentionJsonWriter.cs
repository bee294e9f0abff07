using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CampaignText.Extraction.Kinds;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Extraction;

/// <summary>
/// Writes mentions as the objects of the output contract's <c>mentions</c> list: camelCase keys,
/// <c>kind</c>, <c>text</c>, <c>paragraph</c>, <c>start</c>, <c>end</c> and the kind's fields, nulls
/// written out, Chinese as UTF-8. The kind's fields, in order, come from its descriptor (see <see cref="MentionKinds"/>).
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
        var kind = MentionKinds.Of(mention);
        writer.WriteStartObject();
        writer.WriteString("kind", kind.Name);
        writer.WriteString("text", mention.Text);
        writer.WriteNumber("paragraph", paragraph);
        writer.WriteNumber("start", mention.Start);
        writer.WriteNumber("end", mention.End);
        if (source is { } span)
        {
            writer.WriteNumber("sourceStart", span.Start);
            writer.WriteNumber("sourceEnd", span.End);
        }

        var wroteDistrict = false;
        foreach (var field in kind.Fields)
        {
            if (field.Name == "district")
            {
                wroteDistrict = true;
                if (article is { } own && field.CellValue(mention) is null)
                {
                    writer.WriteString("district", own.Name);
                    continue;
                }
            }

            field.WriteJson(writer, mention);
        }

        if (article is { } art && !wroteDistrict && mention.Kind != MentionKind.District) writer.WriteString("district", art.Name);
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
    public static string ApproxName(Approximation approx) => QuantityKind.ApproxName(approx);

}
