using System.Text.RegularExpressions;

namespace CampaignText.Tests.Reliability;

/// <summary>Two generated regexes, one without a timeout, for the regex-safety check to judge.</summary>
internal static partial class GeneratedRegexProbe
{
    [GeneratedRegex("a+")]
    public static partial Regex Untimed();

    [GeneratedRegex("a+", RegexOptions.None, 1000)]
    public static partial Regex Timed();
}
