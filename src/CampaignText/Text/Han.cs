namespace CampaignText.Text;

/// <summary>
/// The one test for a Chinese character used by the structure and extraction stages: a CJK ideograph of the
/// unified block, extension A or the compatibility block, or 〇. (The segmenter keeps jieba's own character
/// classes, which its parity with jieba depends on.)
/// </summary>
internal static class Han
{
    /// <summary>Whether <paramref name="c"/> is a Chinese character (U+4E00–9FFF, U+3400–4DBF, U+F900–FAFF or 〇).</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';
}
