using System.Collections.Frozen;
using System.Text;

namespace CampaignText.Text;

/// <summary>
/// Normalises bulletin text so that matching works on one spelling of each character, while keeping an
/// offset map back to the original. What it does, all from the tables in models/text/:
/// full-width digits, Latin letters and <c>．％＋－／</c> become ASCII (the full-width colon <c>：</c> only
/// between digits, as in 9：30); the ideographic space and other typographic spaces become a space;
/// zero-width characters and soft hyphens are removed; Kangxi and CJK supplement radicals (⻄, ⾦) and CJK
/// compatibility ideographs become their unified ideographs; 〖〗 and ［］ become 【】; CR and CRLF become LF.
/// Chinese punctuation such as （），：；《》〔〕 is kept: this is not NFKC.
/// </summary>
/// <remarks>Immutable and thread-safe. Runs in one linear pass.</remarks>
public sealed class TextNormalizer
{
    private const byte Keep = 0;
    private const byte Replace = 1;
    private const byte ReplaceBetweenDigits = 2;
    private const byte CarriageReturn = 3;
    private const byte HighSurrogate = 4;
    private const byte Remove = 5;

    private static readonly Lazy<TextNormalizer> DefaultInstance = new(LoadDefault);

    private readonly byte[] _kind;
    private readonly FrozenDictionary<int, string> _rules;

    private TextNormalizer(IEnumerable<NormalizationRule> rules)
    {
        _kind = new byte[0x10000];
        _kind['\r'] = CarriageReturn;
        var map = new Dictionary<int, string>();
        foreach (NormalizationRule rule in rules)
        {
            if (rule.From == '\r')
            {
                continue;
            }

            if (!map.TryAdd(rule.From, rule.To))
            {
                throw new CampaignTextException($"normalisation tables map U+{rule.From:X4} twice");
            }

            if (rule.From < 0x10000)
            {
                _kind[rule.From] = rule.BetweenDigitsOnly ? ReplaceBetweenDigits : rule.To.Length == 0 ? Remove : Replace;
            }
            else
            {
                _kind[char.ConvertFromUtf32(rule.From)[0]] = HighSurrogate;
            }
        }

        _rules = map.ToFrozenDictionary();
    }

    /// <summary>The normaliser built from the tables embedded in the library.</summary>
    public static TextNormalizer Default => DefaultInstance.Value;

    /// <summary>Number of characters the tables rewrite (CR handling not counted).</summary>
    public int RuleCount => _rules.Count;

    /// <summary>
    /// Builds a normaliser from tables in the models/text/ format: <c>from</c> hex code point, <c>to</c> hex
    /// code points separated by spaces (empty removes), <c>when</c> = <c>always</c> or <c>between-digits</c>.
    /// </summary>
    /// <param name="tables">The tables; a code point may appear in only one of them.</param>
    /// <exception cref="CampaignTextException">A table line is malformed or a code point is mapped twice.</exception>
    public static TextNormalizer FromTables(params IEnumerable<TextReader> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rules = new List<NormalizationRule>();
        int n = 0;
        foreach (TextReader table in tables)
        {
            rules.AddRange(NormalizationTable.Parse(table, $"normalisation table {++n}"));
        }

        return new TextNormalizer(rules);
    }

    /// <summary>Normalises <paramref name="text"/> and keeps the map back to it.</summary>
    /// <param name="text">Any text.</param>
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        var map = new OffsetMap.Builder();
        int n = text.Length;
        int i = 0;
        int runStart = 0;
        char last = '\0';
        bool changed = false;
        while (i < n)
        {
            char c = text[i];
            byte kind = _kind[c];
            if (kind == Keep)
            {
                i++;
                continue;
            }

            if (!changed)
            {
                sb.EnsureCapacity(n);
                changed = true;
            }

            if (i > runStart)
            {
                sb.Append(text, runStart, i - runStart);
                map.AddRun(runStart, i - runStart);
                last = text[i - 1];
            }

            runStart = i;
            string? replacement = null;
            int consumed = 1;
            switch (kind)
            {
                case CarriageReturn:
                    replacement = "\n";
                    consumed = i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                    break;
                case Replace:
                    replacement = _rules[c];
                    break;
                case Remove:
                    replacement = "";
                    break;
                case ReplaceBetweenDigits:
                    int next = i + 1;
                    while (next < n && _kind[text[next]] == Remove)
                    {
                        next++;
                    }

                    if (char.IsAsciiDigit(last) && next < n && IsDigitAfterNormalisation(text[next]))
                    {
                        replacement = _rules[c];
                    }

                    break;
                case HighSurrogate:
                    if (i + 1 < n && char.IsLowSurrogate(text[i + 1]))
                    {
                        consumed = 2;
                        _rules.TryGetValue(char.ConvertToUtf32(c, text[i + 1]), out replacement);
                    }

                    break;
            }

            if (replacement is null)
            {
                i += consumed;
                continue;
            }

            sb.Append(replacement);
            map.Add(replacement.Length, i, i + consumed);
            if (replacement.Length > 0)
            {
                last = replacement[^1];
            }

            i += consumed;
            runStart = i;
        }

        if (!changed)
        {
            return new NormalizedText(text, text, OffsetMap.Identity(n));
        }

        if (n > runStart)
        {
            sb.Append(text, runStart, n - runStart);
            map.AddRun(runStart, n - runStart);
        }

        return new NormalizedText(text, sb.ToString(), map.Build(n));
    }

    /// <summary>Normalises <paramref name="text"/> without keeping the map.</summary>
    /// <param name="text">Any text.</param>
    public string NormalizeToString(string text) => Normalize(text).Text;

    private static bool IsDigitAfterNormalisation(char c) => char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';

    private static TextNormalizer LoadDefault()
    {
        var rules = new List<NormalizationRule>();
        foreach (string table in NormalizationTable.DefaultTables)
        {
            using TextReader reader = NormalizationTable.OpenEmbedded(table);
            rules.AddRange(NormalizationTable.Parse(reader, "models/text/" + table));
        }

        return new TextNormalizer(rules);
    }
}
