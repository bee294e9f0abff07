using System.Text;
using System.Text.Json;
using CampaignText.Export;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using CsvHelper;
using Parquet;
using Parquet.Serialization;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Export;

public sealed class CorpusWriterTests : IDisposable
{
    private const string First = "延庆区创城工作简报\n第 12 期\n2021年7月2日\n【文明创建】\n延庆镇开展环境整治\n全镇清理卫生死角三十余处，出动志愿者1200人次，\"重点\"整治背街小巷, 逗号。\n（延庆区文明办）\n责编：刘晨\n";
    private const string Second = "朝阳区创城工作简报\n第 3 期\n2020年4月24日\n【督查检查】\n区创城办对望京街道开展实地检查，发现问题15个，已整改12个。\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-writers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<BulletinAnalysis> Analyses()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        return [pipeline.Analyze(First, "a/first.txt"), pipeline.Analyze(Second, "b/second.txt")];
    }

    private static async Task WriteAll(ICorpusWriter writer, IEnumerable<BulletinAnalysis> analyses)
    {
        await using (writer)
        {
            foreach (var a in analyses) await writer.WriteAsync(a);
            await writer.CompleteAsync();
        }
    }

    [Fact]
    public async Task CsvRoundTripsEveryTableThroughCsvHelper()
    {
        var analyses = Analyses();
        var rows = analyses.Select(CorpusRows.From).ToList();
        await WriteAll(new CsvCorpusWriter(_dir), analyses);

        var mentions = ReadCsv(Path.Combine(_dir, "mentions.csv"));
        var expected = rows.SelectMany(r => r.Mentions).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, mentions.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Document, mentions[i]["document"]);
            Assert.Equal(expected[i].Kind, mentions[i]["kind"]);
            Assert.Equal(expected[i].Text, mentions[i]["text"]);
            Assert.Equal(expected[i].Start.ToString(System.Globalization.CultureInfo.InvariantCulture), mentions[i]["start"]);
            Assert.Equal(expected[i].Normalized ?? string.Empty, mentions[i]["normalized"]);
            Assert.Equal(expected[i].Type ?? string.Empty, mentions[i]["type"]);
        }

        Assert.Contains(mentions, m => m["kind"] == "quantity" && m["value"] == "1200" && m["unit"] == "人次");

        var paragraphs = ReadCsv(Path.Combine(_dir, "paragraphs.csv"));
        Assert.Equal(rows.SelectMany(r => r.Paragraphs).Select(p => p.Text), paragraphs.Select(p => p["text"]));
        Assert.Contains(paragraphs, p => p["text"].Contains("\"重点\"", StringComparison.Ordinal));

        var documents = ReadCsv(Path.Combine(_dir, "documents.csv"));
        Assert.Equal(["a/first.txt", "b/second.txt"], documents.Select(d => d["document"]));
        Assert.Equal("2021-07-02", documents[0]["date"]);
        Assert.Equal("2021-07", documents[0]["month"]);
        Assert.Equal("延庆区", documents[0]["district"]);
        Assert.Equal(rows.Sum(r => r.Sections.Count), ReadCsv(Path.Combine(_dir, "sections.csv")).Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CsvStartsWithAByteOrderMarkOnlyWhenAsked(bool bom)
    {
        await WriteAll(new CsvCorpusWriter(_dir, bom), Analyses());
        foreach (var table in CorpusRows.TableNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_dir, table + ".csv"));
            Assert.Equal(bom, bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
            var text = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
            Assert.StartsWith("document,", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ParquetRoundTripsEveryTableThroughParquetNet()
    {
        var analyses = Analyses();
        var rows = analyses.Select(CorpusRows.From).ToList();
        // A row group of 3 rows forces several appended row groups per table.
        await WriteAll(new ParquetCorpusWriter(_dir, rowGroupRows: 3), analyses);

        await AssertTable(Path.Combine(_dir, "documents.parquet"), rows.Select(r => r.Document).ToList());
        await AssertTable(Path.Combine(_dir, "sections.parquet"), rows.SelectMany(r => r.Sections).ToList());
        await AssertTable(Path.Combine(_dir, "paragraphs.parquet"), rows.SelectMany(r => r.Paragraphs).ToList());
        await AssertTable(Path.Combine(_dir, "mentions.parquet"), rows.SelectMany(r => r.Mentions).ToList());

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(_dir, "mentions.parquet"));
        Assert.True(reader.RowGroupCount > 1);
        var names = reader.Schema.GetDataFields().Select(f => f.Name).ToList();
        Assert.Equal(["document", "paragraph", "kind", "text", "start", "end", "normalized", "code", "district", "role", "granularity", "relative", "from", "to", "value", "max", "unit", "noun", "approx", "subject", "type", "trigger", "object", "reference", "article_district", "article_district_code", "source_start", "source_end"], names);
    }

    [Fact]
    public async Task ParquetWithNoDocumentsStillHasItsSchema()
    {
        await WriteAll(new ParquetCorpusWriter(_dir), []);
        var back = await ParquetSerializer.DeserializeAsync<MentionRow>(Path.Combine(_dir, "mentions.parquet"));
        Assert.Empty(back.Data);
    }

    [Fact]
    public async Task JsonlWritesOneContractObjectPerBulletinInOrder()
    {
        var path = Path.Combine(_dir, "out.jsonl");
        await WriteAll(new JsonlCorpusWriter(path), Analyses());
        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Equal("a/first.txt", JsonDocument.Parse(lines[0]).RootElement.GetProperty("source").GetString());
        Assert.Equal("b/second.txt", JsonDocument.Parse(lines[1]).RootElement.GetProperty("source").GetString());
        Assert.True(JsonDocument.Parse(lines[0]).RootElement.GetProperty("mentions").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData(CorpusFormat.Csv)]
    [InlineData(CorpusFormat.Parquet)]
    [InlineData(CorpusFormat.Jsonl)]
    public async Task AWriterDisposedBeforeCompletionLeavesNoFileAndKeepsEarlierOutput(CorpusFormat format)
    {
        var target = format == CorpusFormat.Jsonl ? Path.Combine(_dir, "out.jsonl") : Path.Combine(_dir, "out");
        await WriteAll(CorpusWriter.Open(format, target), Analyses().Take(1));
        var before = Snapshot();

        await using (var writer = CorpusWriter.Open(format, target))
        {
            foreach (var a in Analyses()) await writer.WriteAsync(a);
        }

        Assert.Equal(before, Snapshot());
        Assert.DoesNotContain(Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task AssertTable<T>(string path, IReadOnlyList<T> expected)
        where T : class, new()
    {
        Assert.NotEmpty(expected);
        var back = await ParquetSerializer.DeserializeAsync<T>(path);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(back.Data));
    }

    [Theory]
    [InlineData(CorpusFormat.Csv, "csv")]
    [InlineData(CorpusFormat.Parquet, "parquet")]
    public async Task ATableSetIsReplacedAsOneUnitOrNotAtAll(CorpusFormat format, string ext)
    {
        var analyses = Analyses();
        await WriteAll(CorpusWriter.Open(format, _dir), analyses.Take(1));
        var before = CorpusRows.TableNames.ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(_dir, $"{t}.{ext}")));

        // The third table cannot be put in place: a folder holds its name.
        File.Delete(Path.Combine(_dir, $"paragraphs.{ext}"));
        Directory.CreateDirectory(Path.Combine(_dir, $"paragraphs.{ext}", "in-the-way"));
        await Assert.ThrowsAnyAsync<IOException>(() => WriteAll(CorpusWriter.Open(format, _dir), analyses));

        foreach (string table in CorpusRows.TableNames.Where(t => t != "paragraphs"))
        {
            Assert.Equal(before[table], File.ReadAllBytes(Path.Combine(_dir, $"{table}.{ext}")));
        }

        Assert.Empty(Directory.EnumerateFiles(_dir, ".*"));
    }

    [Fact]
    public async Task TemporaryFilesOfAKilledRunAreRemovedByTheNext()
    {
        // A process id far above any a system hands out, so it runs nothing.
        string stale = Path.Combine(_dir, $".documents.csv.2147483000.{Guid.NewGuid():N}.tmp");
        string other = Path.Combine(_dir, $".documents.csv.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(stale, "half a table");
        File.WriteAllText(other, "a table being written now");
        await WriteAll(new CsvCorpusWriter(_dir), Analyses());
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(other));
        File.Delete(other);
        Assert.Empty(Directory.EnumerateFiles(_dir, ".*"));
    }

    [Theory]
    [InlineData(CorpusFormat.Csv)]
    [InlineData(CorpusFormat.Parquet)]
    [InlineData(CorpusFormat.Jsonl)]
    public async Task AWriterDisposedWithoutCompletingLeavesNothing(CorpusFormat format)
    {
        string target = format == CorpusFormat.Jsonl ? Path.Combine(_dir, "out.jsonl") : _dir;
        await using (var writer = CorpusWriter.Open(format, target))
        {
            foreach (var a in Analyses()) await writer.WriteAsync(a);
        }

        Assert.Empty(Directory.EnumerateFiles(_dir));
    }

    /// <summary>CSV cells that look like formulas are neutralised.</summary>
    [SpecTheory(Extension = "tsv")]
    public void CsvCells(string id)
    {
        var (line, c) = SpecCases.Row(typeof(CorpusWriterTests), nameof(CsvCells), id, 2);
        var (input, expected) = (c[0], c[1]);
        Assert.True(expected == CsvCorpusWriter.SafeCell(input), $"csv-cells.tsv line {line}: «{input}» → «{CsvCorpusWriter.SafeCell(input)}»");
    }

    [Fact]
    public async Task WrittenCsvCarriesNoFormula()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        var analysis = pipeline.Analyze("=HYPERLINK(\"http://example.cn\",\"点击\")\n@SUM(1+1)\n朝阳区开展环境整治。\n", "=1+1.txt");
        await WriteAll(new CsvCorpusWriter(_dir), [analysis]);
        foreach (string table in CorpusRows.TableNames)
        {
            foreach (var row in ReadCsv(Path.Combine(_dir, table + ".csv")))
            {
                foreach (var (column, value) in row)
                {
                    Assert.False(value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r', $"{table}.{column}: {value}");
                }
            }
        }

        Assert.Equal("'=1+1.txt", ReadCsv(Path.Combine(_dir, "documents.csv"))[0]["document"]);
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var csv = CsvReader.FromFile(path);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in header) row[name] = csv.GetString(name);
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void EveryFormatIsRegisteredOnceWithItsName()
    {
        Assert.Equal(Enum.GetValues<CorpusFormat>(), CorpusWriter.Formats);
        Assert.Equal(["jsonl", "csv", "parquet"], CorpusWriter.Formats.Select(CorpusWriter.NameOf));
        foreach (var format in CorpusWriter.Formats)
        {
            Assert.True(CorpusWriter.TryParse(CorpusWriter.NameOf(format), out var parsed));
            Assert.Equal(format, parsed);
        }

        Assert.False(CorpusWriter.TryParse("xml", out _));
        Assert.False(CorpusWriter.TryParse("CSV", out _));
        Assert.False(CorpusWriter.WritesDirectory(CorpusFormat.Jsonl));
        Assert.True(CorpusWriter.WritesDirectory(CorpusFormat.Parquet));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusWriter.Open((CorpusFormat)99, _dir));
    }
}
