namespace CampaignText.Text;

/// <summary>Characters set without spaces between them in Chinese text.</summary>
internal static class WideChars
{
    /// <summary>
    /// CJK ideographs and radicals, CJK and full-width punctuation and forms, the curly quotes, dash, ellipsis
    /// and middle dot that Chinese text sets full width, and surrogates (the CJK extensions beyond the BMP).
    /// </summary>
    public static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2018' and <= '\u201D') or '\u2014' or '\u2026' or '\u00B7'
        || char.IsSurrogate(c);
}
