using CampaignText.Text;

namespace CampaignText.Extraction.Places;

/// <summary>
/// Resolves the place names the finder (<see cref="PlaceExtractor"/>) reads against an explicit context
/// (<see cref="PlaceContext"/>: the home district, whether the text is about Beijing, the text with its earlier
/// mentions): which county of several a name means, which town, whether a county name is a street of the text's own
/// city, whether a misprinted town is the town meant, and the district of a community. Immutable and thread-safe.
/// </summary>
internal sealed class PlaceResolver(ExtractionData data)
{
    /// <summary>
    /// The context of one text: its home district (null when unknown), and whether it is about Beijing: its home is
    /// in Beijing, it names 北京 or 首都, or (with no home) it names an unambiguous Beijing district or any town.
    /// </summary>
    public PlaceContext Context(TextAnalysis a)
    {
        var gaz = data.Gazetteer;
        string text = a.Text;
        bool beijingContext = a.Home is not null && gaz.ProvinceOf(a.Home) == Gazetteer.BeijingCode
            || text.Contains("北京", StringComparison.Ordinal) || text.Contains("首都", StringComparison.Ordinal);
        if (a.Home is null && !beijingContext)
        {
            // Any unambiguous Beijing district or town in the text makes the context Beijing.
            for (int i = 0; i < text.Length && !beijingContext; i++)
            {
                var p = Han.IsIdeograph(text[i]) ? gaz.LongestAt(text, i) : null;
                if (p is null) continue;
                if (p.Town is not null || p.Counties.Count == 1 && gaz.ProvinceOf(p.Counties[0]) == Gazetteer.BeijingCode) beijingContext = true;
            }
        }
        return new PlaceContext(a, a.Home, beijingContext);
    }

    /// <summary>
    /// The misprinted towns read as the town meant: when exactly one of the near towns lies in the home district or the
    /// districts of the other places named (广州's 北京街道 is no misprint of 北苑街道) (旧官镇 beside 西红门镇 is 大兴区's 旧宫镇,
    /// not 延庆区's 旧县镇).
    /// </summary>
    public static List<Mention> Misprints(PlaceContext context, List<(int Pos, IReadOnlyList<PlaceName> Towns)> misprints, List<Mention> places)
    {
        var found = new List<Mention>();
        if (misprints.Count == 0) return found;
        string text = context.Text.Text;
        var districts = places.Select(m => m switch { TownMention t => t.District, DistrictMention d => d.Normalized, _ => null })
            .Where(d => d is not null).Append(context.Home?.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (at, towns) in misprints)
        {
            var fit = towns.Where(t => districts.Contains(t.Towns[0].DistrictName)).ToList();
            if (fit.Count != 1) continue;
            var town = fit[0].Towns[0];
            int end = at + fit[0].Surface.Length;
            found.Add(new TownMention(text[at..end], at, end, town.Name, town.DistrictName, town.Code));
        }
        return found;
    }

    /// <summary>
    /// Of the streets called like a district (南城区街道 written 南城区), the one in the home district, else the one in the
    /// district of the first place named earlier that has one; null when none fits.
    /// </summary>
    public static TownEntry? StreetOfContext(PlaceContext context, IReadOnlyList<TownEntry> streets, List<Mention> earlier)
    {
        if (context.Home is not null && streets.FirstOrDefault(s => s.DistrictCode == context.Home.Code) is { } home) return home;
        foreach (var m in earlier)
        {
            string? code = m switch { DistrictMention d => d.Code, TownMention { Code: { } c } => c[..6], _ => null };
            if (code is not null && streets.FirstOrDefault(s => s.DistrictCode == code) is { } near) return near;
        }
        return null;
    }

    /// <summary>The official name a shared town name stands for (its one spelling, or the surface).</summary>
    public static string Official(PlaceName p) =>
        p.Towns.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? p.Towns[0].Name : p.Surface;

    /// <summary>
    /// Every name form of every region above each town (its district, city, province), with the region's code:
    /// what the text may name to say which of the towns it means.
    /// </summary>
    private IEnumerable<(TownEntry Town, string Code, string Name)> RegionNames(IReadOnlyList<TownEntry> towns)
    {
        var gaz = data.Gazetteer;
        foreach (var t in towns)
        {
            if (gaz.ByCode(t.DistrictCode) is not { } district) continue;
            foreach (string code in gaz.Lineage(district))
            {
                if (gaz.ByCode(code) is not { } d) continue;
                foreach (string n in NameForms(d.Name)) yield return (t, code, n);
            }
        }
    }

    /// <summary>
    /// Chooses among the towns a name stands for, by context: (1) the district, city or province named right
    /// before it (浦东新区张江镇, 定州市西城区街道); (2) the home district; (3) the districts of the places named
    /// earlier, nearest first; (4) the home district's city; (5) a city, district or province named earlier in
    /// the text, nearest first; (6) the one town of that name, unless the home lies in another province and the
    /// text names neither its district nor its province (then no town is read); (7) in a Beijing text, the
    /// one Beijing town. Otherwise the mention stays unresolved (null town, no skip).
    /// </summary>
    public (TownEntry? Town, bool Skip) ChooseTown(PlaceContext context, PlaceName p, int pos, int lastPlaceEnd, List<Mention> earlier)
    {
        var a = context.Text;
        var gaz = data.Gazetteer;
        var towns = p.Towns;
        string text = a.Text;
        TownEntry? Only(Func<TownEntry, bool> fit)
        {
            TownEntry? one = null;
            foreach (var t in towns)
            {
                if (!fit(t)) continue;
                if (one is not null && one.Code != t.Code) return null;
                one = t;
            }
            return one;
        }
        string? CityOf(string districtCode) => gaz.ByCode(districtCode)?.ParentCode;

        // (1) right before: a district mention ending here, or a region's name.
        var before = earlier.Count > 0 && earlier[^1].End == pos ? earlier[^1] : null;
        if (before is DistrictMention bd && Only(t => t.DistrictCode == bd.Code) is { } t1) return (t1, false);
        foreach (var (t, code, n) in RegionNames(towns))
        {
            if (n.Length >= 2 && pos >= n.Length && string.CompareOrdinal(text, pos - n.Length, n, 0, n.Length) == 0
                && Only(x => x.DistrictCode == t.DistrictCode || code != t.DistrictCode && gaz.Lineage(gaz.ByCode(x.DistrictCode)!).Contains(code)) is { } t2) return (t2, false);
        }
        if (towns.Count == 1 && context.Home is null) return InsideProperName(a, pos, lastPlaceEnd) ? (null, true) : (towns[0], false);
        // (2) the home district.
        if (context.Home is not null && Only(t => t.DistrictCode == context.Home.Code) is { } th) return (th, false);
        // (3) the districts of earlier places, nearest first.
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            string? dc = earlier[k] switch
            {
                DistrictMention d => d.Code,
                TownMention { Code: { } c } => c[..6],
                _ => null,
            };
            if (dc is null) continue;
            string code = dc;
            if (towns.Any(t => t.DistrictCode == code)) return (Only(t => t.DistrictCode == code), false);
        }
        // (4) the home district's city.
        if (context.Home?.ParentCode is { } homeCity && Only(t => CityOf(t.DistrictCode) == homeCity) is { } tc) return (tc, false);
        // (5) a district, city or province named earlier in the text, nearest first.
        int best = -1;
        string? bestCode = null;
        foreach (var (_, code, n) in RegionNames(towns))
        {
            if (n.Length < 2 || pos == 0) continue;
            int at = a.LastIndexBefore(n, pos);
            if (at > best && at + n.Length <= pos) { best = at; bestCode = code; }
        }
        if (bestCode is not null)
        {
            string code = bestCode;
            var named = Only(t => gaz.ByCode(t.DistrictCode) is { } d && gaz.Lineage(d).Contains(code));
            if (named is not null) return (named, false);
        }
        // (6) the only town of that name.
        if (towns.Count == 1)
        {
            var t = towns[0];
            bool otherProvince = context.Home is not null && !t.Code.StartsWith(context.Home.Code[..2], StringComparison.Ordinal);
            if (otherProvince || InsideProperName(a, pos, lastPlaceEnd)) return (null, true);
            return (t, false);
        }
        // (7) a Beijing text: the one Beijing town.
        if (context.Beijing && Only(t => t.Code.StartsWith("11", StringComparison.Ordinal)) is { } tb) return (tb, false);
        if (InsideProperName(a, pos, lastPlaceEnd)) return (null, true);
        if (context.Home is not null && gaz.ProvinceOf(context.Home) != Gazetteer.BeijingCode && towns.All(t => t.Code.StartsWith("11", StringComparison.Ordinal))) return (null, true);
        return (null, false);
    }

    /// <summary>
    /// The street of the text's own city called like a county elsewhere (定州市's 西城区街道 for 西城区): when the
    /// home district, or a district named earlier, is or lies beside a district with a street of that name and
    /// the county chosen lies elsewhere.
    /// </summary>
    public TownEntry? OwnStreet(PlaceContext context, string surface, Division county, int pos, DistrictsNamed earlier)
    {
        var a = context.Text;
        var streets = data.Gazetteer.StreetsCalled(surface);
        if (streets.Count == 0) return null;
        var gaz = data.Gazetteer;
        // The home district, then the districts named earlier in text order: the first that is the county or
        // has such a street decides. Only those few codes are looked up (by where each was first named), so a
        // long text is not walked once per mention.
        if (context.Home is not null)
        {
            if (context.Home.Code == county.Code) return null;
            var homeStreet = streets.FirstOrDefault(s => s.DistrictCode == context.Home.Code);
            if (homeStreet is not null) return homeStreet;
        }
        int first = earlier.FirstAt(county.Code);
        TownEntry? chosen = null;
        foreach (var s in streets)
        {
            int at = earlier.FirstAt(s.DistrictCode);
            if (at < first) (first, chosen) = (at, s);
        }
        if (first != int.MaxValue) return chosen;
        foreach (var s in streets)
        {
            var d = gaz.ByCode(s.DistrictCode);
            if (d is null || d.Code == county.Code) continue;
            foreach (string n in NameForms(d.Name))
            {
                if (n.Length >= 2 && pos > 0 && a.LastIndexBefore(n, pos) is int at && at >= 0 && at + n.Length <= pos) return s;
            }
        }
        return null;
    }

    /// <summary>Whether the home lies outside Beijing and the text names neither the Beijing town's district nor 北京.</summary>
    public bool OtherCityHome(PlaceContext context, TownEntry town)
    {
        var a = context.Text;
        if (context.Home is null || data.Gazetteer.ProvinceOf(context.Home) == Gazetteer.BeijingCode) return false;
        string text = a.Text;
        return !text.Contains(town.DistrictName, StringComparison.Ordinal) && !text.Contains("北京", StringComparison.Ordinal);
    }

    private static bool InsideProperName(TextAnalysis a, int pos, int lastPlaceEnd)
    {
        if (pos == 0 || pos == lastPlaceEnd || !Han.IsIdeograph(a.Text[pos - 1])) return false;
        return a.TokenAt(pos - 1) is { } t && t.End == pos && t.End - t.Start >= 2 && t.Tag is "ns" or "nz" or "nr" or "nt";
    }

    /// <summary>Whether a region above <paramref name="county"/> (its city or province, in any name form) is written right before <paramref name="pos"/>.</summary>
    public bool PrefixedByRegion(PlaceContext context, Division county, int pos)
    {
        var a = context.Text;
        foreach (string code in data.Gazetteer.Lineage(county).Skip(1))
        {
            var d = data.Gazetteer.ByCode(code);
            if (d is null) continue;
            foreach (string n in NameForms(d.Name))
            {
                if (pos >= n.Length && string.CompareOrdinal(a.Text, pos - n.Length, n, 0, n.Length) == 0) return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> NameForms(string name)
    {
        yield return name;
        if (name.Length >= 3 && (name.EndsWith('市') || name.EndsWith('省'))) yield return name[..^1];
    }

    /// <summary>
    /// Chooses among the counties a name stands for: (1) a city or province right before it; (2) the home district's
    /// province; (3) the nearest city or province named earlier; (4) Beijing's; (5) the lowest code.
    /// </summary>
    public Division ChooseCounty(PlaceContext context, IReadOnlyList<Division> candidates, int pos)
    {
        var a = context.Text;
        var gaz = data.Gazetteer;
        if (candidates.Count == 1) return candidates[0];
        // (1) a city or province right before the name.
        foreach (var c in candidates) if (PrefixedByRegion(context, c, pos)) return c;
        // (2) the home district's province.
        if (context.Home is not null)
        {
            string prov = gaz.ProvinceOf(context.Home);
            var same = candidates.FirstOrDefault(c => gaz.ProvinceOf(c) == prov);
            if (same is not null) return same;
        }
        // (3) the nearest city or province named earlier.
        int best = -1;
        Division? chosen = null;
        foreach (var c in candidates)
        {
            foreach (string code in gaz.Lineage(c).Skip(1))
            {
                var d = gaz.ByCode(code);
                if (d is null) continue;
                foreach (string n in NameForms(d.Name))
                {
                    int at = a.LastIndexBefore(n, pos);
                    if (at > best) { best = at; chosen = c; }
                }
            }
        }
        if (chosen is not null) return chosen;
        // (4)/(5) Beijing's, else the lowest code.
        var beijing = candidates.FirstOrDefault(c => gaz.ProvinceOf(c) == Gazetteer.BeijingCode);
        if (beijing is not null) return beijing;
        return candidates.OrderBy(c => c.Code, StringComparer.Ordinal).First();
    }

    /// <summary>The district of a community: that of the place before it in its sentence (or the place its name stops at), else the home district's.</summary>
    public static string? CommunityDistrict(PlaceContext context, int pos, List<Mention> places, int stopAt)
    {
        var a = context.Text;
        int sentence = a.SentenceStart(pos);
        for (int k = places.Count - 1; k >= 0; k--)
        {
            var p = places[k];
            if (p.End > pos) continue;
            if (p.Start < sentence && p.End != stopAt) break;
            if (p is TownMention t) return t.District;
            if (p is DistrictMention d) return d.Normalized;
        }
        return context.Home?.Name;
    }
}
