using System.Text.RegularExpressions;

namespace CampaignText.Tests.Reliability;

/// <summary>Generated regexes without a timeout, with one too short and with one, for the regex-safety check to judge.</summary>
internal static partial class GeneratedRegexProbe
{
    [GeneratedRegex("a+")]
    public static partial Regex Untimed();

    [GeneratedRegex("a+", RegexOptions.None, 200)]
    public static partial Regex TooShort();

    [GeneratedRegex("a+", RegexOptions.None, 1000)]
    public static partial Regex Timed();
}
