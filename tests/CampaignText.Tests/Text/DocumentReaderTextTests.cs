using System.Text;
using CampaignText.Text;

namespace CampaignText.Tests.Text;

public class DocumentReaderTextTests
{
    private const string Bulletin =
        "全国文明城区创建工作简报\n第 7 期\n区文明办 2021 年 3 月 5 日\n【文明创建】\n" +
        "东城区召开创建工作推进会，各街道负责同志 120 余人参加。会议要求把问题整改落实到位。\n";

    private static readonly DocumentReader Reader = new();

    private static SourceText ReadBytes(byte[] bytes, string name = "bulletin.txt", DocumentReader? reader = null) =>
        (reader ?? Reader).Read(new MemoryStream(bytes), name);

    private static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Fact]
    public void ReadsUtf8WithoutBom()
    {
        SourceText text = ReadBytes(Encoding.UTF8.GetBytes(Bulletin));
        Assert.Equal("UTF-8", text.EncodingName);
        Assert.Equal(Bulletin, text.Original);
        Assert.Equal(Bulletin, text.Text);
        Assert.Equal(SourceFormat.Txt, text.Format);
        Assert.Equal("bulletin.txt", text.Path);
    }

    [Fact]
    public void ReadsUtf8WithBomAndDropsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Bulletin)];
        SourceText text = ReadBytes(bytes);
        Assert.Equal("UTF-8 BOM", text.EncodingName);
        Assert.Equal(Bulletin, text.Original);
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void ReadsUtf16WithBom(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Bulletin)];
        SourceText text = ReadBytes(bytes);
        Assert.Equal(name, text.EncodingName);
        Assert.Equal(Bulletin, text.Original);
    }

    [Theory]
    [InlineData(false, "UTF-16LE")]
    [InlineData(true, "UTF-16BE")]
    public void DetectsUtf16WithoutBomByItsNulBytes(bool bigEndian, string name)
    {
        byte[] bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Bulletin);
        SourceText text = ReadBytes(bytes);
        Assert.Equal(name, text.EncodingName);
        Assert.Equal(Bulletin, text.Original);
    }

    [Fact]
    public void DetectsGb18030()
    {
        SourceText text = ReadBytes(Gb18030.GetBytes(Bulletin));
        Assert.Equal("GB18030", text.EncodingName);
        Assert.Equal(Bulletin, text.Original);
    }

    [Fact]
    public void DetectsGbkAsGb18030()
    {
        Encoding gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        SourceText text = ReadBytes(gbk.GetBytes(Bulletin + "（总第２１２７期）\r\n"));
        Assert.Equal("GB18030", text.EncodingName);
        Assert.EndsWith("（总第2127期）\n", text.Text);
    }

    [Fact]
    public void RefusesUtf16WithAnOddNumberOfBytes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("东城区"), 0x41];
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "odd.txt"));
        Assert.Contains("odd number of bytes", ex.Message);
    }

    [Fact]
    public void RefusesTextThatIsNeitherUtf8NorGb18030AndSaysWhere()
    {
        byte[] head = Encoding.UTF8.GetBytes("东城区召开会议");
        byte[] bytes = [.. head, 0xFF, .. Encoding.UTF8.GetBytes("各街道参加")];
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "broken.txt"));
        Assert.Equal("broken.txt", ex.File);
        Assert.Contains("not valid UTF-8", ex.Message);
        Assert.Contains($"offset {head.Length}", ex.Message);
        Assert.Contains("not GB18030", ex.Message);
    }

    [Fact]
    public void RefusesUtf8WithADroppedByteRatherThanMisreadingItAsGb18030()
    {
        byte[] good = Encoding.UTF8.GetBytes("东城区召开创建工作推进会各街道负责同志参加会议要求把问题整改落实到位");
        byte[] bytes = [.. good[..10], .. good[11..]];
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "dropped.txt"));
        Assert.Contains("not valid UTF-8", ex.Message);
    }

    [Fact]
    public void RefusesRandomBytes()
    {
        var random = new Random(20200424);
        for (int round = 0; round < 20; round++)
        {
            byte[] bytes = new byte[2048];
            random.NextBytes(bytes);
            var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "random.txt"));
            Assert.Equal("random.txt", ex.File);
            Assert.Matches("binary file|not valid", ex.Message);
        }
    }

    [Fact]
    public void RefusesHighRandomBytesAsInvalidText()
    {
        var random = new Random(7);
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)random.Next(0x80, 0x100);
        }

        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "high.txt"));
        Assert.Contains("not valid UTF-8", ex.Message);
    }

    [Fact]
    public void RefusesAnEmptyFile()
    {
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes([], "empty.txt"));
        Assert.Equal("empty.txt: empty file", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "binary file (PNG image), not text")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "binary file (JPEG image), not text")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "binary file (GIF image), not text")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "binary file (legacy Office document (.doc/.xls/.ppt)), not text")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "corrupt PDF: truncated")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, "unsupported format (RTF document)")]
    [InlineData(new byte[] { 0x41, 0x42, 0, 1, 2, 3, 0, 0, 0xFE, 0, 0, 9, 0, 0, 0, 0 }, "binary file (contains NUL bytes), not text")]
    public void RefusesBinaryFilesNamingWhatTheyAre(byte[] bytes, string message)
    {
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "scan.txt"));
        Assert.StartsWith("scan.txt: ", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void RefusesTextFullOfControlCharacters()
    {
        byte[] bytes = Enumerable.Range(0, 600).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "ctl.txt"));
        Assert.Contains("control characters", ex.Message);
    }

    [Fact]
    public void DocxExtensionOnTextIsRefused()
    {
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(Encoding.UTF8.GetBytes(Bulletin), "misnamed.docx"));
        Assert.Contains("not a .docx", ex.Message);
    }

    [Fact]
    public void UnknownExtensionIsDecidedByContent()
    {
        SourceText text = ReadBytes(Encoding.UTF8.GetBytes(Bulletin), "bulletin.dat");
        Assert.Equal(SourceFormat.Txt, text.Format);
        Assert.Equal(Bulletin, text.Text);
    }

    [Fact]
    public void NormalisesAndMapsBackToTheFile()
    {
        string original = "日期：２０２１年３月５日\r\n⻄城区\u3000志愿者\r\n";
        SourceText text = ReadBytes(Encoding.UTF8.GetBytes(original));
        Assert.Equal("日期：2021年3月5日\n西城区 志愿者\n", text.Text);
        Assert.Equal(original, text.Original);
        int at = text.Text.IndexOf("2021", StringComparison.Ordinal);
        Assert.Equal("２０２１", text.OriginalSlice(new TextSpan(at, at + 4)));
        int west = text.Text.IndexOf("西城区", StringComparison.Ordinal);
        Assert.Equal("⻄城区", text.OriginalSlice(new TextSpan(west, west + 3)));
        Assert.Equal("\r\n", text.OriginalSlice(new TextSpan(west - 1, west)));
    }

    [Fact]
    public void NormalizeOffKeepsTheDecodedText()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { Normalize = false });
        const string original = "２０２１年\r\n";
        SourceText text = ReadBytes(Encoding.UTF8.GetBytes(original), reader: reader);
        Assert.Equal(original, text.Text);
        Assert.Equal(new TextSpan(1, 3), text.ToOriginal(new TextSpan(1, 3)));
    }

    [Fact]
    public void RefusesFilesOverTheSizeLimit()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxFileBytes = 100 });
        byte[] bytes = Encoding.UTF8.GetBytes(Bulletin);
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "big.txt", reader));
        Assert.Contains("MaxFileBytes", ex.Message);
        Assert.Contains($"{bytes.Length} bytes", ex.Message);

        var unseekable = Assert.Throws<CampaignTextException>(() => reader.Read(new ForwardOnlyStream(bytes), "big.txt"));
        Assert.Contains("MaxFileBytes", unseekable.Message);
    }

    [Fact]
    public void RefusesTextFilesOverTheTextLimitButNotDocxArchives()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxTextFileBytes = 100 });
        byte[] bytes = Encoding.UTF8.GetBytes(Bulletin);
        Assert.True(bytes.Length > 100);
        var ex = Assert.Throws<CampaignTextException>(() => ReadBytes(bytes, "long.txt", reader));
        Assert.Contains("MaxTextFileBytes", ex.Message);
        Assert.Contains($"{bytes.Length} bytes", ex.Message);
        var unseekable = Assert.Throws<CampaignTextException>(() => reader.Read(new ForwardOnlyStream(bytes), "long.md"));
        Assert.Contains("MaxTextFileBytes", unseekable.Message);

        // A zip archive over the text limit is judged as a .docx, not refused as text.
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, .. new byte[200]];
        var docx = Assert.Throws<CampaignTextException>(() => reader.Read(new MemoryStream(zip), "a.docx"));
        Assert.DoesNotContain("MaxTextFileBytes", docx.Message);
    }

    [Fact]
    public void ReadsForwardOnlyStreams()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Bulletin, 500)));
        SourceText text = Reader.Read(new ForwardOnlyStream(bytes), "stream.txt");
        Assert.Equal(Encoding.UTF8.GetString(bytes), text.Original);
    }

    [Fact]
    public void ReadsFilesFromDiskAndReportsMissingOnes()
    {
        string dir = Directory.CreateTempSubdirectory("ct-text-").FullName;
        try
        {
            string path = Path.Combine(dir, "简报.txt");
            File.WriteAllText(path, Bulletin, new UTF8Encoding(true));
            SourceText text = Reader.Read(path);
            Assert.Equal(path, text.Path);
            Assert.Equal("UTF-8 BOM", text.EncodingName);
            Assert.Equal(Bulletin, text.Text);

            string missing = Path.Combine(dir, "missing.txt");
            var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(missing));
            Assert.Equal(missing, ex.File);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(0L, 1L, "MaxFileBytes")]
    [InlineData(1L, 0L, "MaxDocxUncompressedBytes")]
    [InlineData(DocumentReaderOptions.LargestLimit + 1, 1L, "MaxFileBytes")]
    [InlineData(1L, 1L, "MaxTextFileBytes", 0L)]
    public void ValidateNamesTheSettingOutOfRange(long maxFile, long maxDocx, string setting, long maxText = DocumentReaderOptions.DefaultTextLimit)
    {
        var options = new DocumentReaderOptions { MaxFileBytes = maxFile, MaxDocxUncompressedBytes = maxDocx, MaxTextFileBytes = maxText };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
        Assert.Equal(setting, ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReader(options));
    }

    [Fact]
    public void ReadsAFiftyMegabyteFile()
    {
        string dir = Directory.CreateTempSubdirectory("ct-text-big-").FullName;
        try
        {
            string path = Path.Combine(dir, "big.txt");
            const string line = "东城区开展文明创建志愿服务活动，参与群众１２３人，整改问题４５处。\r\n";
            int lineBytes = Encoding.UTF8.GetByteCount(line);
            int lines = 50 * 1024 * 1024 / lineBytes;
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
            {
                for (int i = 0; i < lines; i++)
                {
                    writer.Write(line);
                }
            }

            Assert.True(new FileInfo(path).Length >= 49L * 1024 * 1024);
            SourceText text = new DocumentReader(new DocumentReaderOptions { MaxTextFileBytes = DocumentReaderOptions.DefaultLimit }).Read(path);
            const string expectedLine = "东城区开展文明创建志愿服务活动，参与群众123人，整改问题45处。\n";
            Assert.Equal((long)expectedLine.Length * lines, text.Text.Length);
            Assert.Equal(line.Length * lines, text.Original.Length);

            int lastLine = text.Text.Length - expectedLine.Length;
            Assert.Equal(expectedLine, text.Text[lastLine..]);
            int digits = text.Text.IndexOf("45", lastLine, StringComparison.Ordinal);
            Assert.Equal("４５", text.OriginalSlice(new TextSpan(digits, digits + 2)));
            Assert.Equal(line, text.OriginalSlice(new TextSpan(lastLine, text.Text.Length)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A stream that cannot seek, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private readonly MemoryStream _inner = new(data);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 777));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
