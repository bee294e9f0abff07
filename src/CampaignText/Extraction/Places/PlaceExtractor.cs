using CampaignText.Text;

namespace CampaignText.Extraction.Places;

/// <summary>
/// Finds districts, Beijing towns and communities in a text and has the <see cref="PlaceResolver"/> decide, against an
/// explicit <see cref="PlaceContext"/> (home district, Beijing or not, earlier mentions), which county, town or street
/// each name means.
/// </summary>
/// <remarks>
/// Ambiguous county names (朝阳区 in Beijing and Changchun, 和平区 in Tianjin and Shenyang…) are decided
/// in this order: (1) a city or province named right before the county (长春市朝阳区); (2) the home
/// district's province; (3) the nearest city or province named earlier in the text; (4) any Beijing
/// district, town or 北京/首都 named in the text; (5) Beijing's candidate when there is one, else the
/// lowest code. Names shorter than three characters are never matched. A Beijing town misprinted in one
/// character (旧官镇) is read as the town meant when the home district or another place named lies in its district; a county name right after a Beijing district's short name
/// (平谷新城区) is part of that district, not the county elsewhere.
/// </remarks>
internal sealed class PlaceExtractor(ExtractionData data, PlaceResolver resolver)
{
    /// <summary>The word lists and guards (models/extraction/place-words.tsv).</summary>
    private static readonly PlaceWords Words = PlaceWords.Embedded;

    public List<Mention> Extract(TextAnalysis a)
    {
        var gaz = data.Gazetteer;
        string text = a.Text;
        var result = new List<Mention>();
        var context = resolver.Context(a);
        var home = context.Home;
        bool beijingContext = context.Beijing;

        int lastPlaceEnd = -1;
        var named = new DistrictsNamed();
        var misprints = new List<(int Pos, IReadOnlyList<PlaceName> Towns)>();
        for (int pos = 0; pos < text.Length;)
        {
            if (!Han.IsIdeograph(text[pos])) { pos++; continue; }
            var p = gaz.LongestAt(text, pos);
            // 平谷新城区: a county name right after a district's short name is a part of that district.
            if (p is not null && p.Town is null && AfterDistrictShortName(text, pos)) p = null;
            if (p is not null && p.Town is null && Words.CommonWordCounties.Contains(p.Surface) && !p.Counties.Any(c => resolver.PrefixedByRegion(context, c, pos))
                && !(p.Counties.Count == 1 && NamesItselfAt(text, pos, p.Surface.Length))) p = null;
            if (p is null && beijingContext && a.IsBoundary(pos) && gaz.NearTownsAt(text, pos) is { Count: > 0 } near && a.IsBoundary(pos + near[0].Surface.Length))
            {
                misprints.Add((pos, near));
                pos += near[0].Surface.Length;
                continue;
            }
            if (p is not null && (a.IsBoundary(pos) || pos == lastPlaceEnd) && EndOk(a, pos, pos + p.Surface.Length))
            {
                int end = pos + p.Surface.Length;
                var county = p.Counties.Count > 0 ? resolver.ChooseCounty(context, p.Counties, pos) : null;
                bool preferTown = p.IsTown && (county is null || beijingContext && !resolver.PrefixedByRegion(context, county, pos));
                if (preferTown)
                {
                    var (town, skip) = resolver.ChooseTown(context, p, pos, lastPlaceEnd, result);
                    if (skip)
                    {
                        pos++;
                        continue;
                    }
                    result.Add(town is null
                        ? new TownMention(p.Surface, pos, end, PlaceResolver.Official(p), null, null)
                        : new TownMention(p.Surface, pos, end, town.Name, town.DistrictName, town.Code));
                }
                else if (county is not null)
                {
                    var current = gaz.ByCode(county.Code) ?? county;
                    // 西城区 in a text from 定州市, whose streets are 南城区/北城区/西城区街道: the city's own street.
                    var street = resolver.OwnStreet(context, p.Surface, current, pos, named);
                    if (street is not null) result.Add(new TownMention(p.Surface, pos, end, street.Name, street.DistrictName, street.Code));
                    else
                    {
                        result.Add(new DistrictMention(p.Surface, pos, end, current.Name, current.Code));
                        named.Add(current.Code, result.Count - 1);
                    }
                }
                lastPlaceEnd = end;
                pos = end;
                continue;
            }
            // 南城区 in a text from 定州市: a street called like a district (南城区街道) of the text's own city.
            if (p is null && (a.IsBoundary(pos) || pos == lastPlaceEnd) && StreetLikeDistrictAt(context, pos, result) is { } own)
            {
                int end = pos + own.Length;
                result.Add(new TownMention(text[pos..end], pos, end, own.Street.Name, own.Street.DistrictName, own.Street.Code));
                lastPlaceEnd = end;
                pos = end;
                continue;
            }
            // 古县、长子县: a two-character county only in a list beside another county.
            if (p is null && a.IsBoundary(pos) && a.IsBoundary(pos + 2) && gaz.ShortCountyAt(text, pos) is { } shortList
                && Words.ShortCountySuffixes.Contains(text[pos + 1], StringComparison.Ordinal) && InCountyList(a, pos, result))
            {
                var sc = resolver.ChooseCounty(context, shortList, pos);
                result.Add(new DistrictMention(text.Substring(pos, 2), pos, pos + 2, sc.Name, sc.Code));
                named.Add(sc.Code, result.Count - 1);
                lastPlaceEnd = pos + 2;
                pos += 2;
                continue;
            }
            // 全区 stands for the home district only when that is a 区 (in a 县 or a 市 it is the province's region).
            if (home is not null && home.Name.EndsWith('区') && pos + 2 <= text.Length && a.IsBoundary(pos))
            {
                string two = text.Substring(pos, 2);
                if (Words.HomeWords.Contains(two) && (pos + 2 >= text.Length || !Words.NotHomeNext.Contains(text[pos + 2], StringComparison.Ordinal)))
                {
                    result.Add(new DistrictMention(two, pos, pos + 2, home.Name, home.Code));
                    named.Add(home.Code, result.Count - 1);
                    pos += 2;
                    continue;
                }
            }
            pos++;
        }
        // A misprinted town is read as the town meant when it fits the places named (the resolver decides).
        result.AddRange(PlaceResolver.Misprints(context, misprints, result));
        result.AddRange(ListedTowns(context, result));
        result.AddRange(UnlistedTowns(a, result));
        if (!beijingContext) result.AddRange(CountedTowns(a, result));
        result.AddRange(ShortTowns(context, result));
        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        result.AddRange(Communities(context, result));
        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        return result;
    }

    /// <summary>
    /// A street named like a district (南城区街道, 正阳区街道) written without 街道 (南城区) that belongs to the home
    /// district or a district named earlier; null when there is none.
    /// </summary>
    private (TownEntry Street, int Length)? StreetLikeDistrictAt(PlaceContext context, int pos, List<Mention> earlier)
    {
        var a = context.Text;
        string text = a.Text;
        for (int len = 3; len <= 5 && pos + len <= text.Length; len++)
        {
            if (text[pos + len - 1] != '区') continue;
            if (!a.IsBoundary(pos + len) && !(pos + len + 2 <= text.Length && string.CompareOrdinal(text, pos + len, "街道", 0, 2) == 0)) continue;
            string name = text.Substring(pos, len);
            var streets = data.Gazetteer.StreetsCalled(name);
            if (streets.Count == 0) continue;
            if (PlaceResolver.StreetOfContext(context, streets, earlier) is { } street) return (street, len);
        }
        return null;
    }

    /// <summary>
    /// Towns named by their stems in a list closed by 等 and the kind of body (东四、北新桥等街道, 溪翁庄、穆家峪等镇):
    /// each stem that with a town suffix names exactly one Beijing town.
    /// </summary>
    private List<Mention> ListedTowns(PlaceContext context, List<Mention> places)
    {
        var a = context.Text;
        var found = new List<Mention>();
        string text = a.Text;
        if (!context.Beijing) return found;
        for (int k = text.IndexOf('等', StringComparison.Ordinal); k > 0; k = text.IndexOf('等', k + 1))
        {
            if (!Words.ListNouns.Any(n => string.CompareOrdinal(text, k + 1, n, 0, n.Length) == 0)) continue;
            int end = k;
            var items = new List<(int Start, int End, TownEntry Town)>();
            while (end > 0)
            {
                int start = end;
                while (start > 0 && end - start < 5 && Han.IsIdeograph(text[start - 1]) && text[start - 1] != '、') start--;
                if (end - start < 2) break;
                // The first item of the list: it starts at a word boundary after a verb or preposition (在, 和, 对…).
                bool first = start == 0 || text[start - 1] != '、';
                int s0 = start;
                TownEntry? town = null;
                for (; s0 <= end - 2 && town is null; s0++)
                {
                    if (first && s0 > start && !a.IsBoundary(s0) && !Words.ListOpeners.Contains(text[s0 - 1], StringComparison.Ordinal)) continue;
                    if (!first && s0 > start) break;
                    town = TownOfStem(text[s0..end]);
                    if (town is not null) break;
                }
                if (town is null) break;
                if (!places.Any(p => p.Start < end && s0 < p.End) && !resolver.OtherCityHome(context, town)) items.Add((s0, end, town));
                if (first) break;
                end = start - 1;
            }
            foreach (var (st, en, town) in items) found.Add(new TownMention(text[st..en], st, en, town.Name, town.DistrictName, town.Code));
        }
        return found;
    }

    /// <summary>The one Beijing town that a stem with 街道, 地区, 镇 or 乡 names (北新桥 → 北新桥街道), or null.</summary>
    private TownEntry? TownOfStem(string stem)
    {
        TownEntry? only = null;
        foreach (string suffix in Words.ListedTownSuffixes)
        {
            var p = data.Gazetteer.Find(stem + suffix);
            if (p is null || p.Counties.Count > 0) continue;
            var t = p.Towns.FirstOrDefault(x => x.Code.StartsWith("11", StringComparison.Ordinal));
            if (t is null) continue;
            if (only is not null && only.Code != t.Code) return null;
            only = t;
        }
        return only;
    }

    private bool AfterDistrictShortName(string text, int pos)
    {
        for (int len = 2; len <= 3 && len <= pos; len++)
        {
            if (!Han.IsIdeograph(text[pos - len])) break;
            if (data.Gazetteer.Find(text.Substring(pos - len, len) + "区") is { Counties.Count: > 0 } d
                && d.Counties.Any(c => data.Gazetteer.ProvinceOf(c) == Gazetteer.BeijingCode)) return true;
        }
        return false;
    }

    /// <summary>
    /// A town called by a short form of its name (凉城街道 for 凉城新村街道) after its district was named in the text (or is
    /// the home): an unknown stem of two or three characters and 街道, 镇 or 乡 that begins the name of exactly one town
    /// with that suffix among the districts named.
    /// </summary>
    private List<Mention> ShortTowns(PlaceContext context, List<Mention> places)
    {
        var a = context.Text;
        var found = new List<Mention>();
        string text = a.Text;
        var gaz = data.Gazetteer;
        var districts = new List<string>();
        if (context.Home is not null) districts.Add(context.Home.Code);
        var seen = new HashSet<string>(districts, StringComparer.Ordinal);
        foreach (var m in places)
        {
            if (m is DistrictMention { Code: { } dc } && seen.Add(dc)) districts.Add(dc);
        }
        if (districts.Count == 0) return found;
        bool[]? covered = null;
        Dictionary<string, TownEntry?>? shortForms = null;
        for (int k = 2; k < text.Length; k++)
        {
            string? suffix = Words.TownSuffixAt(text, k);
            if (suffix is null) continue;
            int end = k + suffix.Length;
            if (!a.IsBoundary(end)) continue;
            for (int len = 2; len <= 3 && k - len >= 0; len++)
            {
                int start = k - len;
                if (!a.IsBoundary(start) || !a.IsBoundary(k) && a.TokenAt(k) is { } tk && tk.Start != start) continue;
                string stem = text[start..k];
                if (stem.Any(c => !Han.IsIdeograph(c) || Words.NotInTownStem.Contains(c, StringComparison.Ordinal))) break;
                if (gaz.Find(stem + suffix) is not null) break;
                if (covered is null)
                {
                    covered = new bool[text.Length];
                    foreach (var p in places) covered.AsSpan(p.Start, p.End - p.Start).Fill(true);
                }
                if (covered.AsSpan(start, end - start).Contains(true)) break;
                // The short forms of the named districts' towns, built once per text: stem and suffix → the one town (null when several).
                if (shortForms is null)
                {
                    shortForms = new Dictionary<string, TownEntry?>(StringComparer.Ordinal);
                    foreach (string dc in districts)
                    {
                        foreach (var t in gaz.TownsIn(dc))
                        {
                            int sl = Words.TownSuffixes.FirstOrDefault(s => t.Name.EndsWith(s, StringComparison.Ordinal))?.Length ?? 0;
                            for (int n = 2; sl > 0 && n <= 3 && n < t.Name.Length - sl; n++)
                            {
                                string key = t.Name[..n] + t.Name[^sl..];
                                shortForms[key] = shortForms.ContainsKey(key) ? null : t;
                            }
                        }
                    }
                }
                if (!shortForms.TryGetValue(stem + suffix, out var only) || only is null) continue;
                found.Add(new TownMention(text[start..end], start, end, only.Name, only.DistrictName, only.Code));
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// Towns named by their stems in a counted or closed list (通江、张公桥、牟子三个街道; 亳州路、双岗两个街道; 甲、乙等镇)
    /// outside Beijing: read only when every stem names a town of one and the same district, which all then get.
    /// </summary>
    private List<Mention> CountedTowns(TextAnalysis a, List<Mention> places)
    {
        var found = new List<Mention>();
        string text = a.Text;
        var gaz = data.Gazetteer;
        bool[]? covered = null;
        for (int k = text.IndexOf('、', StringComparison.Ordinal); k > 0; k = text.IndexOf('、', k + 1))
        {
            // The list's end: the last item, then 等 or a count (两个, 3个), then the kind of body.
            int last = k + 1;
            while (last < text.Length && (Han.IsIdeograph(text[last]) || text[last] == '、' || char.IsAsciiDigit(text[last])) && last - k < 40) last++;
            string run = text[(k + 1)..last];
            int close = -1, nounAt = -1;
            for (int i = 0; i < run.Length && close < 0; i++)
            {
                int j = i;
                if (run[j] == '等') j++;
                else
                {
                    while (j < run.Length && (data.Numerals.IsNumeral(run[j]) || run[j] == '两' || char.IsAsciiDigit(run[j]))) j++;
                    if (j == i || j >= run.Length || run[j] != '个') continue;
                    j++;
                }
                foreach (string n in Words.CountedNouns)
                {
                    if (string.CompareOrdinal(run, j, n, 0, n.Length) == 0) { close = k + 1 + i; nounAt = k + 1 + j; break; }
                }
            }
            if (close < 0) continue;
            // Items, from the last back to the first (a run of 2–4 characters after 、 or a boundary).
            var items = new List<(int Start, int End, IReadOnlyList<TownEntry> Towns)>();
            int end = close;
            bool ok = true;
            while (ok)
            {
                int start = end;
                while (start > 0 && end - start < 5 && Han.IsIdeograph(text[start - 1]) && text[start - 1] != '、') start--;
                bool first = start == 0 || text[start - 1] != '、';
                IReadOnlyList<TownEntry>? towns = null;
                int s0 = start;
                for (; s0 <= end - 2; s0++)
                {
                    if (s0 > start && (!first || !a.IsBoundary(s0))) continue;
                    towns = TownsOfStem(gaz, text[s0..end]);
                    if (towns.Count > 0) break;
                }
                if (towns is null || towns.Count == 0) { ok = false; break; }
                items.Add((s0, end, towns));
                if (first) break;
                end = start - 1;
            }
            if (!ok || items.Count < 2) { k = Math.Max(k, close); continue; }
            var shared = items[0].Towns.Select(t => t.DistrictCode).ToHashSet(StringComparer.Ordinal);
            foreach (var it in items.Skip(1)) shared.IntersectWith(it.Towns.Select(t => t.DistrictCode));
            if (shared.Count == 1)
            {
                string dc = shared.First();
                // Characters already in a place, marked once per text (not one scan of the places per list).
                if (covered is null)
                {
                    covered = new bool[text.Length];
                    foreach (var p in places) covered.AsSpan(p.Start, p.End - p.Start).Fill(true);
                }
                foreach (var (st, en, towns) in items)
                {
                    if (covered.AsSpan(st, en - st).Contains(true)) continue;
                    var town = towns.First(t => t.DistrictCode == dc);
                    found.Add(new TownMention(text[st..en], st, en, town.Name, town.DistrictName, town.Code));
                }
            }
            k = Math.Max(k, nounAt);
        }
        return found;
    }

    /// <summary>The towns whose name is the stem with 街道, 镇 or 乡.</summary>
    private static IReadOnlyList<TownEntry> TownsOfStem(Gazetteer gaz, string stem)
    {
        var list = new List<TownEntry>();
        foreach (string suffix in Words.TownSuffixes)
        {
            if (gaz.Find(stem + suffix) is { } p) list.AddRange(p.Towns);
        }
        return list;
    }

    /// <summary>
    /// Whether a county name that is also a common word stands as a name: its office follows (城东区文明办), or it heads
    /// the text before a colon or a quoted slogan (城东区：…, 城东区“三个一”…: the headline forms of an exchange piece).
    /// </summary>
    private static bool NamesItselfAt(string text, int pos, int length)
    {
        int end = pos + length;
        if (pos == 0 && end < text.Length && text[end] is '：' or ':' or '“' or '"') return true;
        foreach (string w in Words.OfficeWords)
        {
            if (string.CompareOrdinal(text, end, w, 0, w.Length) == 0) return true;
        }
        return false;
    }

    /// <summary>Whether the name at <paramref name="pos"/> stands in a list of counties: right after one and 、, or before 、 and one.</summary>
    private bool InCountyList(TextAnalysis a, int pos, List<Mention> earlier)
    {
        string text = a.Text;
        if (pos > 0 && text[pos - 1] == '、' && earlier.Count > 0 && earlier[^1] is DistrictMention && earlier[^1].End == pos - 1) return true;
        if (pos + 3 >= text.Length || text[pos + 2] != '、') return false;
        return data.Gazetteer.LongestAt(text, pos + 3) is { Counties.Count: > 0 } || data.Gazetteer.ShortCountyAt(text, pos + 3) is { } next && Words.ShortCountySuffixes.Contains(text[pos + 4], StringComparison.Ordinal);
    }

    /// <summary>
    /// A town the gazetteer does not know, named right after its county (昌吉市延北街道): two to four characters
    /// and 街道, 镇 or 乡, ending a word. It keeps the county as its district and has no code.
    /// </summary>
    private static List<Mention> UnlistedTowns(TextAnalysis a, List<Mention> places)
    {
        var found = new List<Mention>();
        string text = a.Text;
        for (int k = 0; k < places.Count; k++)
        {
            if (places[k] is not DistrictMention d || d.Text.Length < 3) continue;
            int start = d.End;
            if (k + 1 < places.Count && places[k + 1].Start < start + 6) continue;
            if (start >= text.Length || !Han.IsIdeograph(text[start]) || Words.NotInTownStem.Contains(text[start], StringComparison.Ordinal)) continue;
            for (int len = 2; len <= 4 && start + len < text.Length; len++)
            {
                char c = text[start + len - 1];
                if (!Han.IsIdeograph(c) || Words.NotInTownStem.Contains(c, StringComparison.Ordinal)) break;
                int end = Words.TownSuffixAt(text, start + len) is { } suffix ? start + len + suffix.Length : -1;
                if (end < 0) continue;
                // 西吉县狠抓城乡: the suffix must not end a word of the stem (城乡), nor the name run on.
                if (!a.IsBoundary(start + len) && !(a.TokenAt(start + len) is { } whole && whole.Start == start)) break;
                if (!a.IsBoundary(end) && !(end + 3 <= text.Length && string.CompareOrdinal(text, end, "办事处", 0, 3) == 0)) break;
                found.Add(new TownMention(text[start..end], start, end, text[start..end], d.Normalized, null));
                break;
            }
        }
        return found;
    }

    private static bool EndOk(TextAnalysis a, int start, int end)
    {
        if (a.IsBoundary(end)) return true;
        var tok = a.TokenAt(end - 1);
        return tok is { } t && t.Start >= start;
    }

    private List<Mention> Communities(PlaceContext context, List<Mention> places)
    {
        var a = context.Text;
        var found = new List<Mention>();
        string text = a.Text;
        for (int i = 1; i < text.Length; i++)
        {
            int suffixLen;
            if (text[i] == '社' && i + 1 < text.Length && text[i + 1] == '区') suffixLen = 2;
            else if (text[i] == '村' && (i + 1 >= text.Length || !Words.NotVillageNext.Contains(text[i + 1], StringComparison.Ordinal))) suffixLen = 1;
            else continue;
            int suffixEnd = i + suffixLen;
            if (places.Any(p => p.Start < suffixEnd && i < p.End)) continue;
            if (Words.VerbBeforeSuffix.Contains(text[i - 1], StringComparison.Ordinal)) continue;
            int nameStart = NameStart(a, i, places, out int stopAt);
            if (nameStart < 0 || i - nameStart < 2) continue;
            string name = text[nameStart..suffixEnd];
            found.Add(new CommunityMention(name, nameStart, suffixEnd, name, PlaceResolver.CommunityDistrict(context, nameStart, places, stopAt)));
            i = suffixEnd - 1;
        }
        return found;
    }

    /// <summary>Walks back from the suffix over name-like tokens; -1 when no name stands there.</summary>
    private int NameStart(TextAnalysis a, int suffixStart, List<Mention> places, out int stopAt)
    {
        string text = a.Text;
        int start = suffixStart;
        stopAt = -1;
        while (start > 0 && suffixStart - start < 8)
        {
            char prev = text[start - 1];
            if (!Han.IsIdeograph(prev)) break;
            if (places.Any(p => p.End == start)) { stopAt = start; break; }
            var tok = a.TokenAt(start - 1);
            int tokStart = tok is { } tt ? Math.Max(tt.Start, 0) : start - 1;
            string piece = text[tokStart..start];
            bool insideSuffixToken = tok is { } t2 && t2.End > start;
            string tag = tok?.Tag ?? "x";
            if (!insideSuffixToken && start < suffixStart && piece.Length == 1 && tag is "m" && data.Numerals.IsNumeral(piece[0]) && a.IsBoundary(tokStart))
            {
                // 万佛堂社区: a numeral starting the name.
                start = tokStart;
                break;
            }
            if (!insideSuffixToken)
            {
                if (data.CommunityStopWords.Contains(piece)) break;
                // A one-character morpheme (炫 of 炫特嘉园社区) belongs to the name it stands before.
                bool nameLike = tag.StartsWith('n') || tag is "x" or "j" or "l" or "nz" or "a" or "b" or "s" || tag == "ns"
                    || piece.Length == 1 && tag is "vg" or "ag" or "ng" or "dg" or "tg" or "g";
                if (!nameLike) break;
            }
            else if (data.CommunityStopWords.Contains(piece) || tag is "v" or "p" or "r" or "d" or "c" or "u" or "m" or "q" or "f")
            {
                // The suffix token starts with a function word (各村, 该社区): only a name before it would do.
                if (piece.Length <= 1 || data.CommunityStopWords.Contains(piece)) break;
            }
            if (suffixStart - tokStart > 8) break;
            start = tokStart;
        }
        if (start == suffixStart) return -1;
        // Trim leading stop words still inside the run.
        string run = text[start..suffixStart];
        foreach (string stop in data.CommunityStopWords)
        {
            if (run.StartsWith(stop, StringComparison.Ordinal) && run.Length - stop.Length < run.Length)
            {
                if (stop.Length >= 2 || run.Length <= 2) return -1;
            }
        }
        if (data.CommunityStopWords.Contains(run)) return -1;
        return start;
    }

}
