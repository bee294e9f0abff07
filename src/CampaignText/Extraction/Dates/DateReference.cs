namespace CampaignText.Extraction.Dates;

/// <summary>What a date that leaves parts out was resolved against.</summary>
public enum DateReference
{
    /// <summary>The issue date of the masthead, JSON <c>masthead</c>.</summary>
    Masthead,

    /// <summary>A date of the document's metadata lines (发布时间, 日期：…), JSON <c>metadata</c>.</summary>
    Metadata,

    /// <summary>The date under the sign-off at the end of the document, JSON <c>signoff</c>.</summary>
    SignOff,

    /// <summary>An explicit year of the text: the same sentence or paragraph (2019年), or the document's title (2022年·第9期), JSON <c>text</c>.</summary>
    Text,

    /// <summary>The last explicit date before it in the paragraph (1月5日…当天, 次日), JSON <c>previous</c>.</summary>
    Previous,
}
