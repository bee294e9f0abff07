namespace CampaignText.Extraction.Places;

/// <summary>An administrative division of the gazetteer.</summary>
internal sealed record Division(string Code, string Name, string Level, string? ParentCode);

/// <summary>A Beijing 街道, 乡, 镇 or 地区 with its parent district.</summary>
internal sealed record TownEntry(string Code, string Name, string DistrictCode, string DistrictName);

/// <summary>What a place name in the text can stand for.</summary>
internal sealed record PlaceName(string Surface, IReadOnlyList<Division> Counties, TownEntry? Town, IReadOnlyList<Division> Regions);

/// <summary>
/// Divisions of China (province, city, county with GB/T 2260 codes), Beijing's towns (also by their stem and
/// 地区: 方庄地区 for 方庄街道) and the alias table, indexed by surface name. Names of one or two characters (城区, 郊区, 矿区, 东区, 赵县…) are not
/// matched in running text: they are ordinary words too often.
/// </summary>
internal sealed class Gazetteer
{
    public const string BeijingCode = "110000";
    private readonly Dictionary<string, PlaceName> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly PrefixLengths nameLengths;
    private readonly Dictionary<string, Division> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TownEntry> townsByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<PlaceName>> townsByFirst = [];

    public Gazetteer(string divisions, string towns, string aliases)
    {
        var counties = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        var regions = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        foreach (var r in DataTable.Rows(divisions))
        {
            if (r.Length < 3 || r[0] == "code") continue;
            var d = new Division(r[0], r[1], r[2], r.Length > 3 && r[3].Length > 0 ? r[3] : null);
            byCode[d.Code] = d;
            var target = d.Level == "county" ? counties : regions;
            if (!target.TryGetValue(d.Name, out var list)) target[d.Name] = list = [];
            list.Add(d);
        }
        var townByName = new Dictionary<string, TownEntry>(StringComparer.Ordinal);
        foreach (var r in DataTable.Rows(towns))
        {
            if (r.Length < 4 || r[0] == "code") continue;
            var t = new TownEntry(r[0], r[1], r[2], r[3]);
            townsByCode[t.Code] = t;
            townByName.TryAdd(t.Name, t);
        }
        var aliasRows = DataTable.Rows(aliases).Where(r => r.Length >= 3 && r[0] != "alias").ToList();

        void Add(string surface, IReadOnlyList<Division> c, TownEntry? t, IReadOnlyList<Division> g)
        {
            if (surface.Length < 3) return;
            if (names.TryGetValue(surface, out var old))
            {
                names[surface] = new PlaceName(surface, [.. old.Counties, .. c], old.Town ?? t, [.. old.Regions, .. g]);
            }
            else
            {
                names[surface] = new PlaceName(surface, c, t, g);
            }
        }

        foreach (var (name, list) in counties) Add(name, list, null, []);
        foreach (var (name, list) in regions) Add(name, [], null, list);
        foreach (var (name, t) in townByName) Add(name, [], t, []);
        foreach (var r in aliasRows)
        {
            string code = r[2];
            if (townsByCode.TryGetValue(code, out var t)) Add(r[0], [], t, []);
            else if (byCode.TryGetValue(code, out var d) && d.Level == "county") Add(r[0], [d], null, []);
            else if (byCode.TryGetValue(code, out var g)) Add(r[0], [], null, [g]);
        }
        // 方庄地区 for 方庄街道, 宋庄地区 for 宋庄镇: a town is also called by its stem and 地区.
        foreach (var (name, t) in townByName)
        {
            int sl = name.EndsWith("街道", StringComparison.Ordinal) ? 2 : name.EndsWith('镇') || name.EndsWith('乡') ? 1 : 0;
            if (sl == 0 || name.Length - sl < 2) continue;
            string area = name[..^sl] + "地区";
            if (!names.ContainsKey(area)) Add(area, [], t, []);
        }

        foreach (var p in names.Values)
        {
            int sl = p.Town is null ? 0 : TownSuffixLength(p.Surface);
            if (sl == 0 || p.Surface.Length - sl < 2) continue;
            if (!townsByFirst.TryGetValue(p.Surface[0], out var list)) townsByFirst[p.Surface[0]] = list = [];
            list.Add(p);
        }
        MaxLength = names.Count == 0 ? 0 : names.Keys.Max(k => k.Length);
        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        nameLengths = new PrefixLengths(names.Keys);
    }

    /// <summary>Length of the longest name.</summary>
    public int MaxLength { get; }

    /// <summary>The longest name starting at <paramref name="start"/>, if any.</summary>
    public PlaceName? LongestAt(string text, int start, int minLength = 3)
    {
        if (minLength < 2) minLength = 2;
        int longest = nameLengths.LongestAt(text, start);
        if (longest == 0 || start + minLength > text.Length) return null;
        int max = Math.Min(longest, text.Length - start);
        for (int len = max; len >= minLength; len--)
        {
            if (lookup.TryGetValue(text.AsSpan(start, len), out var p)) return p;
        }
        return null;
    }

    /// <summary>
    /// Beijing towns that the text at <paramref name="start"/> may misprint in one character of the name
    /// (旧官镇 for 旧宫镇, 天官院街道 for 天宫院街道): town names of that length, first character and suffix
    /// (镇, 乡, 街道, 地区) that differ from the text in exactly one other character, each town once.
    /// </summary>
    public IReadOnlyList<PlaceName> NearTownsAt(string text, int start)
    {
        if (start >= text.Length || !townsByFirst.TryGetValue(text[start], out var list)) return [];
        List<PlaceName>? found = null;
        foreach (var p in list)
        {
            string n = p.Surface;
            if (start + n.Length > text.Length) continue;
            int suffix = TownSuffixLength(n);
            if (string.CompareOrdinal(text, start + n.Length - suffix, n, n.Length - suffix, suffix) != 0) continue;
            int diff = 0;
            for (int k = 1; k < n.Length - suffix && diff < 2; k++)
            {
                char c = text[start + k];
                if (c != n[k]) diff += c is >= '\u4e00' and <= '\u9fff' ? 1 : 2;
            }
            if (diff != 1) continue;
            found ??= [];
            if (!found.Any(f => f.Town!.Code == p.Town!.Code)) found.Add(p);
        }
        return found ?? (IReadOnlyList<PlaceName>)[];
    }

    private static int TownSuffixLength(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("地区", StringComparison.Ordinal) ? 2
        : name.EndsWith('镇') || name.EndsWith('乡') ? 1 : 0;

    /// <summary>The place of a whole name, if any.</summary>
    public PlaceName? Find(string name) => names.GetValueOrDefault(name);

    /// <summary>The division with <paramref name="code"/>.</summary>
    public Division? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The Beijing town with <paramref name="code"/>.</summary>
    public TownEntry? TownByCode(string code) => townsByCode.GetValueOrDefault(code);

    /// <summary>The province code of a division (its own code when it is a province).</summary>
    public string ProvinceOf(Division d) => d.Code.Length >= 2 ? d.Code[..2] + "0000" : d.Code;

    /// <summary>The codes of a division and its ancestors.</summary>
    public IEnumerable<string> Lineage(Division d)
    {
        Division? cur = d;
        int guard = 0;
        while (cur is not null && guard++ < 5)
        {
            yield return cur.Code;
            cur = cur.ParentCode is null ? null : ByCode(cur.ParentCode);
        }
        yield return ProvinceOf(d);
    }

    /// <summary>
    /// Resolves a district given by name or code (the caller's home district), Beijing's first when the
    /// name is ambiguous.
    /// </summary>
    public Division? ResolveHome(string? home)
    {
        if (string.IsNullOrWhiteSpace(home)) return null;
        home = home.Trim();
        if (byCode.TryGetValue(home, out var byC)) return byC;
        var p = Find(home);
        if (p is null && !home.EndsWith('区') && !home.EndsWith('县')) p = Find(home + "区");
        if (p is null || p.Counties.Count == 0) return null;
        return p.Counties.FirstOrDefault(c => ProvinceOf(c) == BeijingCode) ?? p.Counties[0];
    }
}
