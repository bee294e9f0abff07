namespace CampaignText.Extraction.Dates;

/// <summary>How precise a date is.</summary>
public enum DateGranularity
{
    /// <summary>A day (<c>YYYY-MM-DD</c>), JSON <c>day</c>.</summary>
    Day,

    /// <summary>A month (<c>YYYY-MM</c>), JSON <c>month</c>.</summary>
    Month,

    /// <summary>A year (<c>YYYY</c>), JSON <c>year</c>.</summary>
    Year,
}
