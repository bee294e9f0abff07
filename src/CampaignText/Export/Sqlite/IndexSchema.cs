using System.Globalization;
using CampaignText.Export.Tables;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// The index's tables: documents, sections, paragraphs and mentions with the columns of <see cref="DocumentRow"/>,
/// <see cref="SectionRow"/>, <see cref="ParagraphRow"/> and <see cref="MentionRow"/> (the CSV and Parquet columns),
/// a meta table with the schema version, and paragraphs_fts, an FTS5 trigram index over each paragraph's text
/// folded to simplified script (the paragraphs table keeps the text as written).
/// </summary>
internal static class IndexSchema
{
    /// <summary>The schema version stored in meta; an index of another version must be built again.</summary>
    public const int Version = 6;

    /// <summary>The documents table (plus the file's SHA-256).</summary>
    public static IndexTable<DocumentRow> Documents { get; } = new("documents", isDocuments: true, hasId: true, ("sha256", "TEXT NOT NULL"));

    /// <summary>The sections table.</summary>
    public static IndexTable<SectionRow> Sections { get; } = new("sections", isDocuments: false, hasId: false);

    /// <summary>The paragraphs table.</summary>
    public static IndexTable<ParagraphRow> Paragraphs { get; } = new("paragraphs", isDocuments: false, hasId: true);

    /// <summary>The mentions table.</summary>
    public static IndexTable<MentionRow> Mentions { get; } = new("mentions", isDocuments: false, hasId: false);

    /// <summary>Every table a CampaignText index has.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["meta", "documents", "sections", "paragraphs", "mentions", "paragraphs_fts"];

    /// <summary>Creates the tables in an empty database (nothing when it has tables already).</summary>
    public static void Create(SqliteConnection db)
    {
        using (var count = db.CreateCommand())
        {
            count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type='table'";
            if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) return;
        }

        using var tx = db.BeginTransaction();
        using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = string.Join('\n',
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);",
            $"INSERT INTO meta VALUES ('schema', '{Version.ToString(CultureInfo.InvariantCulture)}');",
            Documents.CreateSql(),
            Sections.CreateSql(),
            Paragraphs.CreateSql(),
            Mentions.CreateSql(),
            "CREATE INDEX sections_doc ON sections(doc_id);",
            "CREATE INDEX paragraphs_doc ON paragraphs(doc_id);",
            "CREATE INDEX mentions_doc ON mentions(doc_id);",
            "CREATE INDEX mentions_kind ON mentions(kind);",
            "CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, tokenize='trigram');");
        cmd.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Checks that the database is a CampaignText index of this version.</summary>
    /// <exception cref="CampaignTextException">A table is missing or the version differs; the message names the file.</exception>
    public static void Check(SqliteConnection db, string path)
    {
        // Reading sqlite_master is the first read of the file: a file that is not a database fails here.
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table'";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }

        foreach (var t in Tables)
        {
            if (!tables.Contains(t)) throw new CampaignTextException($"an SQLite database but not a CampaignText index (no {t} table)", path);
        }

        using var version = db.CreateCommand();
        version.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
        var stored = version.ExecuteScalar() as string;
        if (stored != Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new CampaignTextException($"index schema version {stored ?? "unknown"}, expected {Version}: re-index into a new file", path);
        }
    }
}
