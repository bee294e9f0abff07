using System.Globalization;
using System.Security.Cryptography;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// A corpus in one SQLite file: the four tables of <see cref="CorpusRows"/> (documents, sections,
/// paragraphs, mentions) plus an FTS5 full-text index over paragraph text folded to simplified script, with
/// the trigram tokenizer, which finds Chinese without segmentation. The schema is <see cref="IndexSchema"/>,
/// the storing <see cref="IndexWriter"/>; search and counts are in the partial files beside this one. Each bulletin is stored in one transaction, so a run
/// stopped midway leaves whole bulletins only, and a later run resumes: files whose SHA-256 is already
/// stored are skipped. Not thread-safe; open one per thread.
/// </summary>
public sealed partial class CorpusIndex : IDisposable
{
    /// <summary>The schema version stored in the file (see <see cref="IndexSchema"/>).</summary>
    public const int SchemaVersion = IndexSchema.Version;

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
            if (create)
            {
                index.Execute("PRAGMA journal_mode=WAL");
                index.Execute("PRAGMA synchronous=NORMAL");
                IndexSchema.Create(db);
            }

            IndexSchema.Check(db, path);
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
        Store(CorpusRows.From(analysis), sha256);
    }

    /// <summary>Stores one bulletin's rows in one transaction, replacing any earlier version of the same document.</summary>
    /// <param name="rows">The rows (see <see cref="CorpusRows.From(BulletinAnalysis)"/>).</param>
    /// <param name="sha256">The content hash of its file.</param>
    public void Store(CorpusRows rows, string sha256)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sha256);
        new IndexWriter(_db).Store(rows, sha256);
    }

    /// <summary>Number of bulletins stored.</summary>
    public int DocumentCount() => Convert.ToInt32(Scalar("SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);


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
    public int RemoveMissing() => new IndexWriter(_db).RemoveMissing();

    private void Remove(string document) => new IndexWriter(_db).Remove(document);


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
}
