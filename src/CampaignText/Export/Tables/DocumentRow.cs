using System.Text.Json.Serialization;

namespace CampaignText.Export.Tables;

/// <summary>One row of the <c>documents</c> table: one bulletin.</summary>
public sealed class DocumentRow
{
    /// <summary>The source path as given: the key every table joins on.</summary>
    [JsonPropertyName("document")]
    public string Document { get; set; } = string.Empty;

    /// <summary>The publication title.</summary>
    [JsonPropertyName("publication")]
    public string? Publication { get; set; }

    /// <summary>The issue number (期).</summary>
    [JsonPropertyName("issue")]
    public int? Issue { get; set; }

    /// <summary>The running issue number (总第…期).</summary>
    [JsonPropertyName("total_issue")]
    public int? TotalIssue { get; set; }

    /// <summary>The issuing body.</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; set; }

    /// <summary>The issue date, yyyy-MM-dd.</summary>
    [JsonPropertyName("date")]
    public string? Date { get; set; }

    /// <summary>The issue month, yyyy-MM.</summary>
    [JsonPropertyName("month")]
    public string? Month { get; set; }

    /// <summary>The document's own title when it has no masthead.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The district the bulletin comes from, normalised.</summary>
    [JsonPropertyName("district")]
    public string? District { get; set; }

    /// <summary>Number of sections.</summary>
    [JsonPropertyName("sections")]
    public int Sections { get; set; }

    /// <summary>Number of paragraphs.</summary>
    [JsonPropertyName("paragraphs")]
    public int Paragraphs { get; set; }

    /// <summary>Number of mentions.</summary>
    [JsonPropertyName("mentions")]
    public int Mentions { get; set; }

    /// <summary>UTF-16 length of all paragraph text.</summary>
    [JsonPropertyName("characters")]
    public int Characters { get; set; }

    /// <summary>The footer's editor (责编).</summary>
    [JsonPropertyName("editor")]
    public string? Editor { get; set; }

    /// <summary>The GB/T 2260 code of <see cref="District"/> (two 江北区: 500105 of 重庆, 330205 of 宁波).</summary>
    [JsonPropertyName("district_code")]
    public string? DistrictCode { get; set; }

    /// <summary>The city (or province-level municipality) of <see cref="District"/>.</summary>
    [JsonPropertyName("district_city")]
    public string? DistrictCity { get; set; }
}
