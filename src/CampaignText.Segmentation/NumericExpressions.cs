namespace CampaignText.Segmentation;

/// <summary>
/// Finds numeric expressions that campaign-mode segmentation keeps whole: dates (2020年4月24日,
/// 4月24日, 二〇二一年一月十八日), numbers with separators, decimals, 万/亿 and a unit
/// (5.3万, 1,234.5, 98%, 624.6平米, 12.5公里). A linear scan, no regular expressions.
/// </summary>
internal static class NumericExpressions
{
    private static readonly string[] Units = ["平方公里", "平方米", "平米", "㎡", "公里", "千米", "%", "％", "‰"];
    private const string ChineseDigits = "〇零一二三四五六七八九";
    private const string ChineseSmall = "一二三四五六七八九十";

    /// <summary>The end of a numeric expression starting at <paramref name="i"/>, or -1 when none starts there.</summary>
    public static int Match(string s, int i)
    {
        int n = s.Length;
        if (i > 0 && IsAsciiLetterOrDigit(s[i - 1])) return -1;
        char c = s[i];
        if (ChineseDigits.Contains(c)) return ChineseDate(s, i);
        if (!CharClass.IsAsciiDigit(c)) return -1;

        int j = Digits(s, i);
        int digits = j - i;
        // Dates: YYYY年[M月[D日]] and M月D日.
        if (j < n && s[j] == '年' && digits == 4)
        {
            int end = j + 1;
            int m = Digits(s, end);
            if (m > end && m - end <= 2 && m < n && s[m] == '月')
            {
                end = m + 1;
                int d = Digits(s, end);
                if (d > end && d - end <= 2 && d < n && s[d] == '日') end = d + 1;
            }
            return end;
        }
        if (j < n && s[j] == '月' && digits <= 2)
        {
            int d = Digits(s, j + 1);
            if (d > j + 1 && d - (j + 1) <= 2 && d < n && s[d] == '日') return d + 1;
            return -1;
        }
        // Thousands separators, decimals.
        while (j + 3 < n && s[j] == ',' && Digits(s, j + 1) == j + 4) j += 4;
        if (j + 1 < n && s[j] == '.' && CharClass.IsAsciiDigit(s[j + 1])) j = Digits(s, j + 1);
        if (j < n && IsAsciiLetterOrDigit(s[j])) return -1; // 5G, 3D, v2: leave to the dictionary
        int start = j;
        if (j < n && (s[j] == '万' || s[j] == '亿')) j++;
        foreach (var unit in Units)
        {
            if (string.CompareOrdinal(s, j, unit, 0, unit.Length) == 0)
            {
                j += unit.Length;
                break;
            }
        }
        // A bare integer is left to the segmenter; keep decimals, separated numbers and numbers with a suffix.
        bool plain = j == start && !s.AsSpan(i, j - i).ContainsAny(".,");
        return plain ? -1 : j;
    }

    private static int ChineseDate(string s, int i)
    {
        int n = s.Length, j = i;
        while (j < n && ChineseDigits.Contains(s[j])) j++;
        if (j - i != 4 || j >= n || s[j] != '年') return -1;
        int end = j + 1;
        int m = end;
        while (m < n && m - end < 3 && ChineseSmall.Contains(s[m])) m++;
        if (m > end && m < n && s[m] == '月')
        {
            end = m + 1;
            int d = end;
            while (d < n && d - end < 3 && ChineseSmall.Contains(s[d])) d++;
            if (d > end && d < n && s[d] == '日') end = d + 1;
        }
        return end;
    }

    private static int Digits(string s, int i)
    {
        while (i < s.Length && CharClass.IsAsciiDigit(s[i])) i++;
        return i;
    }

    private static bool IsAsciiLetterOrDigit(char c) => CharClass.IsAsciiAlnum(c);
}
