using System.Text.Json.Serialization;
using CampaignText.Pipeline;

namespace CampaignText.Export.Json;

// The shape of the JSON contract (docs: output-contract.md). Property order is the order of the
// contract; names become camelCase through BulletinJsonContext.

/// <summary>One document in the JSON contract.</summary>
internal sealed record BulletinJson(
    string Source,
    string? Publication,
    int? Issue,
    int? TotalIssue,
    string? Issuer,
    string? Date,
    string? DateSource,
    string? Title,
    string? HomeDistrict,
    string? HomeDistrictCode,
    string? City,
    IReadOnlyList<SectionJson> Sections,
    FooterJson? Footer,
    [property: JsonConverter(typeof(MentionListConverter))] IReadOnlyList<ParagraphMention> Mentions);

/// <summary>A section in the JSON contract.</summary>
internal sealed record SectionJson(string? Heading, string Category, IReadOnlyList<ArticleJson> Articles);

/// <summary>An article in the JSON contract.</summary>
internal sealed record ArticleJson(string? Title, string? Attribution, string? Tag, string? District, string? DistrictCode, IReadOnlyList<ParagraphJson> Paragraphs);

/// <summary>A paragraph in the JSON contract; category and confidence come from the classifier.</summary>
internal sealed record ParagraphJson(int Index, string Text, string? Part, string? Category, double? Confidence, string? LabelSource)
{
    /// <summary>UTF-16 offset in the decoded file where the paragraph starts.</summary>
    public int? SourceStart { get; init; }

    /// <summary>UTF-16 offset in the decoded file just past the paragraph.</summary>
    public int? SourceEnd { get; init; }
}

/// <summary>The footer in the JSON contract.</summary>
internal sealed record FooterJson(
    string? Editor,
    string? Reviewer,
    IReadOnlyDictionary<string, string> Staff,
    string? Phone,
    string? Fax,
    string? Email,
    IReadOnlyList<string> ReportTo,
    IReadOnlyList<string> CopyTo,
    IReadOnlyList<string> DistributeTo);
