using System.Text.RegularExpressions;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>
/// Collects footer fields from footer lines: staff (责编, 核稿, 编校, 审核, 核签 …), phone, fax, e-mail
/// and the 报/送/发 lists. A line may hold several fields; a line without a key continues the list
/// before it. One instance reads one document.
/// </summary>
internal sealed class FooterReader
{
    private readonly Dictionary<string, string> _staff = new(StringComparer.Ordinal);
    private readonly List<string> _reportTo = [];
    private readonly List<string> _copyTo = [];
    private readonly List<string> _distributeTo = [];
    private string? _editor;
    private string? _reviewer;
    private string? _phone;
    private string? _fax;
    private string? _email;
    private List<string>? _lastList;

    /// <summary>True once any field was read.</summary>
    public bool HasFields { get; private set; }

    /// <summary>
    /// Whether what was read names staff only (责任编辑, 编辑, 审核, 核稿 …): no 报/送/发 list, phone, fax or e-mail, which
    /// only a bulletin's footer holds. Web pages print such credit lines above or inside their text.
    /// </summary>
    public bool HoldsStaffOnly =>
        _reportTo.Count == 0 && _copyTo.Count == 0 && _distributeTo.Count == 0 && _phone is null && _fax is null && _email is null;

    /// <summary>The list a line without a key would run on (报：… on two lines) and how many items it holds now.</summary>
    internal (List<string>? List, int Count) ListMark => (_lastList, _lastList?.Count ?? 0);

    /// <summary>Takes back the items added to a list since <paramref name="mark"/> (lines that turned out to be text).</summary>
    internal static void TruncateList((List<string>? List, int Count) mark)
    {
        if (mark.List is { } list && list.Count > mark.Count)
        {
            list.RemoveRange(mark.Count, list.Count - mark.Count);
        }
    }

    /// <summary>Whether <paramref name="plain"/> holds a footer key anywhere (责编：, 报：, 电话：…).</summary>
    public static bool HasFooterKey(string plain) => FooterKeys.Pattern.IsMatch(TraditionalChars.Fold(plain));

    /// <summary>True when <paramref name="plain"/> starts with a footer key such as 责编： or 报：.</summary>
    public static bool StartsFooterLine(string plain)
    {
        var m = FooterKeys.Pattern.Match(TraditionalChars.Fold(plain));
        return m.Success && m.Index == 0;
    }

    /// <summary>Reads one footer line (markdown already stripped).</summary>
    public void AcceptLine(string plain)
    {
        var matches = FooterKeys.Pattern.Matches(TraditionalChars.Fold(plain));
        if (matches.Count == 0)
        {
            // A list running on to the next line; print-run notes such as （共印50份） are not list items.
            if (!plain.StartsWith('（') && !plain.StartsWith('(') && !plain.Contains("共印", StringComparison.Ordinal)
                && plain.AsSpan().IndexOfAny("：:") < 0)
            {
                _lastList?.AddRange(SplitList(plain));
            }

            return;
        }

        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var end = k + 1 < matches.Count ? matches[k + 1].Index : plain.Length;
            var value = plain[(m.Index + m.Length)..end].Trim().TrimEnd('。', '；', ';', '，', ',');
            var key = m.Groups["key"];
            Assign(key.Value, plain.Substring(key.Index, key.Length), value);
        }
    }

    private void Assign(string key, string asWritten, string value)
    {
        HasFields = true;
        _lastList = null;
        switch (FooterKeys.FieldOf(key))
        {
            case FooterField.Editor:
                _editor ??= Blank(value);
                break;
            case FooterField.Reviewer:
                _reviewer ??= Blank(value);
                break;
            case FooterField.Phone:
                _phone ??= Blank(value);
                break;
            case FooterField.Fax:
                _fax ??= Blank(value);
                break;
            case FooterField.Report:
                _lastList = _reportTo;
                _reportTo.AddRange(SplitList(value));
                break;
            case FooterField.Copy:
                _lastList = _copyTo;
                _copyTo.AddRange(SplitList(value));
                break;
            case FooterField.Distribute:
                _lastList = _distributeTo;
                _distributeTo.AddRange(SplitList(value));
                break;
            case FooterField.Email:
                _email ??= Blank(value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty);
                break;
            default:
                if (Blank(value) is { } name)
                {
                    _staff.TryAdd(asWritten, name);
                }

                break;
        }
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    /// <summary>
    /// Splits a distribution list. When the line uses commas (or semicolons) they separate the groups
    /// and 、 stays inside a group (首都文明委主任、副主任); otherwise 、 separates the items, and a list
    /// with neither (首都文明办 区委 区人大) is split at its spaces.
    /// </summary>
    internal static IEnumerable<string> SplitList(string value)
    {
        value = value.Trim().TrimEnd('。', '；', ';', '，', ',');
        var separators = value.AsSpan().IndexOfAny("，,；;") >= 0 ? new[] { '，', ',', '；', ';' }
            : value.Contains('、', StringComparison.Ordinal) ? new[] { '、' }
            : new[] { ' ', '\u3000', '\t' };
        return value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(static s => TextCleaning.NormalizeSpaces(s, title: true))
            .Where(static s => s.Length > 0);
    }

    /// <summary>Freezes what was read into a <see cref="Footer"/>.</summary>
    public Footer Build() => HasFields
        ? new Footer(_editor, _reviewer, new Dictionary<string, string>(_staff).AsReadOnly(), _phone, _fax, _email,
            _reportTo.ToArray(), _copyTo.ToArray(), _distributeTo.ToArray())
        : Footer.Empty;
}
