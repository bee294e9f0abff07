using System.Collections.Frozen;
using CampaignText.Text;

namespace CampaignText.Extraction.People;

/// <summary>
/// Finds people: a name of two or three characters beginning with a family name (three or four after a double
/// family name: 欧阳立新, 司马青), right after a title (also each name of a list after it: 副区长胡显明、刘荣生)
/// (区委书记夏林茂), before 同志 or a title (夏林茂同志, 夏林茂书记), or in a list of such names closed by
/// 等, at the head of a sentence before a verb of speech (张翠萍要求：), and again wherever a name already
/// found stands as a word of its own. A title with no name after it gives nothing; a candidate that the dictionary knows as an ordinary
/// word (强调, 全体) is not a name.
/// </summary>
internal sealed class PersonExtractor(ExtractionData data)
{
    /// <summary>Characters that cannot be the third character of a name: they begin what follows it.</summary>
    private static readonly string NotThird = PersonWords.Embedded.NotThird;
    private const string Comrade = "同志";

    /// <summary>Ordinary words that the dictionary tags as names.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameSpans = PersonWords.Embedded.NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs of speech that follow a speaker's name at the head of a sentence.</summary>
    private static readonly IReadOnlyList<string> SpeechVerbs = PersonWords.Embedded.SpeechVerbs;

    public List<Mention> Extract(TextAnalysis a, IReadOnlyList<Mention> organizations, IReadOnlyList<Mention> places)
    {
        string text = a.Text;
        var found = new List<PersonMention>();
        int maxTitle = data.MaxTitleLength;

        // Title, then name.
        for (int i = 0; i < text.Length; i++)
        {
            int tl = LongestTitleAt(text, i);
            if (tl == 0) continue;
            int nameStart = i + tl;
            // 文明办主任 商明 signing a quote: one space between title and name when the name closes the text or
            // its line.
            bool spaced = nameStart + 1 < text.Length && text[nameStart] is ' ' or '\u3000';
            if (spaced) nameStart++;
            // 院长和楼栋长: a joint after the title starts the next title, not a name.
            int nameLen = nameStart < text.Length && Joints.Contains(text[nameStart], StringComparison.Ordinal) ? 0 : NameLength(a, nameStart);
            if (spaced && nameLen > 0 && nameStart + nameLen < text.Length && !char.IsWhiteSpace(text[nameStart + nameLen])) nameLen = 0;
            if (nameLen > 0 && !(nameStart + nameLen < text.Length && IsTitlePrefix(text, nameStart)))
            {
                int roleStart = RoleStart(a, i, maxTitle, organizations);
                string role = text[roleStart..(spaced ? nameStart - 1 : nameStart)];
                Add(found, new PersonMention(text.Substring(nameStart, nameLen), nameStart, nameStart + nameLen, text.Substring(nameStart, nameLen), role));
                // 副区长胡显明、刘荣生、兰玉丽: names listed after one title share it (a title after 、 starts anew).
                int next = nameStart + nameLen;
                while (next + 1 < text.Length && text[next] == '、' && LongestTitleAt(text, next + 1) == 0)
                {
                    int l2 = NameLength(a, next + 1);
                    if (l2 == 0 || !Follows(a, next + 1 + l2)) break;
                    Add(found, new PersonMention(text.Substring(next + 1, l2), next + 1, next + 1 + l2, text.Substring(next + 1, l2), role));
                    next += 1 + l2;
                }
                i = next - 1;
            }
            else
            {
                i += tl - 1;
            }
        }

        // Name, then 同志 or a title.
        for (int i = 1; i < text.Length; i++)
        {
            int after = -1;
            bool comrade = false;
            if (string.CompareOrdinal(text, i, Comrade, 0, 2) == 0) { after = 2; comrade = true; }
            else if (LongestTitleAt(text, i) is int t and > 0) after = t;
            if (after < 0) continue;
            for (int len = 4; len >= 2; len--)
            {
                int s = i - len;
                if (s < 0) continue;
                if (s > 0 && Han.IsIdeograph(text[s - 1]) && !a.IsBoundary(s) && !IsListJoint(text[s - 1])) continue;
                bool taggedName = a.TokenAt(s) is { } nrTok && nrTok.Start == s && nrTok.End == i && nrTok.Tag.StartsWith("nr", StringComparison.Ordinal) && len == 3;
                if (s > 0 && Han.IsIdeograph(text[s - 1]) && !IsListJoint(text[s - 1]) && !EndsTitle(text, s, maxTitle) && !(taggedName && a.IsBoundary(s))) continue;
                if (!IsName(a, s, len)) continue;
                // Before a title the name must be a word of its own (夏林茂书记, not 会长带队's 会).
                if (!comrade && !(a.TokenAt(s) is { } nt && nt.Start == s && (nt.Tag.StartsWith("nr", StringComparison.Ordinal) || nt.End == i))) continue;
                string? role = comrade ? null : text.Substring(i, after);
                Add(found, new PersonMention(text.Substring(s, len), s, s + len, text.Substring(s, len), role));
                // 王小明、李小红同志: the names listed before it share the ending.
                int cursor = s;
                while (cursor > 1 && text[cursor - 1] == '、')
                {
                    int end2 = cursor - 1, got = 0;
                    for (int l2 = 4; l2 >= 2 && got == 0; l2--)
                    {
                        int s2 = end2 - l2;
                        if (s2 < 0 || !IsName(a, s2, l2)) continue;
                        if (s2 > 0 && Han.IsIdeograph(text[s2 - 1]) && text[s2 - 1] != '、' && !a.IsBoundary(s2)) continue;
                        if (a.TokenAt(s2) is { } tk && (tk.Start != s2 || tk.End != end2) && !(l2 == 2 && tk.Start == s2 && tk.End == end2)) { if (tk.End > end2 || tk.Start != s2) continue; }
                        got = l2;
                    }
                    if (got == 0) break;
                    Add(found, new PersonMention(text.Substring(end2 - got, got), end2 - got, end2, text.Substring(end2 - got, got), role));
                    cursor = end2 - got;
                }
                break;
            }
        }

        // Names listed before 等: 王小明、李小红等.
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '等' || i < 2) continue;
            int cursor = i;
            var list = new List<(int S, int L)>();
            while (cursor > 0)
            {
                int got = 0;
                for (int len = 4; len >= 2 && got == 0; len--)
                {
                    int s = cursor - len;
                    if (s < 0) continue;
                    if (s > 0 && text[s - 1] != '、' && Han.IsIdeograph(text[s - 1]) && !TitleEndsAt(text, s, maxTitle)) continue;
                    var tok = a.TokenAt(s);
                    if (tok is { } t && t.Start == s && t.End == cursor && t.Tag.StartsWith("nr", StringComparison.Ordinal) && IsName(a, s, len)) got = len;
                    else if (IsName(a, s, len) && (list.Count > 0 || CompoundAt(text, s))) got = len;
                }
                if (got == 0) break;
                list.Add((cursor - got, got));
                cursor -= got;
                if (cursor > 0 && text[cursor - 1] == '、') cursor--;
                else break;
            }
            if (list.Count == 0) continue;
            // 东风路、牛王庙等老旧院落, 八达岭、龙庆峡等景区: places listed, not people.
            if (PlaceAfterList(text, i + 1) || list.Any(x => PlaceFinals.Contains(text[x.S + x.L - 1]) && TitleLengthEndingAt(text, x.S, maxTitle) == 0)) continue;
            foreach (var (s, l) in list)
            {
                string? role = null;
                int tl = TitleLengthEndingAt(text, s, maxTitle);
                if (tl > 0) role = text[RoleStart(a, s - tl, maxTitle, organizations)..s];
                Add(found, new PersonMention(text.Substring(s, l), s, s + l, text.Substring(s, l), role));
            }
        }

        // A name at the head of a sentence, before a verb of speech (张翠萍要求：, 王小明指出，).
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && Han.IsIdeograph(text[i - 1]) || !Han.IsIdeograph(text[i]) || !a.IsBoundary(i)) continue;
            for (int len = 4; len >= 2; len--)
            {
                int end = i + len;
                if (end >= text.Length || !SpeechVerbs.Any(v => string.CompareOrdinal(text, end, v, 0, v.Length) == 0 && (v.Length == 2 || end + 1 >= text.Length || !Han.IsIdeograph(text[end + 1])))) continue;
                if (!a.IsBoundary(end) || !IsName(a, i, len)) continue;
                Add(found, new PersonMention(text.Substring(i, len), i, end, text.Substring(i, len), null));
                break;
            }
        }

        // A name found once is found again wherever it stands as a word of its own (滕盛萍同志… 滕盛萍指出).
        foreach (string name in found.Select(f => f.Text).Distinct(StringComparer.Ordinal).ToList())
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (found.Any(f => f.Start < at + name.Length && at < f.End)) continue;
                if (!a.IsBoundary(at) || !a.IsBoundary(at + name.Length)) continue;
                Add(found, new PersonMention(name, at, at + name.Length, name, null));
            }
        }

        // A name that a place name covers (江山街道, 常青藤社区) is that place's, not a person's.
        found.RemoveAll(f => places.Any(p => p.Kind is MentionKind.District or MentionKind.Town or MentionKind.Community && p.Start <= f.Start && f.End <= p.End));
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return [.. found];
    }

    /// <summary>Last characters of place names (路, 村, 庙, 峪…): a list of such words before 等 names places.</summary>
    private static readonly string PlaceFinals = PersonWords.Embedded.PlaceFinals;

    /// <summary>Nouns after 等 that make the list one of places, bodies or things (等街道, 等景区, 等生活用品).</summary>
    private static readonly IReadOnlyList<string> PlaceNouns = PersonWords.Embedded.PlaceNouns;

    private static bool PlaceAfterList(string text, int after)
    {
        foreach (string n in PlaceNouns)
        {
            if (string.CompareOrdinal(text, after, n, 0, n.Length) == 0) return true;
        }
        return false;
    }

    private static void Add(List<PersonMention> found, PersonMention m)
    {
        int k = found.FindIndex(f => f.Start < m.End && m.Start < f.End);
        if (k < 0) { found.Add(m); return; }
        if (found[k].Role is null && m.Role is not null && found[k].Start == m.Start && found[k].End == m.End) found[k] = m;
    }

    /// <summary>Characters that join two titles or names (models/extraction/person-words.tsv: joint).</summary>
    private static readonly string Joints = PersonWords.Embedded.Joints;

    private static bool IsListJoint(char c) => c == '、' || Joints.Contains(c, StringComparison.Ordinal);

    private int LongestTitleAt(string text, int i)
    {
        int max = Math.Min(data.LongestTitleStartingAt(text, i), text.Length - i);
        for (int len = max; len >= 2; len--)
        {
            if (data.TitleSpans.Contains(text.AsSpan(i, len))) return len;
        }
        return 0;
    }

    private bool IsTitlePrefix(string text, int i) => LongestTitleAt(text, i) > 0;

    private int TitleLengthEndingAt(string text, int end, int maxTitle)
    {
        for (int len = Math.Min(maxTitle, end); len >= 2; len--)
        {
            if (data.TitleSpans.Contains(text.AsSpan(end - len, len))) return len;
        }
        return 0;
    }

    private bool TitleEndsAt(string text, int end, int maxTitle) => TitleLengthEndingAt(text, end, maxTitle) > 0;

    private bool EndsTitle(string text, int end, int maxTitle) => TitleEndsAt(text, end, maxTitle);

    /// <summary>Extends a title back over an organisation and further titles joined by 、 (区委常委、宣传部部长).</summary>
    private int RoleStart(TextAnalysis a, int titleStart, int maxTitle, IReadOnlyList<Mention> organizations)
    {
        string text = a.Text;
        int start = titleStart;
        for (int guard = 0; guard < 6; guard++)
        {
            var org = organizations.LastOrDefault(o => o.End == start);
            if (org is not null) { start = org.Start; continue; }
            int core = 0;
            for (int len = Math.Min(8, start); len >= 2 && core == 0; len--)
            {
                if (data.OrganizationSpans.Contains(text.AsSpan(start - len, len))) core = len;
            }
            if (core > 0) { start -= core; continue; }
            foreach (string prefix in PersonWords.Embedded.RolePrefixes)
            {
                if (start >= prefix.Length && string.CompareOrdinal(text, start - prefix.Length, prefix, 0, prefix.Length) == 0
                    && (start - prefix.Length == 0 || !Han.IsIdeograph(text[start - prefix.Length - 1]) || prefix.Length > 1))
                {
                    start -= prefix.Length;
                    goto next;
                }
            }
            if (start > 1 && text[start - 1] == '、')
            {
                int tl = TitleLengthEndingAt(text, start - 1, maxTitle);
                if (tl > 0) { start = start - 1 - tl; continue; }
                var o2 = organizations.LastOrDefault(o => o.End == start - 1);
                if (o2 is not null) { start = o2.Start; continue; }
            }
            break;
        next:;
        }
        return start;
    }

    /// <summary>
    /// The length of a name starting at <paramref name="s"/> (2 or 3; 3 or 4 after a double family name such as
    /// 欧阳), or 0. The longer reading wins when what follows it can follow a name (出席, 讲话, 、, a title…)
    /// and the shorter reading would leave a lone character glued to it (张志和出席, 李国强出席); the shorter wins
    /// when the third character begins a word (王明强调) or a joint before a title (高明和区长).
    /// </summary>
    private int NameLength(TextAnalysis a, int s)
    {
        string text = a.Text;
        if (s + 2 > text.Length) return 0;
        if (CompoundAt(text, s))
        {
            bool four = IsName(a, s, 4) && Follows(a, s + 4), three = IsName(a, s, 3) && Follows(a, s + 3);
            if (four && (!three || !IsLoneFollower(a, s + 3) || CanEndName(text[s + 3]) && StrongFollowerAt(text, s + 4))) return 4;
            if (three) return 3;
            return IsName(a, s, 4) && NotThird.IndexOf(text[s + 3]) < 0 ? 4 : IsName(a, s, 3) ? 3 : 0;
        }
        bool l3 = IsName(a, s, 3) && Follows(a, s + 3), l2 = IsName(a, s, 2) && Follows(a, s + 2);
        if (l3 && (!l2 || !IsLoneFollower(a, s + 2) || CanEndName(text[s + 2]) && StrongFollowerAt(text, s + 3))) return 3;
        if (l2) return 2;
        var tok = a.TokenAt(s);
        if (tok is { } t && t.Start == s && t.Tag.StartsWith("nr", StringComparison.Ordinal) && t.End - s is 2 or 3 && IsName(a, s, t.End - s)) return t.End - s;
        if (s + 3 <= text.Length && NotThird.IndexOf(text[s + 2]) < 0 && IsName(a, s, 3)) return 3;
        return IsName(a, s, 2) ? 2 : 0;
    }

    /// <summary>Words that follow a person's name: verbs of taking part and speaking, and 一行.</summary>
    private static readonly IReadOnlyList<string> StrongFollowers = PersonWords.Embedded.StrongFollowers;

    /// <summary>Single characters that may follow a name as a word of their own (在, 到, 对, 和, 、…).</summary>
    private static readonly string LoneFollowers = PersonWords.Embedded.LoneFollowers;

    /// <summary>Lone followers that also end given names (张志和, 周立为, 陈永来, 王建同); 在, 对, 到… never do.</summary>
    private static bool CanEndName(char c) => PersonWords.Embedded.NameFinals.Contains(c, StringComparison.Ordinal);

    private static bool StrongFollowerAt(string text, int e)
    {
        foreach (string w in StrongFollowers)
        {
            if (string.CompareOrdinal(text, e, w, 0, w.Length) == 0) return true;
        }
        return false;
    }

    /// <summary>Whether a lone follower character (和, 在, 为…) stands at <paramref name="e"/> as a word of its own.</summary>
    private static bool IsLoneFollower(TextAnalysis a, int e) =>
        e < a.Text.Length && LoneFollowers.Contains(a.Text[e], StringComparison.Ordinal) && a.IsBoundary(e) && a.IsBoundary(e + 1);

    /// <summary>Whether what stands at <paramref name="e"/> can follow a name: the end, a non-Han character, a title, 同志, a verb of taking part or a lone follower.</summary>
    private bool Follows(TextAnalysis a, int e)
    {
        string text = a.Text;
        if (e > text.Length) return false;
        if (e == text.Length || !Han.IsIdeograph(text[e])) return true;
        if (!a.IsBoundary(e)) return false;
        return StrongFollowerAt(text, e) || IsLoneFollower(a, e) || LongestTitleAt(text, e) > 0;
    }

    /// <summary>Whether a double family name (欧阳, 司马…) begins at <paramref name="s"/>.</summary>
    private bool CompoundAt(string text, int s) => s + 2 <= text.Length && data.SurnameSpans.Contains(text.AsSpan(s, 2));

    /// <summary>Whether text[s..s+len] can be a person's name.</summary>
    private bool IsName(TextAnalysis a, int s, int len)
    {
        string text = a.Text;
        if (s < 0 || s + len > text.Length) return false;
        for (int k = s; k < s + len; k++) if (!Han.IsIdeograph(text[k]) || text[k] is '〇') return false;
        var cand = text.AsSpan(s, len);
        bool compound = len >= 3 && data.SurnameSpans.Contains(cand[..2]);
        bool surname = len <= 3 && data.SurnameSpans.Contains(cand[..1]) || compound;
        if (!surname || len > 4) return false;
        if (data.OrganizationSpans.Contains(cand) || NotNameSpans.Contains(cand)) return false;
        // No title ends the candidate (the whole candidate included).
        for (int k = 1; k <= len; k++)
        {
            if (data.TitleSpans.Contains(cand[(len - k)..])) return false;
        }
        // A double family name is a word to the segmenter (欧阳/ns, 司马/nr): its tokens say nothing of a name.
        // Its given name holds no word that begins what follows (司马青等, 欧阳立新在).
        if (compound)
        {
            for (int k = 2; k < len; k++)
            {
                if (NotThird.IndexOf(cand[k]) >= 0) return false;
            }
            return a.TokenAt(s) is not { } tc || tc.Start == s;
        }
        // An ordinary dictionary word covering the candidate is not a name (强调, 全体, 高度).
        var tok = a.TokenAt(s);
        if (tok is { } t0 && t0.Start == s && t0.End == s + 1 && t0.Tag is "c" or "p" or "u" or "uj" or "ul" or "d" or "r" or "v" or "m" or "q" or "f" or "y" or "zg" or "e") return false;
        if (tok is { } t && t.Start == s && !t.Tag.StartsWith("nr", StringComparison.Ordinal) && t.End - t.Start >= 2 && t.End <= s + len && t.End - t.Start == len) return false;
        // A common noun opening the candidate (单位负责, 项目化): not a name.
        if (tok is { } tn && tn.Start == s && tn.Tag == "n" && tn.End - tn.Start >= 2 && tn.End < s + len) return false;
        if (tok is { } t2 && t2.Start == s && !t2.Tag.StartsWith("nr", StringComparison.Ordinal) && t2.End - t2.Start >= 2 && t2.Tag is not "x" and not "nz" and not "n" and not "j") return false;
        if (tok is { } t3 && t3.Start < s && t3.End > s && !t3.Tag.StartsWith("nr", StringComparison.Ordinal)) return false;
        // Cut out of a longer ordinary word (全天 of 全天候).
        if (tok is { } t4 && t4.Start == s && t4.End > s + len && !t4.Tag.StartsWith("nr", StringComparison.Ordinal) && t4.Tag != "x") return false;
        return true;
    }
}
