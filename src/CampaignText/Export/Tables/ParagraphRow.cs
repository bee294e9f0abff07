using System.Text.Json.Serialization;

namespace CampaignText.Export.Tables;

/// <summary>One row of the <c>paragraphs</c> table: one paragraph with its place in the document and its label.</summary>
public sealed class ParagraphRow
{
    /// <summary>The source path (see <see cref="DocumentRow.Document"/>).</summary>
    [JsonPropertyName("document")]
    public string Document { get; set; } = string.Empty;

    /// <summary>The paragraph's index in the document (as in the JSON contract).</summary>
    [JsonPropertyName("paragraph")]
    public int Paragraph { get; set; }

    /// <summary>0-based position of its section.</summary>
    [JsonPropertyName("section")]
    public int Section { get; set; }

    /// <summary>0-based position of its article in the document.</summary>
    [JsonPropertyName("article")]
    public int Article { get; set; }

    /// <summary>Its section's category id.</summary>
    [JsonPropertyName("section_category")]
    public string SectionCategory { get; set; } = string.Empty;

    /// <summary>Its article's title.</summary>
    [JsonPropertyName("article_title")]
    public string? ArticleTitle { get; set; }

    /// <summary>Its article's attribution, e.g. 东城区文明办.</summary>
    [JsonPropertyName("attribution")]
    public string? Attribution { get; set; }

    /// <summary>Its article's tag, e.g. 志愿服务.</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>The part heading (一、… / （一）…) the paragraph sits under, e.g. 一、主要工作及成效; null when none.</summary>
    [JsonPropertyName("part")]
    public string? Part { get; set; }

    /// <summary>The paragraph's text.</summary>
    [JsonPropertyName("text")]
    public string Text { get; set; } = string.Empty;

    /// <summary>The classifier's label; null when unlabelled.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; set; }

    /// <summary>The classifier's confidence; null when unlabelled.</summary>
    [JsonPropertyName("confidence")]
    public double? Confidence { get; set; }

    /// <summary>What decided <see cref="Category"/>: <c>heading</c> (a core section heading) or <c>model</c> (the classifier); null when unlabelled.</summary>
    [JsonPropertyName("label_source")]
    public string? LabelSource { get; set; }

    /// <summary>The district of the paragraph's article (attribution, title, first district named, else the bulletin's).</summary>
    [JsonPropertyName("district")]
    public string? District { get; set; }

    /// <summary>The GB/T 2260 code of <see cref="District"/>.</summary>
    [JsonPropertyName("district_code")]
    public string? DistrictCode { get; set; }

    /// <summary>UTF-16 offset in the file's decoded text where it starts (see the JSON contract's <c>sourceStart</c>).</summary>
    [JsonPropertyName("source_start")]
    public int? SourceStart { get; set; }

    /// <summary>UTF-16 offset in the file's decoded text just past its end (see the JSON contract's <c>sourceEnd</c>).</summary>
    [JsonPropertyName("source_end")]
    public int? SourceEnd { get; set; }
}
