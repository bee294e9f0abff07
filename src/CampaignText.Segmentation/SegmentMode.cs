namespace CampaignText.Segmentation;

/// <summary>How text is cut into words.</summary>
public enum SegmentMode
{
    /// <summary>jieba's accurate mode: the most probable segmentation.</summary>
    Exact,

    /// <summary>jieba's full mode (cut_all): every dictionary word found, overlapping.</summary>
    Full,

    /// <summary>jieba's search mode: exact words preceded by their dictionary 2- and 3-grams.</summary>
    Search,
}
