namespace CampaignText.Segmentation;

/// <summary>Options of a <see cref="JiebaSegmenter"/> beyond its lexicon.</summary>
public sealed record SegmenterOptions
{
    /// <summary>jieba's behaviour exactly: no additions.</summary>
    public static SegmenterOptions Jieba { get; } = new();

    /// <summary>Campaign-bulletin behaviour: numeric expressions and dates kept whole.</summary>
    public static SegmenterOptions Campaign { get; } = new() { JoinNumericExpressions = true };

    /// <summary>
    /// Keep numeric expressions whole in exact and search mode and when tagging: dates (2020年4月24日,
    /// 二〇二一年一月十八日), decimals and separated numbers, 万/亿 and units (5.3万, 98%, 624.6平米).
    /// Off by default, which keeps output identical to jieba.
    /// </summary>
    public bool JoinNumericExpressions { get; init; }

    /// <summary>
    /// Checks the settings together, as the document reader's options do.
    /// Every combination of today's settings is valid, so this only returns the options; a setting added
    /// later that can conflict with another is checked here, and the exception names both.
    /// </summary>
    /// <returns>The same options, for chaining.</returns>
    public SegmenterOptions Validate() => this;
}
