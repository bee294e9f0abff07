using CampaignText.Export.Tables;
using CampaignText.Text;
using Microsoft.Data.Sqlite;

namespace CampaignText.Export.Sqlite;

/// <summary>
/// Writes typed rows (<see cref="CorpusRows"/>) into the tables of <see cref="IndexSchema"/>, one bulletin per
/// transaction, and removes bulletins. The full-text table gets each paragraph's text folded to simplified
/// script (the fold keeps the length, so an offset in it is an offset in the text as written).
/// </summary>
internal sealed class IndexWriter(SqliteConnection db)
{
    /// <summary>Stores one bulletin's rows, replacing any earlier version of the same document.</summary>
    public void Store(CorpusRows rows, string sha256)
    {
        using var tx = db.BeginTransaction();
        Delete(rows.Document.Document, tx);
        long docId;
        using (var cmd = IndexSchema.Documents.Insert(db, tx))
        {
            IndexSchema.Documents.Bind(cmd, 0, rows.Document, sha256);
            docId = (long)cmd.ExecuteScalar()!;
        }

        using (var cmd = IndexSchema.Sections.Insert(db, tx))
        {
            foreach (var s in rows.Sections)
            {
                IndexSchema.Sections.Bind(cmd, docId, s);
                cmd.ExecuteNonQuery();
            }
        }

        using (var cmd = IndexSchema.Paragraphs.Insert(db, tx))
        using (var fts = db.CreateCommand())
        {
            fts.Transaction = tx;
            fts.CommandText = "INSERT INTO paragraphs_fts(rowid, text) VALUES ($id, $text)";
            var ftsId = fts.Parameters.Add("$id", SqliteType.Integer);
            var ftsText = fts.Parameters.Add("$text", SqliteType.Text);
            foreach (var p in rows.Paragraphs)
            {
                IndexSchema.Paragraphs.Bind(cmd, docId, p);
                ftsId.Value = (long)cmd.ExecuteScalar()!;
                ftsText.Value = TraditionalChars.Fold(p.Text);
                fts.ExecuteNonQuery();
            }
        }

        using (var cmd = IndexSchema.Mentions.Insert(db, tx))
        {
            foreach (var m in rows.Mentions)
            {
                IndexSchema.Mentions.Bind(cmd, docId, m);
                cmd.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    /// <summary>Removes one stored bulletin (nothing when it is not stored).</summary>
    public void Remove(string document)
    {
        using var tx = db.BeginTransaction();
        Delete(document, tx);
        tx.Commit();
    }

    /// <summary>Removes the stored bulletins whose files no longer exist; returns how many.</summary>
    public int RemoveMissing()
    {
        var gone = new List<string>();
        using (var cmd = db.CreateCommand())
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

    private void Delete(string document, SqliteTransaction tx)
    {
        using var cmd = db.CreateCommand();
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
}
