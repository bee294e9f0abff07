using System.Globalization;
using CampaignText.Resources;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>The kind of line a phrase cue marks (see models/structure/line-cues.tsv).</summary>
internal enum CueFamily : byte
{
    None,
    Chrome,
    Legal,
    DocShare,
    Related,
    Meta,
    Epaper,
    Byline,
    Caption,
    Nav,
}

/// <summary>What the cues of one line add up to.</summary>
/// <param name="Weight">The sum of the weights of every cue the line holds (each cue counted once).</param>
/// <param name="Family">The family of the heaviest cue; <see cref="CueFamily.None"/> when none matched.</param>
/// <param name="NavTokens">How many of the line's tokens are menu items.</param>
internal readonly record struct CueScore(double Weight, CueFamily Family, int NavTokens);

/// <summary>
/// The phrase families of models/structure/line-cues.tsv, indexed for matching against one line: whole-line
/// cues by the line, prefix and infix cues by their first two characters, menu items by token. Immutable and
/// thread-safe once built.
/// </summary>
internal sealed class LineCues
{
    private enum Match : byte
    {
        Exact,
        Prefix,
        Contains,
        Suffix,
        Token,
    }

    private readonly record struct Cue(int Id, string Text, CueFamily Family, double Weight, Match Match);

    private static readonly Lazy<LineCues> DefaultCues = new(static () => Parse(EmbeddedData.ReadAllText(EmbeddedData.LineCues), EmbeddedData.LineCues));

    private readonly Dictionary<string, Cue> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cue> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Cue[]> _byStart;
    private readonly Dictionary<char, Cue[]> _single;
    private readonly Cue[] _suffix;
    private readonly int _count;

    private LineCues(List<Cue> cues)
    {
        _count = cues.Count;
        var byStart = new Dictionary<int, List<Cue>>();
        var single = new Dictionary<char, List<Cue>>();
        var suffix = new List<Cue>();
        foreach (var cue in cues)
        {
            switch (cue.Match)
            {
                case Match.Exact:
                    _exact.TryAdd(cue.Text, cue);
                    break;
                case Match.Token:
                    _tokens.TryAdd(cue.Text, cue);
                    break;
                case Match.Suffix:
                    suffix.Add(cue);
                    break;
                default:
                    if (cue.Text.Length == 1)
                    {
                        Add(single, cue.Text[0], cue);
                    }
                    else
                    {
                        Add(byStart, Pair(cue.Text[0], cue.Text[1]), cue);
                    }

                    break;
            }
        }

        _byStart = byStart.ToDictionary(static kv => kv.Key, static kv => kv.Value.ToArray());
        _single = single.ToDictionary(static kv => kv.Key, static kv => kv.Value.ToArray());
        _suffix = [.. suffix];
    }

    /// <summary>The cues embedded in the library.</summary>
    public static LineCues Default => DefaultCues.Value;

    /// <summary>Scores one line: <paramref name="key"/> is the line as <see cref="Key"/> makes it, <paramref name="plain"/> the line itself.</summary>
    public CueScore Score(string key, string plain)
    {
        double weight = 0, strongest = 0;
        var family = CueFamily.None;
        Span<bool> seen = _count <= 1024 ? stackalloc bool[_count] : new bool[_count];

        void Hit(in Cue cue, Span<bool> seenCues)
        {
            if (seenCues[cue.Id])
            {
                return;
            }

            seenCues[cue.Id] = true;
            weight += cue.Weight;
            if (cue.Weight > strongest)
            {
                strongest = cue.Weight;
                family = cue.Family;
            }
        }

        if (_exact.TryGetValue(key, out var exact))
        {
            Hit(exact, seen);
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (_single.TryGetValue(key[i], out var ones))
            {
                foreach (var cue in ones)
                {
                    if (cue.Match == Match.Contains || i == 0)
                    {
                        Hit(cue, seen);
                    }
                }
            }

            if (i + 1 < key.Length && _byStart.TryGetValue(Pair(key[i], key[i + 1]), out var candidates))
            {
                foreach (var cue in candidates)
                {
                    if ((cue.Match == Match.Contains || i == 0) && key.AsSpan(i).StartsWith(cue.Text, StringComparison.Ordinal))
                    {
                        Hit(cue, seen);
                    }
                }
            }
        }

        foreach (var cue in _suffix)
        {
            if (key.EndsWith(cue.Text, StringComparison.Ordinal))
            {
                Hit(cue, seen);
            }
        }

        var nav = 0;
        if (_tokens.Count > 0)
        {
            foreach (var token in Tokens(plain))
            {
                if (_tokens.TryGetValue(token, out var cue))
                {
                    nav++;
                    weight += cue.Weight;
                    if (cue.Weight > strongest)
                    {
                        strongest = cue.Weight;
                        family = cue.Family;
                    }
                }
            }
        }

        return new CueScore(weight, family, nav);
    }

    /// <summary>
    /// The matching key of a line: whitespace and leading bullets (□ ■ ● ◆ ★ •) removed, ':' read as '：' and
    /// ASCII brackets as full-width ones, ASCII letters upper-cased.
    /// </summary>
    public static string Key(ReadOnlySpan<char> plain)
    {
        Span<char> buffer = plain.Length <= 256 ? stackalloc char[plain.Length] : new char[plain.Length];
        var n = 0;
        foreach (var c in plain)
        {
            if (TextCleaning.IsSpace(c) || (n == 0 && TextCleaning.IsBullet(c)))
            {
                continue;
            }

            buffer[n++] = c switch
            {
                ':' or '︰' => '：',
                '(' => '（',
                ')' => '）',
                >= 'a' and <= 'z' => (char)(c - 32),
                _ => c,
            };
        }

        return TraditionalChars.Fold(new string(buffer[..n]));
    }

    /// <summary>The tokens of a line split at whitespace and menu separators (| ｜ · • / > ＞ › » 丨).</summary>
    public static List<string> Tokens(string plain)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= plain.Length; i++)
        {
            var separator = i == plain.Length || TextCleaning.IsSpace(plain[i]) || IsSeparator(plain[i]);
            if (separator)
            {
                if (start >= 0)
                {
                    tokens.Add(plain[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>True for the characters that separate menu items and breadcrumb steps.</summary>
    public static bool IsSeparator(char c) => c is '|' or '｜' or '·' or '•' or '/' or '／' or '>' or '＞' or '›' or '»' or '丨' or '┊' or '\t';

    /// <summary>Reads a cue table (family, weight, match, text per line; # comments).</summary>
    /// <exception cref="CampaignTextException">A row is malformed; the message names the file and line.</exception>
    public static LineCues Parse(string content, string fileName)
    {
        var cues = new List<Cue>();
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 4 || f[3].Length == 0)
            {
                throw new CampaignTextException($"line {lineNumber}: expected family, weight, match and text separated by tabs", fileName);
            }

            var family = f[0] switch
            {
                "chrome" => CueFamily.Chrome,
                "legal" => CueFamily.Legal,
                "docshare" => CueFamily.DocShare,
                "related" => CueFamily.Related,
                "meta" => CueFamily.Meta,
                "epaper" => CueFamily.Epaper,
                "byline" => CueFamily.Byline,
                "caption" => CueFamily.Caption,
                "nav" => CueFamily.Nav,
                _ => throw new CampaignTextException($"line {lineNumber}: unknown family '{f[0]}'", fileName),
            };
            if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight <= 0 || weight > 10)
            {
                throw new CampaignTextException($"line {lineNumber}: weight '{f[1]}' is not a number in (0, 10]", fileName);
            }

            var match = f[2] switch
            {
                "exact" => Match.Exact,
                "prefix" => Match.Prefix,
                "contains" => Match.Contains,
                "suffix" => Match.Suffix,
                "token" => Match.Token,
                _ => throw new CampaignTextException($"line {lineNumber}: unknown match '{f[2]}'", fileName),
            };
            var text = match == Match.Token ? f[3].Trim() : Key(f[3]);
            cues.Add(new Cue(cues.Count, text, family, weight, match));
        }

        return new LineCues(cues);
    }

    private static int Pair(char a, char b) => (a << 16) | b;

    private static void Add<TKey>(Dictionary<TKey, List<Cue>> map, TKey key, Cue cue)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(cue);
    }
}
