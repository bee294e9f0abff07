using System.Globalization;
using System.Text;

namespace CampaignText.Export.Sqlite;

/// <content>Counts grouped by keys (<see cref="StatsQuery"/>) and the texts of groups of bulletins.</content>
public sealed partial class CorpusIndex
{
    /// <summary>Counts bulletins, paragraphs or mentions grouped as <paramref name="query"/> says.</summary>
    /// <param name="query">The grouping and filters.</param>
    /// <exception cref="ArgumentException">A key is not one of <see cref="StatsQuery.Keys"/>, or the keys mix paragraph and mention keys.</exception>
    public StatsTable Count(StatsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var key in query.By)
        {
            if (!StatsQuery.Keys.Contains(key)) throw new ArgumentException($"unknown key '{key}' (use {string.Join(", ", StatsQuery.Keys)})", nameof(query));
        }

        bool mentionKeys = query.By.Any(k => k is "measure" or "kind" or "name" or "unit" or "subject");
        bool mentions = mentionKeys || query.Kind is not null || query.Subject is not null;
        bool paragraphs = query.By.Contains("category");
        if (mentions && paragraphs) throw new ArgumentException("category groups paragraphs; it cannot be combined with mention keys or --kind", nameof(query));
        // By district, paragraphs and mentions count under their article's district (a city-level bulletin has
        // one article per district), and bulletins under every district one of their articles belongs to.
        bool byDistrict = query.By.Contains("district");
        string districtKey = mentions ? "coalesce(m.article_district, d.district, '')" : "coalesce(p.district, d.district, '')";
        using var cmd = _db.CreateCommand();
        var select = new List<string>();
        foreach (var key in query.By)
        {
            select.Add(key switch
            {
                "district" => districtKey,
                "month" => "coalesce(d.month, '')",
                "year" => "coalesce(substr(d.date, 1, 4), '')",
                "measure" => "coalesce(m.type, '')",
                "kind" => "m.kind",
                "name" => "coalesce(m.normalized, m.text)",
                "unit" => "ct_unit(m.unit)",
                "subject" => "coalesce(nullif(m.subject, ''), nullif(m.noun, ''), '')",
                _ => "coalesce(p.category, p.section_category)",
            });
        }

        var columns = new List<string>(query.By);
        string? kind = query.Kind ?? (query.By.Contains("unit") ? "quantity" : query.By.Contains("measure") ? "measure" : null);
        if (query.By.Contains("unit") && kind != "quantity") throw new ArgumentException("unit groups quantities; it cannot be combined with another kind", nameof(query));
        if (kind == "quantity" && !query.By.Contains("unit"))
        {
            // Totals are only ever added within one unit: a quantity count is always grouped by unit too.
            select.Add("ct_unit(m.unit)");
            columns.Add("unit");
        }

        // Two districts of one name (江北区 of 重庆 and of 宁波) are grouped apart by code (a hidden key column).
        int codeColumn = -1;
        if (byDistrict)
        {
            codeColumn = select.Count;
            select.Add(mentions ? "coalesce(m.article_district_code, d.district_code, '')" : "coalesce(p.district_code, d.district_code, '')");
            columns.Add("district_code");
        }

        string from;
        var where = new List<string>();
        if (mentions)
        {
            from = "mentions m JOIN documents d ON d.id = m.doc_id";
            if (kind is not null)
            {
                where.Add("m.kind = $kind");
                cmd.Parameters.AddWithValue("$kind", kind);
            }

            if (query.Subject is not null)
            {
                where.Add("(m.subject LIKE $subject ESCAPE '\\' OR m.noun LIKE $subject ESCAPE '\\' OR m.unit LIKE $subject ESCAPE '\\')");
                cmd.Parameters.AddWithValue("$subject", "%" + EscapeLike(query.Subject) + "%");
            }

            select.Add("count(*)");
            columns.Add("mentions");
            if (kind == "quantity")
            {
                select.Add("sum(m.value * ct_unit_factor(m.unit))");
                columns.Add("total");
            }

            select.Add("count(DISTINCT m.doc_id)");
            columns.Add("bulletins");
        }
        else if (paragraphs)
        {
            from = "paragraphs p JOIN documents d ON d.id = p.doc_id";
            select.Add("count(*)");
            columns.Add("paragraphs");
            select.Add("count(DISTINCT p.doc_id)");
            columns.Add("bulletins");
        }
        else if (byDistrict)
        {
            from = "paragraphs p JOIN documents d ON d.id = p.doc_id";
            select.Add("count(DISTINCT p.doc_id)");
            columns.Add("bulletins");
            select.Add("count(*)");
            columns.Add("paragraphs");
            select.Add("sum((SELECT count(*) FROM mentions m WHERE m.doc_id = p.doc_id AND m.paragraph = p.paragraph))");
            columns.Add("mentions");
        }
        else
        {
            from = "documents d";
            select.Add("count(*)");
            columns.Add("bulletins");
            select.Add("sum(d.paragraphs)");
            columns.Add("paragraphs");
            select.Add("sum(d.mentions)");
            columns.Add("mentions");
        }

        var sql = new StringBuilder("SELECT ").Append(string.Join(", ", select)).Append(" FROM ").Append(from);
        if (where.Count > 0) sql.Append(" WHERE ").Append(string.Join(" AND ", where));
        int keyColumns = (kind == "quantity" && !query.By.Contains("unit") ? query.By.Count + 1 : query.By.Count) + (byDistrict ? 1 : 0);
        if (keyColumns > 0)
        {
            var positions = string.Join(", ", Enumerable.Range(1, keyColumns));
            sql.Append(" GROUP BY ").Append(positions).Append(" ORDER BY ").Append(positions);
        }

        cmd.CommandText = sql.ToString();
        var rows = new List<IReadOnlyList<string>>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new string[r.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? string.Empty : r.GetValue(i) switch
                {
                    double v => v.ToString("0.##", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var o => o.ToString() ?? string.Empty,
                };
            }

            rows.Add(row);
        }

        if (codeColumn >= 0) rows = SeparateDistricts(rows, query.By.ToList().IndexOf("district"), codeColumn, keyColumns - 1, columns);
        return new StatsTable(columns, rows) { Records = [.. rows.Select(r => StatsRow.From(columns, r))] };
    }

    /// <summary>
    /// Drops the hidden code column and names a district that several codes share with its city
    /// (江北区（重庆市）, 江北区（宁波市）); other names stay as they are.
    /// </summary>
    private static List<IReadOnlyList<string>> SeparateDistricts(List<IReadOnlyList<string>> rows, int nameColumn, int codeColumn, int keys, List<string> columns)
    {
        var shared = rows.GroupBy(r => r[nameColumn], StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Select(r => r[codeColumn]).Where(static c => c.Length > 0).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var gazetteer = Extraction.ExtractionData.Embedded.Gazetteer;
        var result = new List<IReadOnlyList<string>>(rows.Count);
        foreach (var row in rows)
        {
            var copy = row.Where((_, i) => i != codeColumn).ToArray();
            int at = nameColumn < codeColumn ? nameColumn : nameColumn - 1;
            if (shared.Contains(row[nameColumn]) && gazetteer.ByCode(row[codeColumn])?.ParentCode is { } parent && gazetteer.ByCode(parent) is { } city)
            {
                copy[at] = $"{row[nameColumn]}（{city.Name}）";
            }

            result.Add(copy);
        }

        columns.RemoveAt(codeColumn);
        if (shared.Count > 0)
        {
            // Keep key order after renaming (江北区（宁波市） sorts where its new name does).
            result = [.. result.OrderBy(static r => r, Comparer<IReadOnlyList<string>>.Create((x, y) =>
            {
                for (int i = 0; i < keys; i++)
                {
                    int c = string.CompareOrdinal(x[i], y[i]);
                    if (c != 0) return c;
                }

                return 0;
            }))];
        }

        return result;
    }

    /// <summary>
    /// The body text of each group of bulletins (keys: district, month, year), for keyword extraction; by district,
    /// each paragraph counts under its article's district.
    /// </summary>
    /// <param name="by">The grouping keys.</param>
    public IReadOnlyList<(IReadOnlyList<string> Key, string Text)> GroupTexts(IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Select(k => k switch
        {
            "district" => "coalesce(nullif(p.district, ''), d.district, '')",
            "month" => "coalesce(d.month, '')",
            "year" => "coalesce(substr(d.date, 1, 4), '')",
            _ => throw new ArgumentException($"keywords group bulletins by district, month or year, not '{k}'", nameof(by)),
        }).ToList();
        using var cmd = _db.CreateCommand();
        var keySql = keys.Count == 0 ? "''" : string.Join(" || char(31) || ", keys);
        cmd.CommandText = $"SELECT {keySql}, p.text FROM paragraphs p JOIN documents d ON d.id = p.doc_id ORDER BY 1, d.document, p.paragraph";
        var groups = new List<(IReadOnlyList<string>, string)>();
        string? current = null;
        var text = new StringBuilder();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var key = r.GetString(0);
            if (current is not null && key != current)
            {
                groups.Add((Split(current, keys.Count), text.ToString()));
                text.Clear();
            }

            current = key;
            text.Append(r.GetString(1)).Append('\n');
        }

        if (current is not null) groups.Add((Split(current, keys.Count), text.ToString()));
        return groups;

        static IReadOnlyList<string> Split(string key, int n) => n == 0 ? [] : key.Split('\u001f');
    }
}
