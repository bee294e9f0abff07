namespace CampaignText.Structure;

/// <summary>Where a document's own date was found.</summary>
public enum DocumentDateSource
{
    /// <summary>The masthead of a bulletin (the issue date under 第N期).</summary>
    Masthead,

    /// <summary>
    /// A metadata line of a web page or e-paper: 发布时间：2021-09-27, 日期：…, "当前:B2(2017年03月11日)", a date
    /// line right under the headline.
    /// </summary>
    Metadata,

    /// <summary>The sign-off at the end of a notice or report: the issuer on one line, the date on the next.</summary>
    SignOff,
}
