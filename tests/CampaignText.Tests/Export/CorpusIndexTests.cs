using CampaignText.Export.Sqlite;
using CampaignText.Pipeline;
using Microsoft.Data.Sqlite;

namespace CampaignText.Tests.Export;

public sealed class CorpusIndexTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-corpusindex-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void TheBundledSqliteHasFts5WithTheTrigramTokenizer() => Assert.True(CorpusIndex.SupportsTrigram());

    [Fact]
    public async Task ARunStoppedMidwayKeepsWholeBulletinsAndTheNextRunResumes()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        for (int i = 0; i < 12; i++)
        {
            File.WriteAllText(Path.Combine(input, $"b{i:00}.txt"), $"东城区创城简报\n第 {i + 1} 期\n2021年5月{i + 1}日\n【工作动态】\n各街道开展环境整治，清理卫生死角{i + 3}处。\n区创城办组织检查，发现问题{i + 2}个。\n");
        }

        var files = BulletinFiles.Expand([input]);
        var db = Path.Combine(_dir, "c.db");
        var pipeline = CampaignPipeline.CreateDefault();
        using var cts = new CancellationTokenSource();
        using (var index = CorpusIndex.Open(db, create: true))
        {
            var progress = new CancelAfter(4, cts);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.IndexAsync(files, pipeline, 2, progress, cts.Token));
        }

        int stored;
        using (var check = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False"))
        {
            check.Open();
            stored = Count(check, "SELECT count(*) FROM documents");
            Assert.InRange(stored, 1, 11);
            // Every stored bulletin is whole: its paragraphs, mentions and full-text rows are all there.
            Assert.Equal(0, Count(check, "SELECT count(*) FROM documents d WHERE d.paragraphs <> (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.id) OR d.mentions <> (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)"));
            Assert.Equal(Count(check, "SELECT count(*) FROM paragraphs"), Count(check, "SELECT count(*) FROM paragraphs_fts"));
        }

        using (var index = CorpusIndex.Open(db, create: true))
        {
            var result = await index.IndexAsync(files, pipeline, 2);
            Assert.Equal(stored, result.Unchanged);
            Assert.Equal(12 - stored, result.Indexed);
            Assert.Empty(result.Failed);
            Assert.Equal(12, index.DocumentCount());
            var hits = index.Search(new SearchQuery("卫生死角14处") { Context = 2 });
            var hit = Assert.Single(hits);
            Assert.Equal(Path.Combine(input, "b11.txt"), hit.Document);
            Assert.Equal("清理", hit.Left);
            Assert.Equal("卫生死角14处", hit.Match);
        }
    }

    private static int Count(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class CancelAfter(int n, CancellationTokenSource cts) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            if (value.Completed >= n) cts.Cancel();
        }
    }

    private string Bulletins(int count)
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        for (int i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(input, $"b{i:00}.txt"), $"东城区创城简报\n第 {i + 1} 期\n2021年5月{i + 1}日\n【工作动态】\n各街道开展环境整治，清理卫生死角{i + 3}处。\n");
        }

        return input;
    }

    [Fact]
    public async Task AFolderIndexedByRelativeAndAbsolutePathIsStoredOnce()
    {
        string input = Bulletins(3);
        string db = Path.Combine(_dir, "c.db");
        var pipeline = CampaignPipeline.CreateDefault();
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, input);
        Assert.False(Path.IsPathRooted(relative));
        using var index = CorpusIndex.Open(db, create: true);
        await index.IndexAsync(BulletinFiles.Expand([relative]), pipeline);
        var second = await index.IndexAsync(BulletinFiles.Expand([input]), pipeline);
        Assert.Equal(3, second.Unchanged);
        Assert.Equal(3, index.DocumentCount());
    }

    [Fact]
    public async Task BulletinsWhoseFilesAreGoneAreRemoved()
    {
        string input = Bulletins(3);
        string db = Path.Combine(_dir, "c.db");
        var pipeline = CampaignPipeline.CreateDefault();
        using var index = CorpusIndex.Open(db, create: true);
        await index.IndexAsync(BulletinFiles.Expand([input]), pipeline);
        File.Delete(Path.Combine(input, "b01.txt"));
        var result = await index.IndexAsync(BulletinFiles.Expand([input]), pipeline);
        Assert.Equal(1, result.Removed);
        Assert.Equal(2, index.DocumentCount());
        Assert.Empty(index.Search(new SearchQuery("卫生死角4处")));
    }

    [Fact]
    public async Task AReadOnlyOpenLeavesNoJournalFilesAndNeedsNone()
    {
        string input = Bulletins(2);
        string db = Path.Combine(_dir, "c.db");
        using (var index = CorpusIndex.Open(db, create: true))
        {
            await index.IndexAsync(BulletinFiles.Expand([input]), CampaignPipeline.CreateDefault());
        }

        // SQLite's header: bytes 18 and 19 are 1 in rollback-journal mode, 2 in WAL mode.
        byte[] header = new byte[20];
        using (var f = File.OpenRead(db)) f.ReadExactly(header);
        Assert.Equal(1, header[18]);
        Assert.False(File.Exists(db + "-wal"));
        using (var reader = CorpusIndex.Open(db))
        {
            Assert.Single(reader.Search(new SearchQuery("卫生死角3处")));
        }

        Assert.False(File.Exists(db + "-wal"));
        Assert.False(File.Exists(db + "-shm"));
    }

    [Fact]
    public async Task AnIndexLeftInWalModeIsReadWithoutWritingBesideIt()
    {
        string input = Bulletins(2);
        string db = Path.Combine(_dir, "c.db");
        using (var index = CorpusIndex.Open(db, create: true))
        {
            await index.IndexAsync(BulletinFiles.Expand([input]), CampaignPipeline.CreateDefault());
        }

        using (var wal = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            wal.Open();
            using var cmd = wal.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode=WAL";
            Assert.Equal("wal", cmd.ExecuteScalar());
        }

        Assert.False(File.Exists(db + "-wal"));
        using (var reader = CorpusIndex.Open(db))
        {
            Assert.Single(reader.Search(new SearchQuery("卫生死角3处")));
            Assert.Equal(2, reader.DocumentCount());
        }

        Assert.False(File.Exists(db + "-wal"));
        Assert.False(File.Exists(db + "-shm"));
    }

    [Fact]
    public async Task ACorruptIndexIsRefusedWithOneClearLine()
    {
        string input = Bulletins(12);
        string db = Path.Combine(_dir, "c.db");
        using (var index = CorpusIndex.Open(db, create: true))
        {
            await index.IndexAsync(BulletinFiles.Expand([input]), CampaignPipeline.CreateDefault());
        }

        // Scribble over the middle of every page after the first two (the schema stays readable).
        byte[] bytes = File.ReadAllBytes(db);
        int page = BitConverter.ToUInt16([bytes[17], bytes[16]]);
        page = page == 1 ? 65536 : page;
        Assert.True(bytes.Length >= 4 * page, $"{bytes.Length} bytes, pages of {page}");
        for (int at = 2 * page; at + page <= bytes.Length; at += page)
        {
            for (int k = 8; k < page / 2; k++) bytes[at + k] = 0x5A;
        }

        File.WriteAllBytes(db, bytes);
        var ex = Assert.Throws<CampaignTextException>(() => CorpusIndex.Open(db));
        Assert.True(ex.Message.Contains("corrupt index", StringComparison.Ordinal), ex.Message);
        var (code, _, error) = CampaignText.Tests.Cli.CliRunner.Run("search", db, "卫生死角");
        Assert.Equal(2, code);
        Assert.Contains("corrupt index", error);
        Assert.DoesNotContain("   at ", error);
    }
}
