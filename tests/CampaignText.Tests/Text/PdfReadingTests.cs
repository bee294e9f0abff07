using System.Text;
using CampaignText.Text;

namespace CampaignText.Tests.Text;

/// <summary>
/// PDF input, on fixtures written by scripts/corpus/make_pdf.py (regenerate them with
/// scripts/corpus/make_pdf_fixtures.py): a Type0/Identity-H font with a ToUnicode map and no embedded
/// font program, as many bulletins published as PDF are.
/// </summary>
[UsesSpecFiles("Text/pdf/*.pdf")]
public class PdfReadingTests
{
    private static readonly DocumentReader Reader = new(new DocumentReaderOptions { Normalize = false });

    private static string Fixture(string name) => SpecFiles.PathOf(Path.Combine("Text", "pdf", name));

    private static SourceText ReadFixture(string name) => Reader.Read(Fixture(name));

    private static CampaignTextException Refused(byte[] bytes, string name = "bulletin.pdf") =>
        Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bytes), name));

    private const string BulletinText =
        "东城区创建全国文明城区工作简报\n" +
        "第 5 期\n" +
        "东城区创建全国文明城区工作领导小组办公室\n" +
        "2021年3月2日\n" +
        "\n" +
        "【文明创建】\n" +
        "\n" +
        "东城区召开全国文明城区创建推进会\n" +
        "\n" +
        "3月1日，东城区召开全国文明城区创建推进会，区委常委、宣传部部长出席会议并讲话。会议总结了2020年创建工作，部署了今年重点任务。\n" +
        "\n" +
        "会议要求，各街道要对照测评体系查漏补缺，确保各项指标全面达标；要发挥志愿者作用，组织“文明引导”志愿服务队伍300余支，做到问题不过夜、整改不反弹。\n" +
        "\n" +
        "会议还通报了第一季度实地检查情况，共检查点位612个，发现问题2140处，整改完成率为91.2%。WiFi 覆盖和 ETC 车道建设同步推进。\n" +
        "\n" +
        "（东城区文明办）\n" +
        "\n" +
        "【简讯】\n" +
        "\n" +
        "【文明实践】 和平里街道：近日，在𠀾园社区开展“邻里节”主题实践活动，组织居民志愿者清理楼道杂物，发放宣传册300余份。\n" +
        "\n" +
        "【志愿服务】 团区委：组织120余名青年志愿者开展文明游园引导。\n" +
        "\n" +
        "责编：张明远　核稿：李思\n" +
        "报：首都文明办\n";

    [Fact]
    public void ReadsTheTextLayerInReadingOrder()
    {
        SourceText text = ReadFixture("bulletin.pdf");
        Assert.Equal(SourceFormat.Pdf, text.Format);
        Assert.Null(text.EncodingName);
        Assert.Equal(BulletinText, text.Text);
        Assert.Equal(text.Text, text.Original);
    }

    [Fact]
    public void EveryCharacterComesBackIncludingOnesOutsideTheBmp()
    {
        string text = ReadFixture("bulletin.pdf").Text;
        Assert.Contains("在𠀾园社区", text, StringComparison.Ordinal);
        Assert.Contains("“文明引导”", text, StringComparison.Ordinal);
        Assert.Contains("91.2%。WiFi 覆盖和 ETC 车道", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunningHeaderAndPageNumbersAreDroppedButTheMastheadStays()
    {
        string text = ReadFixture("bulletin.pdf").Text;
        // The running header has the masthead's words; only the masthead line (at another height) is left.
        Assert.Single(text.Split('\n'), l => l == "东城区创建全国文明城区工作简报");
        Assert.StartsWith("东城区创建全国文明城区工作简报\n第 5 期\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 1 -", text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 3 -", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SentenceCutByAPageBreakReadsOn()
    {
        string text = ReadFixture("bulletin.pdf").Text;
        // The page ends inside a sentence at the right margin: the line goes on across the page break.
        Assert.Contains("确保各项指标全面达标；", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstLineIndentsStartParagraphsAndWrappedLinesAreJoined()
    {
        string text = ReadFixture("bulletin.pdf").Text;
        Assert.Contains("部署了今年重点任务。\n\n会议要求", text, StringComparison.Ordinal);
        Assert.Contains("推进会\n\n3月1日", text, StringComparison.Ordinal);
        // A line wrapped at the right margin is joined to the next, without a space between CJK characters.
        Assert.Contains("宣传部部长出席会议并讲话。会议总结了2020年创建工作，部署了今年重点任务。\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page-numbers-dash.pdf")]
    [InlineData("page-numbers-plain.pdf")]
    [InlineData("page-numbers-cn.pdf")]
    [InlineData("page-numbers-cn-total.pdf")]
    [InlineData("page-numbers-slash.pdf")]
    public void PageNumberLinesOfEveryStyleAreDropped(string name)
    {
        // The first page ends inside a sentence at the right margin: it reads on across the page break.
        const string expected =
            "东城区各街道开展环境整治，清理卫生死角二十余处。\n" +
            "\n" +
            "交道口街道组织志愿者开展垃圾分类宣传，入户发放宣传材料。\n" +
            "\n" +
            "景山街道完成背街小巷整治。\n" +
            "\n" +
            "朝阳门街道开展文明养犬宣传。\n";
        Assert.Equal(expected, ReadFixture(name).Text);
    }

    [Fact]
    public void ParsesIntoTheBulletinStructure()
    {
        var analysis = CampaignText.Pipeline.CampaignPipeline.CreateDefault().AnalyzeFile(Fixture("bulletin.pdf"));
        var document = analysis.Document;
        Assert.Equal(5, document.Masthead.Issue);
        var paragraphs = document.Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("会议要求", StringComparison.Ordinal) && p.Contains("全面达标；", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfContentIsReadAsPdfWhateverTheName()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("bulletin.pdf"));
        SourceText text = Reader.Read(new MemoryStream(bytes), "download.txt");
        Assert.Equal(SourceFormat.Pdf, text.Format);
        Assert.Equal(BulletinText, text.Text);
    }

    [Fact]
    public void ScannedPdfHasNoTextLayer()
    {
        var ex = Assert.Throws<CampaignTextException>(() => ReadFixture("scanned.pdf"));
        Assert.Contains("no text layer (scanned?)", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(Fixture("scanned.pdf") + ": ", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A minimal PDF whose trailer names an /Encrypt dictionary (RC4, 40 bits) with a user password set.</summary>
    internal static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 16 >>\nstream\n0123456789abcdef\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 " +
            "/O <0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF> " +
            "/U <FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210> >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        int xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int off in offsets) sb.Append($"{off:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R " +
                  "/ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n" +
                  $"startxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    [Fact]
    public void EncryptedPdfIsRefusedClearly()
    {
        var ex = Refused(EncryptedPdf(), "locked.pdf");
        Assert.StartsWith("locked.pdf: encrypted PDF (password protected)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedPdfIsCorrupt()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("bulletin.pdf"));
        var ex = Refused(bytes[..(bytes.Length / 2)], "cut.pdf");
        Assert.StartsWith("cut.pdf: corrupt PDF: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageAfterThePdfHeaderIsCorrupt()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 3000) + "\n%%EOF\n");
        var ex = Refused(bytes, "junk.pdf");
        Assert.StartsWith("junk.pdf: corrupt PDF: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfExtensionOnTextIsRefused()
    {
        var ex = Refused(Encoding.UTF8.GetBytes("东城区创建全国文明城区工作简报\n"), "misnamed.pdf");
        Assert.Contains("not a PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxPdfBytes = 1000 });
        string path = Fixture("bulletin.pdf");
        var ex = Assert.Throws<CampaignTextException>(() => reader.Read(path));
        Assert.Contains($"PDF file is {new FileInfo(path).Length} bytes, over the limit of 1000 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MaxPdfBytes", ex.Message, StringComparison.Ordinal);

        // The same from a stream that cannot seek.
        var unseekable = Assert.Throws<CampaignTextException>(() => reader.Read(new UnseekableStream(File.ReadAllBytes(path)), "b.pdf"));
        Assert.Contains("MaxPdfBytes", unseekable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractedTextIsHeldToTheTextLimit()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxTextFileBytes = 2000 });
        var ex = Assert.Throws<CampaignTextException>(() => reader.Read(Fixture("fifty-pages.pdf")));
        Assert.Contains("MaxTextFileBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyPagesReadCompletely()
    {
        // How fast is measured in ReaderBenchmarks.ReadPdf50Pages, not here.
        SourceText text = Reader.Read(Fixture("fifty-pages.pdf"));
        Assert.True(text.Text.Length > 40_000);
        Assert.DoesNotContain("东城区创建全国文明城区工作简报", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- 50 -", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriterIsDeterministic()
    {
        // make_pdf.py promises the same bytes for the same input: the committed fixture carries a fixed /ID.
        string pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Fixture("bulletin.pdf")));
        Assert.Contains("/ID [<", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/CreationDate", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/FontFile", pdf, StringComparison.Ordinal);
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
