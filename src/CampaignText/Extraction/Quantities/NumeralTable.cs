using System.Globalization;

namespace CampaignText.Extraction.Quantities;

/// <summary>Chinese numeral characters and their values (models/extraction/numerals.tsv); parses numbers.</summary>
internal sealed class NumeralTable
{
    private static readonly Lazy<NumeralTable> EmbeddedTable = new(() => new NumeralTable(Resources.EmbeddedData.ReadAllText(ExtractionData.NumeralsFile)));
    private readonly Dictionary<char, int> digits = [];
    private readonly Dictionary<char, long> multipliers = [];

    public NumeralTable(string content)
    {
        foreach (var r in DataTable.Rows(content))
        {
            if (r.Length < 3 || r[0].Length != 1) continue;
            long v = long.Parse(r[1], CultureInfo.InvariantCulture);
            if (r[2] == "digit") digits[r[0][0]] = (int)v;
            else multipliers[r[0][0]] = v;
        }
    }

    /// <summary>
    /// The embedded table, for readers that need numbers without the rest of the extraction data (the masthead's
    /// issue numbers and dates).
    /// </summary>
    public static NumeralTable Embedded => EmbeddedTable.Value;

    /// <summary>Whether <paramref name="c"/> is a Chinese numeral character.</summary>
    public bool IsNumeral(char c) => digits.ContainsKey(c) || multipliers.ContainsKey(c);

    /// <summary>Whether <paramref name="c"/> is a Chinese digit (一…九, 〇, 两…).</summary>
    public bool IsDigit(char c) => digits.ContainsKey(c);

    /// <summary>The multiplier of 十, 百, 千, 万, 亿; 0 for other characters.</summary>
    public long MultiplierOf(char c) => multipliers.GetValueOrDefault(c);

    /// <summary>
    /// Parses Arabic (with thousands separators, full-width digits, decimals), Chinese (两千, 一百二十,
    /// 二〇二〇) or mixed (5.3万) numbers.
    /// </summary>
    public bool TryParse(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        int i = 0;
        Span<char> buf = stackalloc char[Math.Min(s.Length, 64)];
        int n = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is >= '０' and <= '９') c = (char)('0' + (c - '０'));
            if (c is >= '0' and <= '9' or '.')
            {
                if (n >= buf.Length) return false;
                buf[n++] = c;
                i++;
            }
            else if (c is ',' && n > 0) i++;
            else break;
        }
        if (n > 0)
        {
            if (!decimal.TryParse(buf[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            for (; i < s.Length; i++)
            {
                long m = MultiplierOf(s[i]);
                if (m == 0) return false;
                value *= m;
            }
            return true;
        }
        return TryParseChinese(s, out value);
    }

    private bool TryParseChinese(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        bool anyMultiplier = false;
        foreach (char c in s)
        {
            if (!IsNumeral(c)) return false;
            if (multipliers.ContainsKey(c)) anyMultiplier = true;
        }
        if (!anyMultiplier)
        {
            // Digit by digit: 二〇二〇, or a single digit.
            decimal v = 0;
            foreach (char c in s) v = v * 10 + digits[c];
            value = v;
            return true;
        }
        decimal total = 0, section = 0, num = 0;
        foreach (char c in s)
        {
            if (digits.TryGetValue(c, out int d))
            {
                num = d;
                continue;
            }
            long m = multipliers[c];
            if (m < 10000)
            {
                // 十五, 百余, 千余: a leading 十, 百 or 千 counts one of it.
                if (num == 0 && (m == 10 || section == 0 && total == 0)) num = 1;
                section += num * m;
                num = 0;
            }
            else if (m == 10000)
            {
                total += (section + num) == 0 ? 10000 : (section + num) * 10000;
                section = 0;
                num = 0;
            }
            else
            {
                total = (total + section + num == 0 ? 1 : total + section + num) * m;
                section = 0;
                num = 0;
            }
        }
        value = total + section + num;
        return true;
    }
}
