using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// A corpus in one SQLite file: the four tables of <see cref="CorpusRows"/> (documents, sections,
/// paragraphs, mentions) plus an FTS5 full-text index over paragraph text with the trigram tokenizer,
/// which finds Chinese without segmentation. Each bulletin is stored in one transaction, so a run
/// stopped midway leaves whole bulletins only, and a later run resumes: files whose SHA-256 is already
/// stored are skipped. Not thread-safe; open one per thread.
/// </summary>
public sealed partial class CorpusIndex : IDisposable
{
    /// <summary>The schema version stored in the file.</summary>
    public const int SchemaVersion = 5;

    private static readonly string[] DocumentColumns = ["document", "publication", "issue", "total_issue", "issuer", "date", "month", "title", "district", "sections", "paragraphs", "mentions", "characters", "editor", "district_code", "district_city"];
    private static readonly string[] SectionColumns = ["doc_id", "section", "heading", "category", "articles", "paragraphs"];
    private static readonly string[] ParagraphColumns = ["doc_id", "paragraph", "section", "article", "section_category", "article_title", "attribution", "tag", "part", "text", "category", "confidence", "label_source", "district", "district_code", "source_start", "source_end"];
    private static readonly string[] MentionColumns = ["doc_id", "paragraph", "kind", "text", "start", "end", "normalized", "code", "district", "role", "granularity", "relative", "from", "to", "value", "max", "unit", "noun", "approx", "subject", "type", "trigger", "object", "reference", "article_district", "article_district_code", "source_start", "source_end"];

    private readonly SqliteConnection _db;

    private readonly bool _writable;

    private CorpusIndex(SqliteConnection db, string path, bool writable)
    {
        _db = db;
        Path = path;
        _writable = writable;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (and when <paramref name="create"/>, creates) an index. The file is checked with SQLite's
    /// <c>integrity_check</c> first. Read-only opening writes nothing: an index is left in rollback-journal mode
    /// when the indexing that wrote it ends, so it needs no -wal or -shm file and can be read in a read-only folder.
    /// </summary>
    /// <param name="path">The database file.</param>
    /// <param name="create">True to create the file and its tables when missing (for indexing); false to open an existing index read-only.</param>
    /// <exception cref="CampaignTextException">The file is missing (when not creating), is not an SQLite database, or is not a CampaignText index; the message names it.</exception>
    public static CorpusIndex Open(string path, bool create = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!create && !File.Exists(path)) throw new CampaignTextException("no such index (run `campaigntext index DIR --db FILE` first)", path);
        if (Directory.Exists(path)) throw new CampaignTextException("is a directory, not an SQLite database", path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = !create && !OperatingSystem.IsWindows() && IsCleanWal(path) ? "file:" + Uri.EscapeDataString(System.IO.Path.GetFullPath(path)).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1" : path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var db = new SqliteConnection(builder.ToString());
        try
        {
            db.Open();
            UnitTotals.Register(db);
            var index = new CorpusIndex(db, path, create);
            index.CheckIntegrity();
            if (create) index.CreateSchema();
            index.CheckSchema();
            return index;
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw ex.SqliteErrorCode switch
            {
                26 => new CampaignTextException("not an SQLite database", path, null, ex),
                11 => new CampaignTextException($"corrupt index ({ex.Message.ReplaceLineEndings(" ")}); build it again with `campaigntext index`", path, null, ex),
                14 => new CampaignTextException("cannot open the database file", path, null, ex),
                _ => new CampaignTextException($"SQLite error: {ex.Message}", path, null, ex),
            };
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the file is in WAL mode with no WAL beside it (an index written before indexing switched back to
    /// a rollback journal): such a file is read as immutable, so reading it needs no -shm file and creates none.
    /// </summary>
    private static bool IsCleanWal(string path)
    {
        try
        {
            Span<byte> header = stackalloc byte[20];
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return f.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
                && header[18] == 2 && header[19] == 2 && !File.Exists(path + "-wal");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when this SQLite build has FTS5 with the trigram tokenizer.</summary>
    public static bool SupportsTrigram()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')";
        try
        {
            cmd.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>The SHA-256 of a file's bytes, as lowercase hex.</summary>
    /// <param name="path">The file.</param>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Analyses and stores <paramref name="files"/>: unchanged files (same path, same SHA-256) are skipped,
    /// changed ones replace their earlier version, each in its own transaction.
    /// </summary>
    /// <param name="files">The files (see <see cref="BulletinFiles.Expand(IEnumerable{string})"/>).</param>
    /// <param name="pipeline">The pipeline that analyses them.</param>
    /// <param name="parallelism">Files analysed at once; 0 means one per processor.</param>
    /// <param name="progress">Told after each file analysed (unchanged files are not reported).</param>
    /// <param name="cancellationToken">Stops after the bulletin being stored.</param>
    public async Task<IndexResult> IndexAsync(IEnumerable<string> files, CampaignPipeline pipeline, int parallelism = 0, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(pipeline);
        // Files are keyed by their full path, so a folder indexed by a relative and by an absolute path is
        // stored once; a bulletin stored under another name of the same file is replaced.
        var stored = new Dictionary<string, (string Key, string Hash)>(StringComparer.Ordinal);
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT document, sha256 FROM documents";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                string key = r.GetString(0);
                stored[System.IO.Path.GetFullPath(key)] = (key, r.GetString(1));
            }
        }

        files = files.Select(f => System.IO.Path.GetFullPath(f)).Distinct(StringComparer.Ordinal).ToList();

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = new List<string>();
        var todo = new List<string>();
        int unchanged = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string hash;
            try
            {
                hash = HashFile(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Let the analysis report it in the usual words.
                todo.Add(file);
                continue;
            }

            if (stored.TryGetValue(file, out var old))
            {
                if (old.Key == file && old.Hash == hash)
                {
                    unchanged++;
                    continue;
                }

                if (old.Key != file)
                {
                    Remove(old.Key);
                }
            }

            hashes[file] = hash;
            todo.Add(file);
        }

        int indexed = 0;
        await foreach (var result in pipeline.AnalyzeMany(todo, parallelism, progress, cancellationToken).ConfigureAwait(false))
        {
            if (result.Analysis is { } analysis && hashes.TryGetValue(result.Path, out var hash))
            {
                Store(analysis, hash);
                indexed++;
            }
            else
            {
                failed.Add(result.ToString());
            }
        }

        int removed = RemoveMissing();
        return new IndexResult(indexed, unchanged, failed) { Removed = removed };
    }

    /// <summary>Stores one analysis in one transaction, replacing any earlier version of the same source.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="sha256">The content hash of its file.</param>
    public void Store(BulletinAnalysis analysis, string sha256)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sha256);
        var rows = CorpusRows.From(analysis);
        using var tx = _db.BeginTransaction();
        Delete(rows.Document.Document, tx);
        var d = rows.Document;
        long docId;
        using (var cmd = Insert(tx, "documents", [.. DocumentColumns, "sha256"]))
        {
            Bind(cmd, d.Document, d.Publication, d.Issue, d.TotalIssue, d.Issuer, d.Date, d.Month, d.Title, d.District, d.Sections, d.Paragraphs, d.Mentions, d.Characters, d.Editor, d.DistrictCode, d.DistrictCity, sha256);
            cmd.CommandText += " RETURNING id";
            docId = (long)cmd.ExecuteScalar()!;
        }

        using (var cmd = Insert(tx, "sections", SectionColumns))
        {
            foreach (var s in rows.Sections)
            {
                Bind(cmd, docId, s.Section, s.Heading, s.Category, s.Articles, s.Paragraphs);
                cmd.ExecuteNonQuery();
            }
        }

        using (var cmd = Insert(tx, "paragraphs", ParagraphColumns))
        using (var fts = _db.CreateCommand())
        {
            cmd.CommandText += " RETURNING id";
            fts.Transaction = tx;
            fts.CommandText = "INSERT INTO paragraphs_fts(rowid, text) VALUES ($id, $text)";
            var ftsId = fts.Parameters.Add("$id", SqliteType.Integer);
            var ftsText = fts.Parameters.Add("$text", SqliteType.Text);
            foreach (var p in rows.Paragraphs)
            {
                Bind(cmd, docId, p.Paragraph, p.Section, p.Article, p.SectionCategory, p.ArticleTitle, p.Attribution, p.Tag, p.Part, p.Text, p.Category, p.Confidence, p.LabelSource, p.District, p.DistrictCode, p.SourceStart, p.SourceEnd);
                ftsId.Value = (long)cmd.ExecuteScalar()!;
                ftsText.Value = p.Text;
                fts.ExecuteNonQuery();
            }
        }

        using (var cmd = Insert(tx, "mentions", MentionColumns))
        {
            foreach (var m in rows.Mentions)
            {
                Bind(cmd, docId, m.Paragraph, m.Kind, m.Text, m.Start, m.End, m.Normalized, m.Code, m.District, m.Role, m.Granularity, m.Relative, m.From, m.To, m.Value, m.Max, m.Unit, m.Noun, m.Approx, m.Subject, m.Type, m.Trigger, m.Object, m.Reference, m.ArticleDistrict, m.ArticleDistrictCode, m.SourceStart, m.SourceEnd);
                cmd.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    /// <summary>Number of bulletins stored.</summary>
    public int DocumentCount() => Convert.ToInt32(Scalar("SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);

    /// <summary>Finds paragraphs containing <see cref="SearchQuery.Text"/>, newest bulletins first.</summary>
    /// <param name="query">The query; its text is matched literally.</param>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = query.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
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
            int at = text.IndexOf(terms[0], StringComparison.OrdinalIgnoreCase);
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
                at = query.EveryOccurrence && len > 0 ? text.IndexOf(terms[0], at + len, StringComparison.OrdinalIgnoreCase) : -1;
            }
            while (at >= 0);
        }

        return hits;
    }

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
        return new StatsTable(columns, rows);
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

    /// <summary>The body text of each group of bulletins (keys: district, month, year), for keyword extraction.</summary>
    /// <param name="by">The grouping keys.</param>
    public IReadOnlyList<(IReadOnlyList<string> Key, string Text)> GroupTexts(IReadOnlyList<string> by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var keys = by.Select(k => k switch
        {
            "district" => "coalesce(d.district, '')",
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

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_writable)
        {
            try
            {
                // Back to a rollback journal: the WAL is checkpointed and removed, so readers need write no file.
                Execute("PRAGMA journal_mode=DELETE");
            }
            catch (SqliteException)
            {
                // Busy (another writer) or a full disk: the WAL stays and SQLite recovers it on the next open.
            }
        }

        _db.Dispose();
    }

    private void CheckIntegrity()
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check(1)";
        string result;
        try
        {
            result = cmd.ExecuteScalar() as string ?? "no answer";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is not (26 or 14 or 5 or 6))
        {
            // A check that cannot even run (a broken full-text table) says the same.
            result = ex.Message;
        }

        if (result != "ok")
        {
            throw new CampaignTextException($"corrupt index (integrity_check: {result.ReplaceLineEndings(" ")}); build it again with `campaigntext index`", Path);
        }
    }

    /// <summary>Removes the stored bulletins whose files no longer exist; returns how many.</summary>
    public int RemoveMissing()
    {
        var gone = new List<string>();
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT document FROM documents";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                string document = r.GetString(0);
                if (!File.Exists(document)) gone.Add(document);
            }
        }

        foreach (string document in gone) Remove(document);
        return gone.Count;
    }

    private void Remove(string document)
    {
        using var tx = _db.BeginTransaction();
        Delete(document, tx);
        tx.Commit();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private object? Scalar(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private void Execute(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void CreateSchema()
    {
        Execute("PRAGMA journal_mode=WAL");
        Execute("PRAGMA synchronous=NORMAL");
        var hasTables = Convert.ToInt64(Scalar("SELECT count(*) FROM sqlite_master WHERE type='table'"), CultureInfo.InvariantCulture) > 0;
        if (hasTables) return;
        using var tx = _db.BeginTransaction();
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            INSERT INTO meta VALUES ('schema', '{SchemaVersion}');
            CREATE TABLE documents(id INTEGER PRIMARY KEY, document TEXT NOT NULL UNIQUE, publication TEXT, issue INTEGER, total_issue INTEGER, issuer TEXT, date TEXT, month TEXT, title TEXT, district TEXT, sections INTEGER, paragraphs INTEGER, mentions INTEGER, characters INTEGER, editor TEXT, district_code TEXT, district_city TEXT, sha256 TEXT NOT NULL);
            CREATE TABLE sections(doc_id INTEGER NOT NULL REFERENCES documents(id), section INTEGER, heading TEXT, category TEXT, articles INTEGER, paragraphs INTEGER);
            CREATE TABLE paragraphs(id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), paragraph INTEGER, section INTEGER, article INTEGER, section_category TEXT, article_title TEXT, attribution TEXT, tag TEXT, part TEXT, text TEXT NOT NULL, category TEXT, confidence REAL, label_source TEXT, district TEXT, district_code TEXT, source_start INTEGER, source_end INTEGER);
            CREATE TABLE mentions(doc_id INTEGER NOT NULL REFERENCES documents(id), paragraph INTEGER, kind TEXT, text TEXT, start INTEGER, "end" INTEGER, normalized TEXT, code TEXT, district TEXT, role TEXT, granularity TEXT, relative INTEGER, "from" TEXT, "to" TEXT, value REAL, max REAL, unit TEXT, noun TEXT, approx TEXT, subject TEXT, type TEXT, trigger TEXT, object TEXT, reference TEXT, article_district TEXT, article_district_code TEXT, source_start INTEGER, source_end INTEGER);
            CREATE INDEX sections_doc ON sections(doc_id);
            CREATE INDEX paragraphs_doc ON paragraphs(doc_id);
            CREATE INDEX mentions_doc ON mentions(doc_id);
            CREATE INDEX mentions_kind ON mentions(kind);
            CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, tokenize='trigram');
            """;
        cmd.ExecuteNonQuery();
        tx.Commit();
    }

    private void CheckSchema()
    {
        // Reading sqlite_master is the first read of the file: a file that is not a database fails here.
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var cmd = _db.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table'";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }

        foreach (var t in new[] { "meta", "documents", "sections", "paragraphs", "mentions", "paragraphs_fts" })
        {
            if (!tables.Contains(t)) throw new CampaignTextException($"an SQLite database but not a CampaignText index (no {t} table)", Path);
        }

        var version = Scalar("SELECT value FROM meta WHERE key = 'schema'") as string;
        if (version != SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new CampaignTextException($"index schema version {version ?? "unknown"}, expected {SchemaVersion}: re-index into a new file", Path);
        }
    }

    private void Delete(string document, SqliteTransaction tx)
    {
        using var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        cmd.Parameters.AddWithValue("$doc", document);
        cmd.CommandText = """
            DELETE FROM paragraphs_fts WHERE rowid IN (SELECT p.id FROM paragraphs p JOIN documents d ON d.id = p.doc_id WHERE d.document = $doc);
            DELETE FROM mentions WHERE doc_id IN (SELECT id FROM documents WHERE document = $doc);
            DELETE FROM paragraphs WHERE doc_id IN (SELECT id FROM documents WHERE document = $doc);
            DELETE FROM sections WHERE doc_id IN (SELECT id FROM documents WHERE document = $doc);
            DELETE FROM documents WHERE document = $doc;
            """;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Insert(SqliteTransaction tx, string table, string[] columns)
    {
        var cmd = _db.CreateCommand();
        cmd.Transaction = tx;
        var names = string.Join(", ", columns.Select(c => "\"" + c + "\""));
        var values = string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        cmd.CommandText = $"INSERT INTO {table}({names}) VALUES ({values})";
        for (int i = 0; i < columns.Length; i++) cmd.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text);
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            var p = cmd.Parameters[i];
            switch (values[i])
            {
                case null:
                    p.SqliteType = SqliteType.Text;
                    p.Value = DBNull.Value;
                    break;
                case bool b:
                    p.SqliteType = SqliteType.Integer;
                    p.Value = b ? 1L : 0L;
                    break;
                case int n:
                    p.SqliteType = SqliteType.Integer;
                    p.Value = (long)n;
                    break;
                case long n:
                    p.SqliteType = SqliteType.Integer;
                    p.Value = n;
                    break;
                case double v:
                    p.SqliteType = SqliteType.Real;
                    p.Value = v;
                    break;
                case var o:
                    p.SqliteType = SqliteType.Text;
                    p.Value = o;
                    break;
            }
        }
    }
}
