using CampaignText.Pipeline;

namespace CampaignText.Tests.Export;

public sealed class AnalyzeManyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-many-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<string> MakeFiles(int count)
    {
        var files = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var path = Path.Combine(_dir, $"f{i:000}.txt");
            // Every fifth file is empty, and fails; the others differ in length so they finish out of order.
            File.WriteAllText(path, i % 5 == 4 ? string.Empty : $"东城区创城简报\n第 {i + 1} 期\n2021年3月{(i % 28) + 1}日\n【工作动态】\n" + string.Concat(Enumerable.Repeat("各街道开展环境整治，清理卫生死角。\n", 1 + (i * 7 % 13))));
            files.Add(path);
        }

        return files;
    }

    [Fact]
    public async Task ResultsComeInInputOrderAndEveryFileIsAccountedFor()
    {
        var files = MakeFiles(23);
        files.Insert(3, Path.Combine(_dir, "missing.txt"));
        var pipeline = CampaignPipeline.CreateDefault();
        var results = new List<AnalysisResult>();
        var reports = new List<AnalysisProgress>();
        await foreach (var r in pipeline.AnalyzeMany(files, 2, new SyncProgress(reports.Add))) results.Add(r);

        Assert.Equal(files, results.Select(r => r.Path));
        Assert.Equal(files.Count, reports.Count);
        Assert.Equal(files, reports.Select(r => r.Path));
        Assert.Equal("file not found", results[3].Error);
        Assert.Equal(5, results.Count(r => !r.Succeeded));
        Assert.All(results.Where(r => r.Succeeded), r => Assert.Equal(r.Path, r.Analysis!.Source));
        Assert.Equal(5, reports[^1].Failed);

        var sequential = files.Select(pipeline.AnalyzeOrFail).ToList();
        Assert.Equal(sequential.Select(r => r.Analysis?.Document.Masthead.Issue), results.Select(r => r.Analysis?.Document.Masthead.Issue));
    }

    [Fact]
    public async Task AtMostTwiceTheParallelismIsReadAhead()
    {
        var files = MakeFiles(40);
        int pulled = 0;
        IEnumerable<string> Lazy()
        {
            foreach (var f in files)
            {
                pulled++;
                yield return f;
            }
        }

        var pipeline = CampaignPipeline.CreateDefault();
        int seen = 0;
        await foreach (var r in pipeline.AnalyzeMany(Lazy(), 2))
        {
            seen++;
            Assert.True(pulled - seen <= 4, $"{pulled} files pulled when {seen} results were handed out");
        }

        Assert.Equal(40, seen);
    }

    [Fact]
    public async Task CancellationStopsTheBatch()
    {
        var files = MakeFiles(40);
        using var cts = new CancellationTokenSource();
        var pipeline = CampaignPipeline.CreateDefault();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var r in pipeline.AnalyzeMany(files, 2, null, cts.Token))
            {
                if (++seen == 3) cts.Cancel();
            }
        });
        Assert.Equal(3, seen);
    }

    [Fact]
    public void DirectoriesExpandRecursivelyToBulletinFilesInOrdinalOrder()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sub", "deeper"));
        foreach (var name in new[] { "b.txt", "a.md", "B.docx", "notes.pdf", "page.HTM", "notes.rtf", "sub/z.txt", "sub/deeper/a.TXT", "sub/readme" })
        {
            File.WriteAllText(Path.Combine(_dir, name), "x");
        }

        // A file given by name is taken whatever its extension; from directories only the readable ones.
        var single = Path.Combine(_dir, "notes.rtf");
        var files = BulletinFiles.Expand([_dir, single], out int skipped);
        var expected = new[] { "B.docx", "a.md", "b.txt", "notes.pdf", "page.HTM", "sub/deeper/a.TXT", "sub/z.txt" }.Select(n => Path.Combine(_dir, n)).Append(single);
        Assert.Equal(expected, files);
        Assert.Equal(2, skipped);
    }

    private sealed class SyncProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
