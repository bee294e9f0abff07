using System.Text;
using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>
/// Char-level helpers for cleaning bulletin text. Every method makes one pass over its input.
/// </summary>
internal static partial class TextCleaning
{
    // A run of at least four space-separated tokens of one to three printable ASCII chars (5 k6 X; s* @0 i).
    [GeneratedRegex(@"(?<![!-~])(?:[!-~]{1,3} ){3,}[!-~]{1,3}(?![!-~])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JammerRun();

    /// <summary>
    /// Blanks the anti-copy junk some forum pages scatter through their text (Discuz! "jammer" runs such as
    /// <c>5 k6 X; s* @0 i</c> and <c>&amp; t* O+ D0 V J7 }# \</c>, on their own lines or glued to the prose): runs of
    /// four or more space-separated one-to-three-char ASCII tokens with at least two different symbols and two
    /// letters or digits. They are blanked only when a text holds at least three, so a lone <c>( 1 ) ( 2 )</c> stays.
    /// Each run becomes as many spaces, so offsets into the text are unchanged.
    /// </summary>
    /// <param name="text">A document's text.</param>
    /// <returns>The text with the runs blanked, or <paramref name="text"/> itself when it has fewer than three.</returns>
    public static string BlankJammer(string text)
    {
        if (text.Length < 20) return text;
        List<(int Index, int Length)>? runs = null;
        foreach (var match in JammerRun().EnumerateMatches(text))
        {
            if (IsJammer(text.AsSpan(match.Index, match.Length))) (runs ??= []).Add((match.Index, match.Length));
        }

        if (runs is null || runs.Count < 3) return text;
        var chars = text.ToCharArray();
        foreach (var (index, length) in runs) chars.AsSpan(index, length).Fill(' ');
        return new string(chars);
    }

    private static bool IsJammer(ReadOnlySpan<char> run)
    {
        int alphanumeric = 0;
        char first = '\0';
        bool twoSymbols = false;
        foreach (char c in run)
        {
            if (c == ' ') continue;
            if (char.IsAsciiLetterOrDigit(c)) alphanumeric++;
            else if (first == '\0') first = c;
            else if (c != first) twoSymbols = true;
        }

        return twoSymbols && alphanumeric >= 2;
    }

    /// <summary>True for CJK and full-width punctuation, including curly quotes, the ellipsis and the middle dot.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20')
            or (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65')
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2026' or '\u2014' or '\u00B7' or '\u2022';

    /// <summary>True for a CJK ideograph or CJK punctuation.</summary>
    public static bool IsCjk(char c) => Han.IsIdeograph(c) || IsCjkPunctuation(c);

    /// <summary>Whether <paramref name="c"/> is a list bullet that may open a line (□ ■ ● ◆ ★ ▲ ▶ • ·).</summary>
    public static bool IsBullet(char c) => c is '□' or '■' or '●' or '◆' or '◇' or '★' or '☆' or '▲' or '△' or '▶' or '►' or '•' or '·';

    /// <summary>True for whitespace, including the ideographic space, no-break space and byte-order mark.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u3000' or '\u00A0' or '\uFEFF' or '\u200B';

    /// <summary>Sentence-final punctuation: a paragraph whose text ends with one of these is complete.</summary>
    public static bool IsTerminal(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '．';

    /// <summary>Closing quotes and brackets that may follow sentence-final punctuation.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or '"' or '\'';

    /// <summary>
    /// Whether a line ends as the announcement of a list laid out one item per line (……分别是, ……分别为,
    /// ……如下：); a bare colon does not (相关附件：).
    /// </summary>
    public static bool IntroducesList(string line)
    {
        var end = line.AsSpan().TrimEnd("：: ");
        return end.EndsWith("分别是", StringComparison.Ordinal) || end.EndsWith("分别为", StringComparison.Ordinal)
            || end.EndsWith("如下", StringComparison.Ordinal);
    }

    /// <summary>A line that enumerates three or more short names with 、 (简阳市、什邡市、蒲江县): items of a text, not a headline.</summary>
    public static bool IsEnumeration(string line)
    {
        if (line.AsSpan().Count('、') < 2)
        {
            return false;
        }

        var items = line.Split('、');
        return items.Length >= 3 && Array.TrueForAll(items, static x => x.Trim().Length is >= 1 and <= 12);
    }

    /// <summary>
    /// True when the text ends a sentence: its last char (ignoring spaces and emphasis marks) is
    /// sentence-final punctuation, or a closer that follows one.
    /// </summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (IsSpace(text[i]) || text[i] is '*' or '_'))
        {
            i--;
        }

        if (i >= 0 && text[i] is '）' or ')' && text[..i].LastIndexOfAny('（', '(') is var open and > 0 && i - open <= 40
            && text[(open + 1)..i].IndexOfAny("（()）") < 0 && IsTerminal(text[open - 1]))
        {
            // A note in brackets after a full stop (…无法使用。（责任单位：区住建局）) closes the sentence before it.
            return true;
        }

        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        // A half-width full stop after a CJK char ends a sentence too (copies that write . for 。).
        return i >= 0 && (IsTerminal(text[i]) || (text[i] == '.' && i > 0 && IsCjk(text[i - 1])));
    }

    /// <summary>
    /// Removes pinyin that copies insert after characters, 創(chuàng)建(jiàn) → 創建: a parenthesised run of 1–7
    /// pinyin letters (with an optional tone digit) right after an ideograph. A run counts when it carries a
    /// tone mark, or when the text holds at least two such runs, so (a) after a character in ordinary text stays.
    /// </summary>
    public static string RemovePinyinAnnotations(string text)
    {
        var runs = PinyinAnnotations(text);
        if (runs is null)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in runs)
        {
            builder.Append(text, at, start - at);
            at = end;
        }

        builder.Append(text, at, text.Length - at);
        return builder.ToString();
    }

    /// <summary>
    /// The pinyin annotations that <see cref="RemovePinyinAnnotations"/> removes, as (start, end exclusive)
    /// in text order; null when there are none.
    /// </summary>
    public static List<(int Start, int End)>? PinyinAnnotations(string text)
    {
        if (text.AsSpan().IndexOfAny('(', '（') < 0)
        {
            return null;
        }

        List<(int Start, int End, bool Toned)>? runs = null;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('(' or '（') || !Han.IsIdeograph(text[i - 1]))
            {
                continue;
            }

            var j = i + 1;
            var toned = false;
            while (j < text.Length && j - i <= 8 && IsPinyinLetter(text[j], ref toned))
            {
                j++;
            }

            if (j < text.Length && j > i + 1 && text[j] is >= '1' and <= '5')
            {
                toned = true;
                j++;
            }

            while (j < text.Length && j - i <= 9 && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && j > i + 1 && j - i <= 10 && text[j] is ')' or '）')
            {
                (runs ??= []).Add((i, j + 1, toned));
                i = j;
            }
        }

        if (runs is null || (runs.Count < 2 && !runs[0].Toned))
        {
            return null;
        }

        return runs.ConvertAll(r => (r.Start, r.End));
    }

    private static bool IsPinyinLetter(char c, ref bool toned)
    {
        if (c is >= 'a' and <= 'z' || c == 'ü')
        {
            return true;
        }

        if ("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ".Contains(c, StringComparison.Ordinal))
        {
            toned = true;
            return true;
        }

        return false;
    }

    /// <summary>The width of a line as printed: 2 for CJK and full-width chars, 1 for ASCII and other half-width chars.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c < '\u1100' || c is >= '\uFF61' and <= '\uFFDC' ? 1 : 2;
        }

        return width;
    }

    /// <summary>Removes every whitespace char.</summary>
    public static string RemoveWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Removes markdown markup from one line: heading and quote marks at the start, <c>**</c>/<c>__</c>
    /// emphasis, inline code ticks and link targets (<c>[text](url)</c> becomes <c>text</c>).
    /// </summary>
    public static string StripMarkdown(string line)
    {
        var span = line.AsSpan().Trim();
        var start = 0;
        while (start < span.Length && span[start] == '#')
        {
            start++;
        }

        if (start is > 0 and <= 6 && (start == span.Length || IsSpace(span[start])))
        {
            span = span[start..].TrimStart();
        }

        while (span.Length > 0 && span[0] == '>')
        {
            span = span[1..].TrimStart();
        }

        if (span.Length > 1 && span[0] is '-' or '*' or '+' && IsSpace(span[1]))
        {
            span = span[2..].TrimStart();
        }

        var builder = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if ((c == '*' || c == '_' || c == '~') && i + 1 < span.Length && span[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '`')
            {
                continue;
            }

            if (c == '*' && IsEmphasisStar(span, i))
            {
                continue;
            }

            if (c == ']' && i + 1 < span.Length && span[i + 1] == '(')
            {
                var close = span[(i + 2)..].IndexOf(')');
                if (close >= 0 && close < 300)
                {
                    i += close + 2;
                    continue;
                }
            }

            if (c == '[' && span[(i + 1)..].IndexOf("](", StringComparison.Ordinal) is >= 0 and < 300)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // A single star counts as emphasis when it touches text on one side and is not a list bullet
    // followed by a space or a stand-alone multiplication sign between spaces.
    private static bool IsEmphasisStar(ReadOnlySpan<char> span, int i)
    {
        var before = i > 0 ? span[i - 1] : ' ';
        var after = i + 1 < span.Length ? span[i + 1] : ' ';
        return IsSpace(before) != IsSpace(after) || (IsCjk(before) && IsCjk(after));
    }

    /// <summary>
    /// Removes whitespace that PDF extraction put next to CJK text. In paragraph mode a run of
    /// whitespace is removed when it sits between CJK and non-CJK text, or next to CJK punctuation;
    /// a space between two ideographs and spaces between Latin words stay (as one space). In title
    /// mode every run next to a CJK char is removed.
    /// </summary>
    public static string NormalizeSpaces(string text, bool title)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (!IsSpace(c))
            {
                builder.Append(c);
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < text.Length && IsSpace(text[runEnd]))
            {
                runEnd++;
            }

            if (runEnd == text.Length)
            {
                break;
            }

            var before = text[i - 1];
            var after = text[runEnd];
            bool remove;
            if (title)
            {
                remove = IsCjk(before) || IsCjk(after);
            }
            else
            {
                remove = IsCjkPunctuation(before) || IsCjkPunctuation(after) || (Han.IsIdeograph(before) != Han.IsIdeograph(after));
            }

            if (!remove)
            {
                builder.Append(' ');
            }

            i = runEnd;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Converts ASCII or full-width digits, or Chinese numerals, to a whole number through the one numeral parser
    /// (<see cref="Extraction.Quantities.NumeralTable"/>, read by <see cref="Extraction.Dates.DateNumbers"/>); null when it
    /// is none or does not fit an int.
    /// </summary>
    public static int? ParseNumber(ReadOnlySpan<char> text) =>
        Extraction.Dates.DateNumbers.Whole(Extraction.Quantities.NumeralTable.Embedded, text.Trim());

    /// <summary>
    /// True when a line is a table row as text extraction writes it: at least three non-empty cells
    /// separated by tabs.
    /// </summary>
    /// <param name="line">One source line.</param>
    public static bool IsTableRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IndexOf('\t') < 0)
        {
            return false;
        }

        var cells = 0;
        foreach (var range in line.Split('\t'))
        {
            if (!line[range].Trim().IsEmpty)
            {
                cells++;
            }
        }

        return cells >= 3;
    }
}
