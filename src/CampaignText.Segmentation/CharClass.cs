namespace CampaignText.Segmentation;

/// <summary>
/// Character classes of jieba 0.42.1's block-splitting regular expressions, as lookup tables.
/// </summary>
internal static class CharClass
{
    private const byte HanDefault = 1;   // [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]
    private const byte HanPos = 2;       // [\u4E00-\u9FD5a-zA-Z0-9+#&\._]
    private const byte Space = 4;        // python's \s with re.UNICODE
    private const byte Cjk = 8;          // [\u4E00-\u9FD5]
    private const byte AsciiAlnum = 16;  // [a-zA-Z0-9]

    private static readonly byte[] Table = BuildTable();

    private static byte[] BuildTable()
    {
        var t = new byte[65536];
        for (int c = 0x4E00; c <= 0x9FD5; c++) t[c] = HanDefault | HanPos | Cjk;
        foreach (char c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            t[c] = HanDefault | HanPos | AsciiAlnum;
        foreach (char c in "+#&._") t[c] = HanDefault | HanPos;
        foreach (char c in "%-") t[c] = HanDefault;
        foreach (char c in "\t\n\u000B\u000C\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000")
            t[c] = Space;
        return t;
    }

    public static bool IsHan(char c) => (Table[c] & HanDefault) != 0;

    public static bool IsHanPos(char c) => (Table[c] & HanPos) != 0;

    public static bool IsSpace(char c) => (Table[c] & Space) != 0;

    public static bool IsCjk(char c) => (Table[c] & Cjk) != 0;

    public static bool IsAsciiAlnum(char c) => (Table[c] & AsciiAlnum) != 0;

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Length in UTF-16 units of the code point at <paramref name="i"/> (2 for a surrogate pair).</summary>
    public static int CodePointLength(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;

    /// <summary>Number of code points, counting a surrogate pair once (python's len()).</summary>
    public static int CodePointCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i += CodePointLength(s, i)) n++;
        return n;
    }

    /// <summary>python's str.strip() with no arguments.</summary>
    public static ReadOnlySpan<char> StripSpace(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }
}
