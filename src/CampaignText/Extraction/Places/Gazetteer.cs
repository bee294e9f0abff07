using CampaignText.Text;

namespace CampaignText.Extraction.Places;

/// <summary>An administrative division of the gazetteer.</summary>
internal sealed record Division(string Code, string Name, string Level, string? ParentCode);

/// <summary>A township-level division (街道, 镇, 乡, 苏木, Beijing's 地区) with its parent district.</summary>
internal sealed record TownEntry(string Code, string Name, string DistrictCode, string DistrictName);

/// <summary>What a place name in the text can stand for (城关镇: 88 towns).</summary>
internal sealed record PlaceName(string Surface, IReadOnlyList<Division> Counties, IReadOnlyList<TownEntry> Towns, IReadOnlyList<Division> Regions)
{
    /// <summary>The town when the name stands for exactly one.</summary>
    public TownEntry? Town => Towns.Count == 1 ? Towns[0] : null;

    /// <summary>Whether the name stands for at least one town.</summary>
    public bool IsTown => Towns.Count > 0;
}

/// <summary>
/// Divisions of China (province, city, county with GB/T 2260 codes), every township-level division with its
/// nine-digit code (Beijing's also by their stem and 地区: 方庄地区 for 方庄街道) and the alias table, indexed by
/// surface name. Names of one or two characters (城区, 郊区, 矿区, 东区, 赵县…) are not matched in running
/// text: they are ordinary words too often (two-character counties are looked up apart, for lists). A county-level
/// city is also found by its former county name (荔浦县 for 荔浦市) when no division is called so. Every row is checked: a bad one fails with its file and line.
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
    private readonly Dictionary<string, List<Division>> shortCounties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TownEntry>> townsByDistrict = new(StringComparer.Ordinal);

    /// <summary>Builds the gazetteer from the three tables' text.</summary>
    /// <param name="divisions">divisions.tsv: code, name, level, parent_code.</param>
    /// <param name="towns">towns.tsv: code, name, district_code, district_name.</param>
    /// <param name="aliases">aliases.tsv: alias, canonical, canonical_code, note.</param>
    /// <param name="sourceOf">The file a table came from, for error messages (the table's name when null).</param>
    /// <exception cref="CampaignTextException">A row is malformed; the message names the file and line.</exception>
    public Gazetteer(string divisions, string towns, string aliases, Func<string, string>? sourceOf = null)
    {
        sourceOf ??= static n => n;
        var counties = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        var regions = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        string divisionsFile = sourceOf(ExtractionData.Divisions);
        foreach (var (line, r) in Lines(divisions, "code"))
        {
            if (r.Length < 3 || r.Length > 4) throw Bad(divisionsFile, line, $"expected 3 or 4 tab-separated fields (code, name, level, parent_code), found {r.Length}");
            if (!IsCode(r[0], 6)) throw Bad(divisionsFile, line, $"code '{r[0]}' is not six digits");
            if (r[1].Length == 0) throw Bad(divisionsFile, line, "empty name");
            if (r[2] is not ("province" or "city" or "county")) throw Bad(divisionsFile, line, $"level '{r[2]}' is not province, city or county");
            string? parent = r.Length > 3 && r[3].Length > 0 ? r[3] : null;
            if (parent is not null && !IsCode(parent, 6)) throw Bad(divisionsFile, line, $"parent code '{parent}' is not six digits");
            var d = new Division(r[0], r[1], r[2], parent);
            byCode[d.Code] = d;
            var target = d.Level == "county" ? counties : regions;
            if (!target.TryGetValue(d.Name, out var list)) target[d.Name] = list = [];
            list.Add(d);
        }
        var townsByName = new Dictionary<string, List<TownEntry>>(StringComparer.Ordinal);
        string townsFile = sourceOf(ExtractionData.Towns);
        foreach (var (line, r) in Lines(towns, "code"))
        {
            if (r.Length != 4) throw Bad(townsFile, line, $"expected 4 tab-separated fields (code, name, district_code, district_name), found {r.Length}");
            if (!IsCode(r[0], 9)) throw Bad(townsFile, line, $"town code '{r[0]}' is not nine digits");
            if (r[1].Length == 0) throw Bad(townsFile, line, "empty name");
            if (!IsCode(r[2], 6)) throw Bad(townsFile, line, $"district code '{r[2]}' is not six digits");
            if (!byCode.ContainsKey(r[2])) throw Bad(townsFile, line, $"district code '{r[2]}' is not in {divisionsFile}");
            var t = new TownEntry(r[0], r[1], r[2], r[3]);
            townsByCode[t.Code] = t;
            if (!townsByDistrict.TryGetValue(t.DistrictCode, out var inDistrict)) townsByDistrict[t.DistrictCode] = inDistrict = [];
            inDistrict.Add(t);
            if (!townsByName.TryGetValue(t.Name, out var list)) townsByName[t.Name] = list = [];
            list.Add(t);
        }
        var aliasRows = new List<string[]>();
        string aliasesFile = sourceOf(ExtractionData.Aliases);
        foreach (var (line, r) in Lines(aliases, "alias"))
        {
            if (r.Length < 3) throw Bad(aliasesFile, line, $"expected at least 3 tab-separated fields (alias, canonical, canonical_code), found {r.Length}");
            if (r[0].Length == 0) throw Bad(aliasesFile, line, "empty alias");
            if (!townsByCode.ContainsKey(r[2]) && !byCode.ContainsKey(r[2])) throw Bad(aliasesFile, line, $"code '{r[2]}' is neither a division nor a town");
            aliasRows.Add(r);
        }

        void Add(string surface, IReadOnlyList<Division> c, IReadOnlyList<TownEntry> t, IReadOnlyList<Division> g)
        {
            if (surface.Length < 3) return;
            if (names.TryGetValue(surface, out var old))
            {
                names[surface] = new PlaceName(surface, [.. old.Counties, .. c], [.. old.Towns, .. t.Where(x => !old.Towns.Any(o => o.Code == x.Code))], [.. old.Regions, .. g]);
            }
            else
            {
                names[surface] = new PlaceName(surface, c, t, g);
            }
        }

        foreach (var (name, list) in counties)
        {
            Add(name, list, [], []);
            if (name.Length == 2) shortCounties[name] = list;
        }
        // 荔浦县 for 荔浦市: a county-level city is still called by its former county name (县改市) when no
        // division has that name.
        foreach (var (name, list) in counties)
        {
            if (name.Length < 3 || !name.EndsWith('市')) continue;
            string former = name[..^1] + "县";
            if (!counties.ContainsKey(former) && !regions.ContainsKey(former)) Add(former, list, [], []);
        }
        foreach (var (name, list) in regions) Add(name, [], [], list);
        foreach (var (name, list) in townsByName) Add(name, [], list, []);
        foreach (var r in aliasRows)
        {
            string code = r[2];
            if (townsByCode.TryGetValue(code, out var t)) Add(r[0], [], [t], []);
            else if (byCode.TryGetValue(code, out var d) && d.Level == "county") Add(r[0], [d], [], []);
            else if (byCode.TryGetValue(code, out var g)) Add(r[0], [], [], [g]);
        }
        // 方庄地区 for 方庄街道, 宋庄地区 for 宋庄镇: a Beijing town is also called by its stem and 地区 (elsewhere
        // XX地区 is a prefecture's former name, 林芝地区).
        foreach (var (name, list) in townsByName)
        {
            var t = list.FirstOrDefault(x => x.Code.StartsWith("11", StringComparison.Ordinal));
            if (t is null) continue;
            int sl = name.EndsWith("街道", StringComparison.Ordinal) ? 2 : name.EndsWith('镇') || name.EndsWith('乡') ? 1 : 0;
            if (sl == 0 || name.Length - sl < 2) continue;
            string area = name[..^sl] + "地区";
            if (!names.ContainsKey(area)) Add(area, [], [t], []);
        }

        // 凤城街办 for 凤城街道 (街道办事处 said short, as in 陕西 and 广东): every 街道 is also called so.
        foreach (var (name, list) in townsByName)
        {
            if (!name.EndsWith("街道", StringComparison.Ordinal) || name.Length < 4) continue;
            string office = name[..^2] + "街办";
            if (!names.ContainsKey(office)) Add(office, [], list, []);
        }

        // One-character misprints are looked for among Beijing's towns only.
        foreach (var p in names.Values)
        {
            var t = p.Towns.FirstOrDefault(x => x.Code.StartsWith("11", StringComparison.Ordinal));
            int sl = t is null ? 0 : TownSuffixLength(p.Surface);
            if (sl == 0 || p.Surface.Length - sl < 2) continue;
            if (!townsByFirst.TryGetValue(p.Surface[0], out var list)) townsByFirst[p.Surface[0]] = list = [];
            list.Add(p.Towns.Count == 1 ? p : p with { Towns = [t!] });
        }
        MaxLength = names.Count == 0 ? 0 : names.Keys.Max(k => k.Length);
        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        nameLengths = new PrefixLengths(names.Keys);
    }

    private static bool IsCode(string s, int length) => s.Length == length && s.All(char.IsAsciiDigit);

    private static CampaignTextException Bad(string file, int line, string message) => new(message, file, line);

    /// <summary>The data rows of a table with their 1-based line numbers (header, blank and # lines skipped).</summary>
    private static IEnumerable<(int Line, string[] Fields)> Lines(string content, string header)
    {
        int n = 0;
        foreach (string raw in content.Split('\n'))
        {
            n++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0) continue;
            string[] fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
            if (n == 1 && fields[0] == header) continue;
            yield return (n, fields);
        }
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
                if (c != n[k]) diff += Han.IsIdeograph(c) ? 1 : 2;
            }
            if (diff != 1) continue;
            found ??= [];
            if (!found.Any(f => f.Towns[0].Code == p.Towns[0].Code)) found.Add(p);
        }
        return found ?? (IReadOnlyList<PlaceName>)[];
    }

    private static int TownSuffixLength(string name) =>
        name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("地区", StringComparison.Ordinal) ? 2
        : name.EndsWith('镇') || name.EndsWith('乡') ? 1 : 0;

    /// <summary>The place of a whole name, if any.</summary>
    public PlaceName? Find(string name) => names.GetValueOrDefault(name);

    /// <summary>The towns of the district with code <paramref name="districtCode"/> (none when unknown).</summary>
    public IReadOnlyList<TownEntry> TownsIn(string districtCode) => townsByDistrict.TryGetValue(districtCode, out var list) ? list : [];

    /// <summary>The counties with a two-character name (古县, 沛县) starting at <paramref name="start"/>, or null.</summary>
    public IReadOnlyList<Division>? ShortCountyAt(string text, int start) =>
        start + 2 <= text.Length && shortCounties.Count > 0 && shortCounties.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, 2), out var list) ? list : null;

    /// <summary>The division with <paramref name="code"/>.</summary>
    public Division? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The towns called <paramref name="countyName"/> and 街道 (定州市's 西城区街道 for 西城区): county-level names
    /// that are also a street's name.
    /// </summary>
    public IReadOnlyList<TownEntry> StreetsCalled(string countyName) =>
        names.TryGetValue(countyName + "街道", out var p) ? p.Towns : [];

    /// <summary>The town with <paramref name="code"/>.</summary>
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
        if (p is null) return null;
        // A prefecture without districts (东莞市, 中山市) is its towns' district.
        if (p.Counties.Count == 0) return p.Regions.FirstOrDefault(r => r.Level == "city" && townsByCode.Values.Any(t => t.DistrictCode == r.Code));
        return p.Counties.FirstOrDefault(c => ProvinceOf(c) == BeijingCode) ?? p.Counties[0];
    }
}
