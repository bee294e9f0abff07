using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Text;

namespace CampaignText.Extraction.Organizations;

/// <summary>
/// Finds organisation names: a core name from models/extraction/organizations.txt with a place before
/// it (a district, town or community, or 区/市/镇/街道/首都/北京市/中央). Core names that name a place
/// themselves (区委, 团区委…) stand alone. 区… is filled in with the home district, 市… with its city;
/// 团区委 stays as written. 区委, 市委 and 县委 inside a person's title (区委书记) are dropped once people are
/// found (<see cref="DropTitleCommittees"/>).
/// </summary>
internal sealed class OrganizationExtractor(ExtractionData data, OrganizationResolver resolver)
{
    /// <summary>The word lists and guards (models/extraction/organization-words.tsv).</summary>
    private static readonly OrganizationWords Words = OrganizationWords.Embedded;

    public List<Mention> Extract(TextAnalysis a, IReadOnlyList<Mention> places)
    {
        string text = a.Text;
        var result = new List<Mention>();
        // Positions strictly inside a place name.
        var insidePlace = new bool[text.Length];
        foreach (var p in places)
        {
            for (int k = p.Start + 1; k < p.End && k < text.Length; k++) insidePlace[k] = true;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (!Han.IsIdeograph(text[i])) continue;
            // Not inside a place name (东华门街道办事处: the core is 办事处 after the town).
            if (insidePlace[i]) continue;
            int len = LongestCore(text, i);
            if (len == 0) continue;
            int end = i + len;
            string core = text[i..end];
            // 区委宣传部: a committee followed by one of its departments is one organisation.
            int next = LongestCore(text, end);
            if (next > 0 && Words.Departments.Contains(text.Substring(end, next)) && core.EndsWith('委')) end += next;

            int start = i;
            string prefix = "";
            var place = places.LastOrDefault(p => p.End == i && p is DistrictMention or TownMention or CommunityMention);
            if (place is not null && !PlaceWords.Embedded.HomeWords.Contains(place.Text))
            {
                start = place.Start;
                var before = places.LastOrDefault(p => p.End == start && p is DistrictMention);
                if (before is not null) start = before.Start;
                else start = ExtendLiteral(text, start);
                prefix = text[start..i];
            }
            else
            {
                foreach (string lp in Words.LiteralPrefixes)
                {
                    if (i >= lp.Length && string.CompareOrdinal(text, i - lp.Length, lp, 0, lp.Length) == 0)
                    {
                        int ps = i - lp.Length;
                        if (lp.Length == 1 && ps > 0 && Words.NotAfter.Contains(text[ps - 1].ToString())) break;
                        start = ExtendLiteral(text, ps);
                        prefix = text[start..i];
                        break;
                    }
                }
            }
            if (prefix.Length == 0 && !Words.StandAlone.Contains(core)) { i = end - 1; continue; }
            if (prefix.Length == 0 && i > 0 && Words.NotAfter.Contains(text[i - 1].ToString())) { i = end - 1; continue; }
            // Drop an overlapping earlier one (the longer, later match wins only when it starts there).
            if (result.Count > 0 && result[^1].End > start) result.RemoveAt(result.Count - 1);
            string surface = text[start..end];
            result.Add(new OrganizationMention(surface, start, end, resolver.Normalize(a.Home, surface, prefix)));
            i = end - 1;
        }
        return result;
    }

    /// <summary>
    /// Drops the committees (区委, 市委, 县委) that lie inside the title before a person's name: 区委 of 区委书记 is
    /// part of the title, not an organisation named on its own.
    /// </summary>
    public static void DropTitleCommittees(List<Mention> organizations, IReadOnlyList<Mention> people)
    {
        var titled = people.OfType<PersonMention>().Where(p => p.Role is not null).Select(p => (p.Start - p.Role!.Length, p.Start));
        var titleIndex = new SpanIndex(titled);
        organizations.RemoveAll(o => Words.TitleCommittees.Contains(o.Text) && titleIndex.Contains(o.Start, o.End));
    }

    private static int ExtendLiteral(string text, int start)
    {
        foreach (string lp in Words.OuterPrefixes)
        {
            if (start >= lp.Length && string.CompareOrdinal(text, start - lp.Length, lp, 0, lp.Length) == 0) return start - lp.Length;
        }
        return start;
    }

    private int LongestCore(string text, int i)
    {
        var lookup = data.OrganizationSpans;
        int max = Math.Min(data.LongestOrganizationStartingAt(text, i), text.Length - i);
        for (int len = max; len >= 2; len--)
        {
            if (lookup.Contains(text.AsSpan(i, len))) return len;
        }
        return 0;
    }
}
