using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignText.Extraction;
using CampaignText.Pipeline;

namespace CampaignText.Export.Json;

/// <summary>Writes the contract's <c>mentions</c> list through <see cref="MentionJsonWriter"/>; write-only.</summary>
internal sealed class MentionListConverter : JsonConverter<IReadOnlyList<ParagraphMention>>
{
    private const int FlushThreshold = 1 << 16;

    public override IReadOnlyList<ParagraphMention> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The mentions list is written, not read.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ParagraphMention> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        var districts = value as DistrictedMentions;
        foreach (var pm in value)
        {
            MentionJsonWriter.Write(writer, pm.Mention, pm.Paragraph, pm.SourceSpan, districts is null ? null : new ArticleDistrict(districts.DistrictOf(pm.Paragraph)));
            // Over a stream, hand what is written on to it instead of growing one buffer for the whole list.
            if (writer.BytesPending > FlushThreshold) writer.Flush();
        }
        writer.WriteEndArray();
    }
}
