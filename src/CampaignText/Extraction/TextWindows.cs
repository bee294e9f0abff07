namespace CampaignText.Extraction;

/// <summary>
/// Cuts a very long text (a file that is one line of megabytes) into windows that are read one after
/// another, so that the tokens and working lists of one window are all that is held at a time. A window
/// ends at the last sentence end in its second half, else the last clause end, else the last character
/// that is not a Han character or letter, else at its full length (never inside a surrogate pair).
/// Ordinary paragraphs are far below <see cref="Length"/> and are read whole.
/// </summary>
internal static class TextWindows
{
    /// <summary>Longest text read in one piece, in UTF-16 units.</summary>
    public const int Length = 1 << 17;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];
    private static readonly char[] ClauseEnds = ['，', ',', '、', '：', ':'];

    /// <summary>The windows of <paramref name="text"/> as (start, length), in order, covering it exactly.</summary>
    public static IEnumerable<(int Start, int Length)> Of(string text, int length = Length)
    {
        int start = 0;
        while (text.Length - start > length)
        {
            int end = Cut(text.AsSpan(start, length)) + start;
            yield return (start, end - start);
            start = end;
        }
        if (start < text.Length) yield return (start, text.Length - start);
    }

    /// <summary>Where to end a window over <paramref name="window"/>: a length in (half, full].</summary>
    private static int Cut(ReadOnlySpan<char> window)
    {
        int half = window.Length / 2;
        var tail = window[half..];
        int at = tail.LastIndexOfAny(SentenceEnds);
        if (at < 0) at = tail.LastIndexOfAny(ClauseEnds);
        if (at < 0)
        {
            for (int k = tail.Length - 1; k >= 0 && at < 0; k--)
            {
                if (!char.IsLetter(tail[k]) && !char.IsSurrogate(tail[k])) at = k;
            }
        }
        int cut = at < 0 ? window.Length : half + at + 1;
        if (char.IsHighSurrogate(window[cut - 1])) cut--;
        return cut;
    }
}
