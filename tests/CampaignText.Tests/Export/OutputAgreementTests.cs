using System.Globalization;
using System.Text.Json;
using CampaignText.Export;
using CampaignText.Export.Sqlite;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Parquet;
using Parquet.Serialization;

namespace CampaignText.Tests.Export;

/// <summary>
/// The four outputs of one corpus agree column for column: CSV headers, Parquet fields and SQLite columns are the
/// row types' columns in the same order, every cell holds the same value in all of them, and the paragraphs and
/// mentions of the JSON Lines file carry the same values under the same (camelCase) names.
/// </summary>
public sealed class OutputAgreementTests : IDisposable
{
    private static readonly string[] Files =
    [
        "corpus/2021/chaoyang-2021-233.txt",
        "corpus/2021/fengtai-2021-022.txt",
        "corpus/2018/dalian-shahekou-2018-news.md",
        "corpus/2018/harbin-daoli-2018-epaper.html",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-agreement-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task JsonlCsvParquetAndSqliteAgreeColumnForColumn()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        var analyses = Files.Select(f => pipeline.AnalyzeFile(Path.Combine(SpecFiles.RepoRoot, f))).ToList();
        var rows = analyses.Select(CorpusRows.From).ToList();
        Assert.True(rows.Sum(r => r.Mentions.Count) > 50, "the sample should have mentions of many kinds");
        Assert.True(rows.SelectMany(r => r.Mentions).Select(m => m.Kind).Distinct().Count() >= 7);

        string jsonl = Path.Combine(_dir, "corpus.jsonl");
        await WriteAll(new JsonlCorpusWriter(jsonl), analyses);
        await WriteAll(new CsvCorpusWriter(Path.Combine(_dir, "csv")), analyses);
        await WriteAll(new ParquetCorpusWriter(Path.Combine(_dir, "parquet")), analyses);
        string db = Path.Combine(_dir, "corpus.db");
        using (var index = CorpusIndex.Open(db, create: true))
        {
            foreach (var a in analyses) index.Store(a, "0");
        }

        await Agree(rows.Select(r => r.Document).ToList(), "documents", db);
        await Agree(rows.SelectMany(r => r.Sections).ToList(), "sections", db);
        await Agree(rows.SelectMany(r => r.Paragraphs).ToList(), "paragraphs", db);
        await Agree(rows.SelectMany(r => r.Mentions).ToList(), "mentions", db);

        // JSON Lines: every paragraph and mention key names a column (camelCase of it), with the column's value.
        var paragraphs = rows.SelectMany(r => r.Paragraphs).ToList();
        var mentions = rows.SelectMany(r => r.Mentions).ToList();
        int p = 0, m = 0;
        foreach (string line in File.ReadLines(jsonl))
        {
            using var doc = JsonDocument.Parse(line);
            foreach (var section in doc.RootElement.GetProperty("sections").EnumerateArray())
            {
                foreach (var article in section.GetProperty("articles").EnumerateArray())
                {
                    foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
                    {
                        SameValues(paragraph, paragraphs[p++], new() { ["index"] = "paragraph" });
                    }
                }
            }

            foreach (var mention in doc.RootElement.GetProperty("mentions").EnumerateArray()) SameValues(mention, mentions[m++], []);
        }

        Assert.Equal(paragraphs.Count, p);
        Assert.Equal(mentions.Count, m);
    }

    private static async Task WriteAll(ICorpusWriter writer, IEnumerable<BulletinAnalysis> analyses)
    {
        await using (writer)
        {
            foreach (var a in analyses) await writer.WriteAsync(a);
            await writer.CompleteAsync();
        }
    }

    private async Task Agree<T>(IReadOnlyList<T> expected, string table, string db)
        where T : class, new()
    {
        var names = TableColumns<T>.Names;
        var cells = expected.Select(row => Enumerable.Range(0, names.Length).Select(i => TableColumns<T>.Text(row, i)).ToArray()).ToList();

        // CSV: the header, then every cell (empty for null; formula-like text neutralised as the writer does).
        using (var csv = CsvReader.FromFile(Path.Combine(_dir, "csv", table + ".csv")))
        {
            csv.ReadHeader();
            Assert.Equal(names, csv.Headers);
            int r = 0;
            while (csv.Read())
            {
                for (int i = 0; i < names.Length; i++)
                {
                    string want = cells[r][i] is { } c ? CsvCorpusWriter.SafeCell(c) : string.Empty;
                    string got = csv.GetString(names[i]);
                    Assert.True(want == got, $"{table}.csv row {r} {names[i]}: «{got}», expected «{want}»");
                }

                r++;
            }

            Assert.Equal(expected.Count, r);
        }

        // Parquet: the fields, then the rows read back.
        string parquet = Path.Combine(_dir, "parquet", table + ".parquet");
        await using (var reader = await ParquetReader.CreateAsync(parquet))
        {
            Assert.Equal(names, reader.Schema.GetDataFields().Select(f => f.Name));
        }

        var back = (await ParquetSerializer.DeserializeAsync<T>(parquet)).Data;
        Assert.Equal(expected.Count, back.Count);
        for (int r = 0; r < back.Count; r++)
        {
            for (int i = 0; i < names.Length; i++) Assert.True(cells[r][i] == TableColumns<T>.Text(back[r], i), $"{table}.parquet row {r} {names[i]}");
        }

        // SQLite: the same columns in the same order (doc_id in place of document, plus the index's own id and sha256).
        using var sqlite = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        sqlite.Open();
        var columns = new List<string>();
        using (var info = sqlite.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            using var reader = info.ExecuteReader();
            while (reader.Read()) columns.Add(reader.GetString(0));
        }

        var own = new[] { "id", "doc_id", "sha256" };
        var rowColumns = table == "documents" ? names : [.. names.Where(n => n != "document")];
        Assert.Equal(rowColumns, columns.Where(c => !own.Contains(c)));

        using var select = sqlite.CreateCommand();
        string document = table == "documents" ? "t.document" : "d.document";
        string join = table == "documents" ? "" : " JOIN documents d ON d.id = t.doc_id";
        select.CommandText = $"SELECT {string.Join(", ", names.Select(n => n == "document" ? document : "t.\"" + n + "\""))} FROM {table} t{join} ORDER BY t.rowid";
        using var rows = select.ExecuteReader();
        int k = 0;
        while (rows.Read())
        {
            for (int i = 0; i < names.Length; i++)
            {
                string? got = rows.IsDBNull(i) ? null : rows.GetValue(i) switch
                {
                    long n when TableColumns<T>.Properties[i].PropertyType == typeof(bool?) || TableColumns<T>.Properties[i].PropertyType == typeof(bool) => n != 0 ? "true" : "false",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    var o => Convert.ToString(o, CultureInfo.InvariantCulture),
                };
                Assert.True(cells[k][i] == got, $"{table} in SQLite row {k} {names[i]}: «{got}», expected «{cells[k][i]}»");
            }

            k++;
        }

        Assert.Equal(expected.Count, k);
    }

    private static void SameValues<T>(JsonElement json, T row, Dictionary<string, string> renamed)
    {
        var names = TableColumns<T>.Names;
        foreach (var property in json.EnumerateObject())
        {
            string column = renamed.GetValueOrDefault(property.Name) ?? SnakeCase(property.Name);
            int i = Array.IndexOf(names, column);
            Assert.True(i >= 0, $"JSON key {property.Name} has no column {column} in {typeof(T).Name}");
            string? cell = TableColumns<T>.Text(row, i);
            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => property.Value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                _ => property.Value.GetString(),
            };
            if (property.Value.ValueKind == JsonValueKind.Number && cell is not null) cell = double.Parse(cell, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
            Assert.True(value == cell, $"{typeof(T).Name} {property.Name}: JSON «{value}», column «{cell}»");
        }
    }

    private static string SnakeCase(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
