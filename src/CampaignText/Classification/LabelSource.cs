namespace CampaignText.Classification;

/// <summary>What decided a paragraph's <see cref="ParagraphLabel"/>; the JSON field <c>labelSource</c>.</summary>
public enum LabelSource
{
    /// <summary>The paragraph classifier (JSON <c>model</c>).</summary>
    Model = 0,

    /// <summary>The paragraph's section heading, one of the core headings such as 【工作交流】 (JSON <c>heading</c>).</summary>
    Heading = 1,
}
