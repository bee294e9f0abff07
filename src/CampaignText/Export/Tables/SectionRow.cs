using System.Text.Json.Serialization;

namespace CampaignText.Export.Tables;

/// <summary>One row of the <c>sections</c> table: one 【】 section of a bulletin.</summary>
public sealed class SectionRow
{
    /// <summary>The source path (see <see cref="DocumentRow.Document"/>).</summary>
    [JsonPropertyName("document")]
    public string Document { get; set; } = string.Empty;

    /// <summary>0-based position of the section in the document.</summary>
    [JsonPropertyName("section")]
    public int Section { get; set; }

    /// <summary>The heading as written, null for the untitled lead.</summary>
    [JsonPropertyName("heading")]
    public string? Heading { get; set; }

    /// <summary>The section's category id.</summary>
    [JsonPropertyName("category")]
    public string Category { get; set; } = string.Empty;

    /// <summary>Number of articles.</summary>
    [JsonPropertyName("articles")]
    public int Articles { get; set; }

    /// <summary>Number of paragraphs.</summary>
    [JsonPropertyName("paragraphs")]
    public int Paragraphs { get; set; }
}
