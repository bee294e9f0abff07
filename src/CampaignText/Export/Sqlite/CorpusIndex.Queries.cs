using System.Globalization;
using System.Text;
using CampaignText.Extraction;
using CampaignText.Terms;
using CampaignText.Text;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <content>Search counts, the names a query may use, and the paragraphs for term tables.</content>
public sealed partial class CorpusIndex
{
    /// <summary>Finds paragraphs containing <see cref="SearchQuery.Text"/>, newest bulletins first.</summary>
    /// <param name="query">The query; its text is matched literally.</param>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchTerms(query);
        if (terms.Length == 0) return [];
        using var cmd = _db.CreateCommand();
        var sql = new StringBuilder("SELECT d.document, d.date, coalesce(p.district, d.district), p.paragraph, coalesce(p.category, p.section_category), p.text FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE ");
        AppendSearchFilter(sql, cmd, query, terms);
        sql.Append(" ORDER BY d.date IS NULL, d.date DESC, d.document, p.paragraph LIMIT $limit");
        cmd.Parameters.AddWithValue("$limit", Math.Max(0, query.Limit));
        cmd.CommandText = sql.ToString();
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var text = r.GetString(5);
            // The match is found in the folded copy (same length), so a simplified query finds traditional text and back.
            var folded = TraditionalChars.Fold(text);
            int at = folded.IndexOf(terms[0], StringComparison.OrdinalIgnoreCase);
            if (at < 0) at = 0;
            do
            {
                int len = Math.Min(terms[0].Length, text.Length - at);
                int ctx = Math.Max(0, query.Context);
                int left = Math.Max(0, at - ctx);
                int right = Math.Min(text.Length, at + len + ctx);
                hits.Add(new SearchHit(
                    r.GetString(0),
                    r.IsDBNull(1) ? null : r.GetString(1),
                    r.IsDBNull(2) ? null : r.GetString(2),
                    r.GetInt32(3),
                    r.IsDBNull(4) ? null : r.GetString(4),
                    text[left..at],
                    text.Substring(at, len),
                    text[(at + len)..right]));
                at = query.EveryOccurrence && len > 0 ? folded.IndexOf(terms[0], at + len, StringComparison.OrdinalIgnoreCase) : -1;
            }
            while (at >= 0);
        }

        return hits;
    }
    /// <summary>How many paragraphs match <paramref name="query"/>, whatever its <see cref="SearchQuery.Limit"/>.</summary>
    /// <param name="query">The query; its text is matched literally.</param>
    public int CountHits(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchTerms(query);
        if (terms.Length == 0) return 0;
        using var cmd = _db.CreateCommand();
        var sql = new StringBuilder("SELECT count(*) FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE ");
        AppendSearchFilter(sql, cmd, query, terms);
        cmd.CommandText = sql.ToString();
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The districts of the stored bulletins, in ordinal order.</summary>
    public IReadOnlyList<string> Districts() => Strings("SELECT district FROM documents WHERE district IS NOT NULL AND district <> '' UNION SELECT district FROM paragraphs WHERE district IS NOT NULL AND district <> '' ORDER BY 1");

    /// <summary>The paragraph categories in the index (labels and section categories), in ordinal order.</summary>
    public IReadOnlyList<string> Categories() =>
        Strings("SELECT DISTINCT coalesce(category, section_category) FROM paragraphs WHERE coalesce(category, section_category) IS NOT NULL ORDER BY 1");

    /// <summary>
    /// The district of the index that <paramref name="nameOrCode"/> names: a stored district name (朝阳区), the
    /// same without its last character (朝阳) or a six-digit division code (110105); null when none matches.
    /// </summary>
    /// <param name="nameOrCode">A district name or code.</param>
    public string? ResolveDistrict(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var value = nameOrCode.Trim();
        var districts = Districts();
        if (districts.Contains(value, StringComparer.Ordinal)) return value;
        if (value.Length == 6 && value.All(char.IsAsciiDigit))
        {
            var division = ExtractionData.Embedded.Gazetteer.ByCode(value);
            return division is not null && districts.Contains(division.Name, StringComparer.Ordinal) ? division.Name : null;
        }

        var stems = districts.Where(d => d.Length > 2 && d[..^1] == value).ToList();
        return stems.Count == 1 ? stems[0] : null;
    }

    /// <summary>Every stored bulletin with its date, district and paragraph texts, in document order.</summary>
    public IReadOnlyList<TermDocument> TermDocuments() => TermDocuments(byArticleDistrict: false);

    /// <summary>
    /// Every stored bulletin with its date, district and paragraph texts, in document order; with
    /// <paramref name="byArticleDistrict"/>, a bulletin whose articles belong to several districts (a city-level
    /// bulletin, one article per district) comes as one part per district, each with that district's paragraphs.
    /// </summary>
    /// <param name="byArticleDistrict">True to split bulletins by the district of each paragraph's article.</param>
    public IReadOnlyList<TermDocument> TermDocuments(bool byArticleDistrict)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = byArticleDistrict
            ? "SELECT d.document, d.date, coalesce(nullif(p.district, ''), d.district) AS part_district, p.text FROM paragraphs p JOIN documents d ON d.id = p.doc_id ORDER BY d.document, coalesce(part_district, ''), p.paragraph"
            : "SELECT d.document, d.date, d.district, p.text FROM paragraphs p JOIN documents d ON d.id = p.doc_id ORDER BY d.document, p.paragraph";
        var documents = new List<TermDocument>();
        string? current = null;
        string? date = null, district = null;
        var paragraphs = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var document = r.GetString(0);
            var rowDistrict = r.IsDBNull(2) || r.GetString(2).Length == 0 ? null : r.GetString(2);
            if (current is not null && (document != current || rowDistrict != district))
            {
                documents.Add(new TermDocument(current, date, district, [.. paragraphs]));
                paragraphs.Clear();
            }

            current = document;
            date = r.IsDBNull(1) ? null : r.GetString(1);
            district = rowDistrict;
            paragraphs.Add(r.GetString(3));
        }

        if (current is not null) documents.Add(new TermDocument(current, date, district, [.. paragraphs]));
        return documents;
    }

    /// <summary>The query's terms, folded to simplified script as the full-text table is.</summary>
    private static string[] SearchTerms(SearchQuery query) =>
        TraditionalChars.Fold(query.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AppendSearchFilter(StringBuilder sql, SqliteCommand cmd, SearchQuery query, string[] terms)
    {
        // Trigram FTS needs three characters per term; shorter terms fall back to LIKE (a scan). Both read the folded copy.
        if (terms.All(t => t.Length >= 3))
        {
            sql.Append("p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH $match)");
            cmd.Parameters.AddWithValue("$match", string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        }
        else
        {
            for (int i = 0; i < terms.Length; i++)
            {
                if (i > 0) sql.Append(" AND ");
                sql.Append(CultureInfo.InvariantCulture, $"p.id IN (SELECT rowid FROM paragraphs_fts WHERE text LIKE $t{i} ESCAPE '\\')");
                cmd.Parameters.AddWithValue($"$t{i}", "%" + EscapeLike(terms[i]) + "%");
            }
        }

        if (query.District is not null)
        {
            sql.Append(query.District.Length == 6 && query.District.All(char.IsAsciiDigit)
                ? " AND coalesce(p.district_code, d.district_code) = $district"
                : " AND coalesce(p.district, d.district) = $district");
            cmd.Parameters.AddWithValue("$district", query.District);
        }

        if (query.From is not null)
        {
            sql.Append(" AND d.month >= $from");
            cmd.Parameters.AddWithValue("$from", query.From);
        }

        if (query.To is not null)
        {
            sql.Append(" AND d.month <= $to");
            cmd.Parameters.AddWithValue("$to", query.To);
        }

        if (query.Category is not null)
        {
            sql.Append(" AND coalesce(p.category, p.section_category) = $category");
            cmd.Parameters.AddWithValue("$category", query.Category);
        }
    }

    private List<string> Strings(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        var list = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(r.GetString(0));
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
