namespace CampaignText.Structure;

/// <summary>What <see cref="LineJudge"/> decided a source line is.</summary>
internal enum LineRole : byte
{
    /// <summary>Empty or whitespace only.</summary>
    Blank,

    /// <summary>Bulletin text: masthead, heading, title, paragraph, attribution or footer.</summary>
    Content,

    /// <summary>Page marker: "- 2 -", "第2页", "…_第2页".</summary>
    PageMarker,

    /// <summary>Web, document-sharing or e-paper chrome, a caption or markup debris.</summary>
    Boilerplate,

    /// <summary>A metadata line (来源, 发布时间, 索引号, an e-paper line, a date-and-time line).</summary>
    Metadata,

    /// <summary>A reporter's byline.</summary>
    Byline,

    /// <summary>The issuer or date of a sign-off.</summary>
    SignOff,
}
