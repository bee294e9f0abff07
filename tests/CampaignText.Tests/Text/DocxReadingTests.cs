using System.IO.Compression;
using System.Text;
using CampaignText.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace CampaignText.Tests.Text;

public class DocxReadingTests
{
    private static readonly DocumentReader Reader = new();

    private static Paragraph Para(params OpenXmlElement[] runContent) => new(new Run(runContent));

    private static Paragraph Para(string text) => new(new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(params string[] paragraphs) => new(paragraphs.Select(p => (OpenXmlElement)Para(p)));

    /// <summary>A bulletin-like document: title, paragraphs, a line break, a table and a header.</summary>
    private static byte[] BuildDocx()
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = doc.AddMainDocumentPart();
            HeaderPart header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("页眉不应出现"));
            string headerId = main.GetIdOfPart(header);
            main.Document = new Document(new Body(
                Para("全国文明城区创建工作简报"),
                Para("第 ７ 期"),
                new Paragraph(
                    new Run(new WText("东城区召开推进会，") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new Bold()), new WText("各街道")),
                    new Run(new WText("参加。"))),
                Para(new WText("第一行"), new Break(), new WText("第二行")),
                Para(new WText("姓名"), new TabChar(), new WText("张明远")),
                new Paragraph(),
                new Table(
                    new TableRow(Cell("区"), Cell("整改问题"), Cell("志愿者")),
                    new TableRow(Cell("东城"), Cell("４５"), Cell("1200", "人次"))),
                Para("（区文明办供稿）"),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId })));
        }

        return ms.ToArray();
    }

    [Fact]
    public void ReadsParagraphsAndTableRowsInOrder()
    {
        SourceText text = Reader.Read(new MemoryStream(BuildDocx()), "简报.docx");
        Assert.Equal(SourceFormat.Docx, text.Format);
        Assert.Null(text.EncodingName);
        const string expected =
            "全国文明城区创建工作简报\n第 ７ 期\n东城区召开推进会，各街道参加。\n第一行\n第二行\n姓名\t张明远\n\n" +
            "区\t整改问题\t志愿者\n东城\t４５\t1200 人次\n（区文明办供稿）\n";
        Assert.Equal(expected, text.Original);
        Assert.Equal(expected.Replace("７", "7").Replace("４５", "45"), text.Text);
        Assert.DoesNotContain("页眉", text.Text);
        int at = text.Text.IndexOf("45", StringComparison.Ordinal);
        Assert.Equal("４５", text.OriginalSlice(new TextSpan(at, at + 2)));
    }

    [Fact]
    public void DetectsDocxByContentWhateverTheName()
    {
        SourceText text = Reader.Read(new MemoryStream(BuildDocx()), "download");
        Assert.Equal(SourceFormat.Docx, text.Format);
        Assert.StartsWith("全国文明城区创建工作简报\n", text.Text);
    }

    [Fact]
    public void ReadsDocxFromDisk()
    {
        string dir = Directory.CreateTempSubdirectory("ct-docx-").FullName;
        try
        {
            string path = Path.Combine(dir, "b.docx");
            File.WriteAllBytes(path, BuildDocx());
            Assert.Contains("东城\t45\t1200 人次\n", Reader.Read(path).Text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.1)]
    public void RefusesTruncatedDocx(double keep)
    {
        byte[] full = BuildDocx();
        byte[] cut = full[..(int)(full.Length * keep)];
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(cut), "cut.docx"));
        Assert.Equal("cut.docx", ex.File);
        Assert.Contains("corrupt or truncated .docx", ex.Message);
    }

    [Fact]
    public void RefusesDocxWithBrokenXml()
    {
        byte[] bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)),
            ("word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"" + WNs + "\"><w:body><w:p>")));
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bytes), "broken.docx"));
        Assert.Contains("corrupt or truncated .docx", ex.Message);
    }

    [Fact]
    public void RefusesZipThatIsNotADocx()
    {
        byte[] bytes = Zip(("notes.txt", Encoding.UTF8.GetBytes("东城区")));
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bytes), "notes.zip"));
        Assert.Contains("zip archive that is not a .docx", ex.Message);
    }

    [Fact]
    public void RefusesZipBombAtTheDefaultLimit()
    {
        byte[] bomb = ZipBomb(DocumentReaderOptions.DefaultLimit + (1 << 20));
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"bomb is {bomb.Length} bytes");
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bomb), "bomb.docx"));
        Assert.Contains("zip bomb", ex.Message);
        Assert.Contains("word/document.xml", ex.Message);
        Assert.Contains("MaxDocxUncompressedBytes", ex.Message);
    }

    [Fact]
    public void RefusesZipBombWhoseHeadersUnderstateItsSize()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxDocxUncompressedBytes = 1 << 20 });
        byte[] bomb = ZipBomb(4 << 20);
        PatchDeclaredSize(bomb, "word/document.xml", 1000);
        var ex = Assert.Throws<CampaignTextException>(() => reader.Read(new MemoryStream(bomb), "liar.docx"));
        Assert.Matches("zip bomb|corrupt or truncated", ex.Message);
    }

    [Fact]
    public void ReadsADocxJustUnderTheLimit()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxDocxUncompressedBytes = 1 << 20 });
        byte[] docx = ZipBomb(900_000);
        SourceText text = reader.Read(new MemoryStream(docx), "ok.docx");
        Assert.StartsWith("文明\n文明\n", text.Text);
    }

    /// <summary>
    /// A .docx of about 62 KB whose document.xml inflates to 63 MB (under the archive limit): refused by the text
    /// limit while the XML streams by, in bounded memory (reading it as a tree took gigabytes).
    /// </summary>
    [Theory]
    [InlineData("<w:p><w:r><w:t>文明城市文明城市文明城市文明城市文明城市文明城市文明城市文明城市</w:t></w:r></w:p>")]
    [InlineData("<w:p/>")]
    public void RefusesADocxBombByTheTextLimitInBoundedMemory(string paragraph)
    {
        byte[] bomb = ZipBomb(63_000_000, paragraph);
        Assert.True(bomb.Length < 1_000_000, $"bomb is {bomb.Length} bytes");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bomb), "bomb.docx"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("MaxTextFileBytes", ex.Message);
        Assert.Equal("bomb.docx", ex.File);
        Assert.True(allocated < 500L << 20, $"{allocated >> 20} MB allocated");
    }

    [Fact]
    public void ReadsALargeDocxWithinTheTextLimitInBoundedMemory()
    {
        byte[] docx = ZipBomb(40_000_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        SourceText text = Reader.Read(new MemoryStream(docx), "big.docx");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.StartsWith("文明\n文明\n", text.Text);
        Assert.True(text.Text.Length * 2 <= DocumentReaderOptions.Default.MaxTextFileBytes);
        Assert.True(allocated < 500L << 20, $"{allocated >> 20} MB allocated");
    }

    [Fact]
    public void RefusesMarkupNestedWithoutEnd()
    {
        string deep = string.Concat(Enumerable.Repeat("<w:r>", 100_000)) + string.Concat(Enumerable.Repeat("</w:r>", 100_000));
        byte[] bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)),
            ("word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"" + WNs + "\"><w:body><w:p>" + deep + "</w:p></w:body></w:document>")));
        var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(new MemoryStream(bytes), "deep.docx"));
        Assert.Contains("nested", ex.Message);
    }

    [Fact]
    public void KeepsInsertedRunsAndDropsDeletedRunsAndFieldCodes()
    {
        string xml = "<w:document xmlns:w=\"" + WNs + "\"><w:body>" +
            "<w:p><w:ins><w:r><w:t>新增</w:t></w:r></w:ins><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>" +
            "<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t xml:space=\"preserve\"> 内容 </w:t></w:r></w:p>" +
            "<w:sdt><w:sdtContent><w:p><w:r><w:t>控件</w:t></w:r></w:p></w:sdtContent></w:sdt>" +
            "<w:sectPr/></w:body></w:document>";
        byte[] bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(Rels)),
            ("word/document.xml", Encoding.UTF8.GetBytes(xml)));
        Assert.Equal("新增 内容 \n控件\n", Reader.Read(new MemoryStream(bytes), "edits.docx").Original);
    }

    private const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, byte[] data) in entries)
            {
                using Stream s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(data);
            }
        }

        return ms.ToArray();
    }

    /// <summary>A valid docx whose document.xml is about <paramref name="size"/> bytes of repeated paragraphs.</summary>
    private static byte[] ZipBomb(long size, string paragraph = "<w:p><w:r><w:t>文明</w:t></w:r></w:p>")
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes));
            WriteEntry(zip, "_rels/.rels", Encoding.UTF8.GetBytes(Rels));
            using Stream s = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            byte[] head = Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WNs}\"><w:body>");
            byte[] para = Encoding.UTF8.GetBytes(paragraph);
            byte[] tail = Encoding.UTF8.GetBytes("</w:body></w:document>");
            byte[] block = new byte[para.Length * 1024];
            for (int i = 0; i < 1024; i++)
            {
                para.CopyTo(block, i * para.Length);
            }

            s.Write(head);
            long written = head.Length + tail.Length;
            while (written + block.Length <= size)
            {
                s.Write(block);
                written += block.Length;
            }

            while (written + para.Length <= size)
            {
                s.Write(para);
                written += para.Length;
            }

            s.Write(tail);
        }

        return ms.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, byte[] data)
    {
        using Stream s = zip.CreateEntry(name).Open();
        s.Write(data);
    }

    /// <summary>Overwrites the uncompressed size that the central directory and local header declare for an entry.</summary>
    private static void PatchDeclaredSize(byte[] zip, string entryName, uint size)
    {
        byte[] name = Encoding.UTF8.GetBytes(entryName);
        int patched = 0;
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            bool central = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 1 && zip[i + 3] == 2;
            bool local = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 3 && zip[i + 3] == 4;
            if (!central && !local)
            {
                continue;
            }

            int nameAt = central ? i + 46 : i + 30;
            int nameLength = BitConverter.ToUInt16(zip, central ? i + 28 : i + 26);
            if (nameLength == name.Length && zip.AsSpan(nameAt, nameLength).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(central ? i + 24 : i + 22, 4), size);
                patched++;
            }
        }

        Assert.True(patched >= 1, "entry header not found");
    }
}
