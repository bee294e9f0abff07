namespace CampaignText.Segmentation;

internal static class CharExtensions
{
    extension(char)
    {
        /// <summary>The code point at <paramref name="i"/>, or the lone surrogate itself.</summary>
        public static int ConvertToUtf32OrSelf(string s, int i) =>
            char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[i + 1])
                : s[i];
    }
}
