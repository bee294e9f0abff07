using System.Text.Json.Serialization;

namespace CampaignText.Export.Tables;

/// <summary>One row of the <c>mentions</c> table: one mention, with the columns of every kind (null where a kind has no such field).</summary>
public sealed class MentionRow
{
    /// <summary>The source path (see <see cref="DocumentRow.Document"/>).</summary>
    [JsonPropertyName("document")]
    public string Document { get; set; } = string.Empty;

    /// <summary>The index of the paragraph the mention is in.</summary>
    [JsonPropertyName("paragraph")]
    public int Paragraph { get; set; }

    /// <summary>district, town, community, organization, person, date, quantity or measure.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The surface form.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    /// <summary>UTF-16 offset of its start in the paragraph.</summary>
    [JsonPropertyName("start")]
    public int Start { get; set; }

    /// <summary>UTF-16 offset just past its end in the paragraph.</summary>
    [JsonPropertyName("end")]
    public int End { get; set; }

    /// <summary>Normalised form (places, organisations, people, dates).</summary>
    [JsonPropertyName("normalized")]
    public string? Normalized { get; set; }

    /// <summary>Administrative code (districts, towns).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    /// <summary>The district a town or community belongs to; for other mentions but districts, their article's district.</summary>
    [JsonPropertyName("district")]
    public string? District { get; set; }

    /// <summary>A person's role.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    /// <summary>A date's granularity: day, month or year.</summary>
    [JsonPropertyName("granularity")]
    public string? Granularity { get; set; }

    /// <summary>True for a date resolved against the issue date.</summary>
    [JsonPropertyName("relative")]
    public bool? Relative { get; set; }

    /// <summary>First day a date covers, yyyy-MM-dd.</summary>
    [JsonPropertyName("from")]
    public string? From { get; set; }

    /// <summary>Last day a date covers, yyyy-MM-dd.</summary>
    [JsonPropertyName("to")]
    public string? To { get; set; }

    /// <summary>A quantity's value.</summary>
    [JsonPropertyName("value")]
    public double? Value { get; set; }

    /// <summary>The upper end of a quantity range.</summary>
    [JsonPropertyName("max")]
    public double? Max { get; set; }

    /// <summary>A quantity's unit.</summary>
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    /// <summary>The noun a quantity counts.</summary>
    [JsonPropertyName("noun")]
    public string? Noun { get; set; }

    /// <summary>exact, atLeast, about, over or under (as in the JSON contract).</summary>
    [JsonPropertyName("approx")]
    public string? Approx { get; set; }

    /// <summary>What a quantity measures.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; set; }

    /// <summary>A measure's type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The word that triggered a measure.</summary>
    [JsonPropertyName("trigger")]
    public string? Trigger { get; set; }

    /// <summary>A measure's object.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; set; }

    /// <summary>What a date was resolved against: masthead, metadata, signoff or text; null for other kinds.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; set; }

    /// <summary>The district of the mention's article (see <see cref="ParagraphRow.District"/>).</summary>
    [JsonPropertyName("article_district")]
    public string? ArticleDistrict { get; set; }

    /// <summary>The GB/T 2260 code of <see cref="ArticleDistrict"/>.</summary>
    [JsonPropertyName("article_district_code")]
    public string? ArticleDistrictCode { get; set; }

    /// <summary>UTF-16 offset in the file's decoded text where it starts (see the JSON contract's <c>sourceStart</c>).</summary>
    [JsonPropertyName("source_start")]
    public int? SourceStart { get; set; }

    /// <summary>UTF-16 offset in the file's decoded text just past its end (see the JSON contract's <c>sourceEnd</c>).</summary>
    [JsonPropertyName("source_end")]
    public int? SourceEnd { get; set; }
}
