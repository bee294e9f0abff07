using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using CampaignText.Extraction;
using CampaignText.Pipeline;
using CampaignText.Text;

namespace CampaignText.Benchmarks;

/// <summary>
/// Inputs built to hurt, timed: one paragraph of about a million characters with no sentence punctuation
/// (its time grows with its length, not its square), 300,000 ASCII letters (the address pattern), and a .docx
/// whose document.xml inflates to 63 MB (refused by the text limit while it streams).
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private readonly CampaignPipeline _pipeline = CampaignPipeline.CreateDefault();
    private readonly DocumentReader _reader = new();
    private string _longLine = string.Empty;
    private string _letters = string.Empty;
    private byte[] _bomb = [];

    /// <summary>Characters in the long paragraph (350,000 is about 1 MiB of UTF-8).</summary>
    [Params(250_000, 350_000, 1_000_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const string unit = "朝阳区建外街道组织志愿者300人清理河道2020年5月";
        _longLine = string.Concat(Enumerable.Repeat(unit, Length / unit.Length));
        _letters = new string('a', 300_000);
        _bomb = DocxBomb(63_000_000);
    }

    [Benchmark]
    public int AnalyzeLongParagraph() => _pipeline.Analyze(_longLine, "long.txt").Mentions.Count;

    /// <summary>
    /// Mention extraction alone over the same paragraph: the Allocated column is the stage's garbage (at 1 MiB of
    /// UTF-8, about 350,000 characters, it fell from about 1.1 GB to about 0.12 GB when earlier districts came to be
    /// looked up by code instead of being copied per mention).
    /// </summary>
    [Benchmark]
    public int ExtractLongParagraph() => MentionExtractor.Default.Extract(_longLine, null).Count;

    [Benchmark]
    public int AnalyzeAsciiRun() => _pipeline.Analyze(_letters, "letters.txt").Mentions.Count;

    [Benchmark]
    public string RefuseDocxBomb()
    {
        try
        {
            return _reader.Read(new MemoryStream(_bomb, writable: false), "bomb.docx").Text;
        }
        catch (CampaignTextException ex)
        {
            return ex.Message;
        }
    }

    private static byte[] DocxBomb(long size)
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                s.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using Stream doc = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            byte[] para = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>" + string.Concat(Enumerable.Repeat("文明城市", 16)) + "</w:t></w:r></w:p>");
            doc.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{w}\"><w:body>"));
            for (long written = 0; written + para.Length < size; written += para.Length) doc.Write(para);
            doc.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        }

        return ms.ToArray();
    }
}
