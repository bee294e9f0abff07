using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using CampaignText.Cli.Commands;

namespace CampaignText.Tests.Cli;

/// <summary>
/// Bad files given to <c>analyze</c> next to a good one: each bad file gets one line on stderr naming the file
/// and the problem, the exit code is 2, and the good file is still analysed.
/// </summary>
public sealed class AnalyzeBadInputTests : IDisposable
{
    private const string Bulletin = "密云区创城工作简报\n第 5 期\n2021年3月2日\n【文明创建】\n檀营地区开展环境整治\n清理卫生死角二十余处。\n（密云区文明办）\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private string Good()
    {
        string path = PathOf("good.txt");
        File.WriteAllText(path, Bulletin);
        return path;
    }

    /// <summary>Runs analyze on the bad file and a good one; returns the stderr line about the bad file.</summary>
    private static string ProblemOf(string bad, string good)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = AnalyzeCommand.Run([bad, good], "jsonl", output, error);
        Assert.Equal(2, code);
        string[] errors = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string line = Assert.Single(errors);
        Assert.StartsWith(bad + ": ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var analysed = JsonNode.Parse(Assert.Single(lines))!;
        Assert.Equal(good, analysed["source"]!.GetValue<string>());
        Assert.Equal(5, analysed["issue"]!.GetValue<int>());
        return line[(bad.Length + 2)..];
    }

    [Fact]
    public void EmptyFile()
    {
        string bad = PathOf("empty.txt");
        File.WriteAllBytes(bad, []);
        Assert.Equal("empty file", ProblemOf(bad, Good()));
    }

    [Fact]
    public void PngImage()
    {
        string bad = PathOf("photo.png");
        File.WriteAllBytes(bad, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
        Assert.Contains("PNG", ProblemOf(bad, Good()), StringComparison.Ordinal);

        // The same bytes under a text name are still refused.
        string renamed = PathOf("photo.txt");
        File.Copy(bad, renamed);
        Assert.Contains("PNG", ProblemOf(renamed, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8()
    {
        string bad = PathOf("broken.txt");
        byte[] start = Encoding.UTF8.GetBytes("区创城办召开调度会");
        File.WriteAllBytes(bad, [.. start, 0x80, 0xFE, 0xFF, 0xC3, 0x28, .. start]);
        string problem = ProblemOf(bad, Good());
        Assert.Contains("UTF-8", problem, StringComparison.Ordinal);
        Assert.Contains("offset", problem, StringComparison.Ordinal);

        // A good bulletin cut inside its last character.
        string cut = PathOf("cut.txt");
        byte[] whole = Encoding.UTF8.GetBytes(Bulletin + "区创城办");
        File.WriteAllBytes(cut, whole[..^1]);
        Assert.Contains($"offset {whole.Length - 3}", ProblemOf(cut, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedDocx()
    {
        string docx = Directory.GetFiles(Path.Combine(SpecFiles.RepoRoot, "corpus"), "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        byte[] bytes = File.ReadAllBytes(docx);
        string bad = PathOf("cut.docx");
        File.WriteAllBytes(bad, bytes[..(bytes.Length / 2)]);
        Assert.Contains("docx", ProblemOf(bad, Good()), StringComparison.Ordinal);

        // A .docx that is no zip at all.
        string text = PathOf("plain.docx");
        File.WriteAllText(text, Bulletin);
        Assert.Contains("docx", ProblemOf(text, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void DocxThatWouldDecompressPastTheLimit()
    {
        string bad = PathOf("bomb.docx");
        using (var zip = ZipFile.Open(bad, ZipArchiveMode.Create))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            byte[] block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (int i = 0; i < 80; i++) part.Write(block);
        }

        Assert.True(new FileInfo(bad).Length < 2 * 1024 * 1024, "the archive itself is small");
        Assert.Contains("zip bomb", ProblemOf(bad, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabyteTextFile()
    {
        string bad = PathOf("huge.txt");
        const string line = "东城区开展文明创建志愿服务活动，参与群众123人，整改问题45处。\n";
        long target = 50L * 1024 * 1024;
        using (var writer = new StreamWriter(bad, false, new UTF8Encoding(false), 1 << 16))
        {
            int lineBytes = Encoding.UTF8.GetByteCount(line);
            for (long written = 0; written < target; written += lineBytes) writer.Write(line);
        }

        string problem = ProblemOf(bad, Good());
        Assert.Contains("MaxTextFileBytes", problem, StringComparison.Ordinal);
        Assert.Contains($"{new FileInfo(bad).Length} bytes", problem, StringComparison.Ordinal);
    }

    private static string PdfFixture(string name) => SpecFiles.PathOf(Path.Combine("Text", "pdf", name));

    [Fact]
    public void ScannedPdf()
    {
        string bad = PathOf("scan.pdf");
        File.Copy(PdfFixture("scanned.pdf"), bad);
        Assert.StartsWith("no text layer (scanned?)", ProblemOf(bad, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedPdf()
    {
        string bad = PathOf("locked.pdf");
        File.WriteAllBytes(bad, CampaignText.Tests.Text.PdfReadingTests.EncryptedPdf());
        Assert.StartsWith("encrypted PDF (password protected)", ProblemOf(bad, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedPdf()
    {
        byte[] bytes = File.ReadAllBytes(PdfFixture("bulletin.pdf"));
        string bad = PathOf("cut.pdf");
        File.WriteAllBytes(bad, bytes[..(bytes.Length * 2 / 3)]);
        Assert.StartsWith("corrupt PDF: ", ProblemOf(bad, Good()), StringComparison.Ordinal);
    }

    [Fact]
    public void TwentyMegabyteHtml()
    {
        string bad = PathOf("huge.html");
        using (var writer = new StreamWriter(bad, false, new UTF8Encoding(false), 1 << 16))
        {
            const string para = "<p>东城区开展文明创建志愿服务活动，参与群众123人，整改问题45处。</p>\n";
            int paraBytes = Encoding.UTF8.GetByteCount(para);
            for (long written = 0; written < 20L * 1024 * 1024; written += paraBytes) writer.Write(para);
        }

        string problem = ProblemOf(bad, Good());
        Assert.Contains("MaxHtmlBytes", problem, StringComparison.Ordinal);
        Assert.Contains($"{new FileInfo(bad).Length} bytes", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NavigationOnlyPageIsAnalysedWithAWarning()
    {
        string page = PathOf("menu.html");
        File.WriteAllText(page, "<html><body><nav><a href=\"/\">首页</a></nav><ul><li><a href=\"/a\">工作动态</a></li><li><a href=\"/b\">创城简报</a></li></ul></body></html>");
        string good = Good();
        var output = new StringWriter();
        var error = new StringWriter();
        int code = AnalyzeCommand.Run([page, good], "jsonl", output, error);
        Assert.Equal(0, code);
        Assert.Equal(page + ": no text found", error.ToString().Trim());
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var empty = JsonNode.Parse(lines[0])!;
        Assert.Equal(page, empty["source"]!.GetValue<string>());
        Assert.Empty(empty["sections"]!.AsArray().SelectMany(s => s!["articles"]!.AsArray()).SelectMany(a => a!["paragraphs"]!.AsArray()));
        Assert.Equal(5, JsonNode.Parse(lines[1])!["issue"]!.GetValue<int>());
    }

    [Fact]
    public void HtmlAndPdfBulletinsAreAnalysed()
    {
        string pdf = PathOf("bulletin.pdf");
        File.Copy(PdfFixture("bulletin.pdf"), pdf);
        string html = PathOf("bulletin.html");
        File.WriteAllText(html, "<html><body><nav><a href=\"/\">首页</a><a href=\"/a\">动态</a></nav><div id=\"zoom\">" +
            string.Concat(Bulletin.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => $"<p>{l}</p>")) + "</div></body></html>");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, AnalyzeCommand.Run([pdf, html], "jsonl", output, error));
        Assert.Equal("", error.ToString());
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, JsonNode.Parse(lines[0])!["issue"]!.GetValue<int>());
        Assert.Equal(5, JsonNode.Parse(lines[1])!["issue"]!.GetValue<int>());
        Assert.Contains("檀营地区开展环境整治", lines[1], StringComparison.Ordinal);
    }
}
