using CampaignText.Export.Sqlite;
using CampaignText.Pipeline;
using Microsoft.Data.Sqlite;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Export;

/// <summary>
/// The index searches a copy of each paragraph folded to simplified script, so either script finds either, while
/// hits show the paragraph as written; an index of an older schema asks to be built again.
/// </summary>
public sealed class IndexSearchFoldingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-folding-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [SpecTheory]
    public void SearchFolding(string id)
    {
        var c = SpecCases.Find(typeof(IndexSearchFoldingTests), nameof(SearchFolding), id);
        string paragraph = c["paragraph"]!.GetValue<string>();
        var analysis = CampaignPipeline.CreateDefault().Analyze($"东城区创城简报\n第 1 期\n2021年5月10日\n【工作动态】\n{paragraph}\n", Path.Combine(_dir, "b.txt"));
        Assert.Contains(analysis.Document.Sections.SelectMany(s => s.Articles).SelectMany(a => a.Paragraphs), p => p.Text == paragraph);
        using var index = CorpusIndex.Open(Path.Combine(_dir, "c.db"), create: true);
        index.Store(analysis, "0");

        var query = new SearchQuery(c["query"]!.GetValue<string>()) { Context = 3, EveryOccurrence = c["every"]?.GetValue<bool>() ?? false };
        var hits = index.Search(query);
        Assert.Equal(c["hits"]!.AsArray().Select(h => h!.GetValue<string>()), hits.Select(h => h.Match));
        Assert.All(hits, h => Assert.Contains(h.Left + h.Match + h.Right, paragraph, StringComparison.Ordinal));
        Assert.Equal(c["count"]!.GetValue<int>(), index.CountHits(query));
    }

    [Fact]
    public void AnIndexOfTheEarlierSchemaAsksToBeBuiltAgain()
    {
        string db = Path.Combine(_dir, "old.db");
        using (var index = CorpusIndex.Open(db, create: true))
        {
            index.Store(CampaignPipeline.CreateDefault().Analyze("東城區開展環境整治。\n", Path.Combine(_dir, "a.txt")), "0");
        }

        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            using var cmd = raw.CreateCommand();
            cmd.CommandText = $"UPDATE meta SET value = '{CorpusIndex.SchemaVersion - 1}' WHERE key = 'schema'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }

        var ex = Assert.Throws<CampaignTextException>(() => CorpusIndex.Open(db));
        Assert.Contains($"index schema version {CorpusIndex.SchemaVersion - 1}, expected {CorpusIndex.SchemaVersion}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("re-index", ex.Message, StringComparison.Ordinal);
        Assert.Contains("old.db", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }
}
