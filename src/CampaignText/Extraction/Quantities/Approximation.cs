namespace CampaignText.Extraction.Quantities;

/// <summary>How a quantity's value relates to the true number (余/多/近/约/左右/超过/以上/不到/以下).</summary>
public enum Approximation
{
    /// <summary>The number as stated, JSON <c>exact</c>.</summary>
    Exact,

    /// <summary>At least the value (150余处, 100多名, 60岁以上), JSON <c>atLeast</c>.</summary>
    AtLeast,

    /// <summary>About the value (约, 左右), JSON <c>about</c>.</summary>
    About,

    /// <summary>More than the value (超过, 逾), JSON <c>over</c>.</summary>
    Over,

    /// <summary>Less than the value (近, 不到, 不足, 以下), JSON <c>under</c>.</summary>
    Under,
}
