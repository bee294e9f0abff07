using System.Text;
using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Text;

public class MarkdownReadingTests
{
    private static readonly DocumentReader Raw = new(new DocumentReaderOptions { Normalize = false });
    private static readonly DocumentReader Reader = new();

    [SpecTheory(Extension = "tsv")]
    public void Markdown(string id)
    {
        var (line, c) = SpecCases.Row(typeof(MarkdownReadingTests), nameof(Markdown), id, 2);
        var (markdown, expected) = (c[0], c[1]);
        SourceText text = Raw.ReadString(markdown, "case.md");
        Assert.Equal(SourceFormat.Markdown, text.Format);
        Assert.True(expected == text.Text, $"markdown.tsv line {line}: expected «{Show(expected)}», got «{Show(text.Text)}»");
    }

    [Fact]
    public void EveryCharacterMapsIntoTheMarkdownSource()
    {
        foreach (var (_, _, row) in SpecCases.Load("Text/markdown.tsv"))
        {
            string markdown = row["columns"]![0]!.GetValue<string>();
            SourceText text = Raw.ReadString(markdown, "case.md");
            for (int i = 0; i < text.Text.Length; i++)
            {
                TextSpan s = text.ToOriginal(new TextSpan(i, i + 1));
                Assert.InRange(s.Start, 0, markdown.Length);
                Assert.InRange(s.End, s.Start, markdown.Length);
                char c = text.Text[i];
                if (c is not ('\n' or '\t' or ' ') && s.Length == 1)
                {
                    Assert.True(markdown[s.Start] == c, $"line {row[0]}: char {i} «{c}» maps to «{markdown[s.Start]}»");
                }
            }
        }
    }

    [Fact]
    public void MapsWordsBackToTheirExactPlaceInTheMarkdown()
    {
        const string md = "# 第 3 期\n\n**东城区**召开[创建](http://example.com)推进会。\n\nA &amp; B\n";
        SourceText text = Raw.ReadString(md, "b.md");
        Assert.Equal("第 3 期\n\n东城区召开创建推进会。\n\nA & B\n", text.Text);
        Assert.Equal(md, text.Original);
        foreach (string word in new[] { "第 3 期", "东城区", "召开", "创建", "推进会。" })
        {
            int at = text.Text.IndexOf(word, StringComparison.Ordinal);
            TextSpan original = text.ToOriginal(new TextSpan(at, at + word.Length));
            Assert.Equal(md.IndexOf(word, StringComparison.Ordinal), original.Start);
            Assert.Equal(word, text.OriginalSlice(new TextSpan(at, at + word.Length)));
        }

        int amp = text.Text.IndexOf('&');
        Assert.Equal("&amp;", text.OriginalSlice(new TextSpan(amp, amp + 1)));
        int link = text.Text.IndexOf("召开创建推进会", StringComparison.Ordinal);
        Assert.Equal("召开[创建](http://example.com)推进会", text.OriginalSlice(new TextSpan(link, link + 7)));
    }

    [Fact]
    public void NormalisesMarkdownTextAndComposesBothMaps()
    {
        const string md = "## ２０２０年\r\n\r\n⻄城区**志愿者**１２０人\r\n";
        byte[] bytes = Encoding.UTF8.GetBytes(md);
        SourceText text = Reader.Read(new MemoryStream(bytes), "b.markdown");
        Assert.Equal("2020年\n\n西城区志愿者120人\n", text.Text);
        Assert.Equal("UTF-8", text.EncodingName);
        int year = text.Text.IndexOf("2020", StringComparison.Ordinal);
        Assert.Equal("２０２０", text.OriginalSlice(new TextSpan(year, year + 4)));
        int count = text.Text.IndexOf("120", StringComparison.Ordinal);
        Assert.Equal("１２０", text.OriginalSlice(new TextSpan(count, count + 3)));
        int west = text.Text.IndexOf('西');
        Assert.Equal("⻄", text.OriginalSlice(new TextSpan(west, west + 1)));
    }

    [Fact]
    public void ReadStringTreatsOtherNamesAsPlainText()
    {
        SourceText text = Raw.ReadString("**不是** markdown", "note.txt");
        Assert.Equal(SourceFormat.Txt, text.Format);
        Assert.Equal("**不是** markdown", text.Text);
        Assert.Null(text.EncodingName);
    }

    [Fact]
    public void TextFileWithClearMarkdownMarksIsReadAsMarkdown()
    {
        const string content = "\n# 文明创建简报\n\n第 3 期\n\n---\n\n## 【志愿服务】\n\n**西城区**组织志愿者清理楼道。\n";
        SourceText text = Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "scraped.txt");
        Assert.Equal(SourceFormat.Markdown, text.Format);
        Assert.Equal("文明创建简报\n\n第 3 期\n\n【志愿服务】\n\n西城区组织志愿者清理楼道。\n", text.Text);
        Assert.Equal(content, text.Original);

        var literal = new DocumentReader(new DocumentReaderOptions { DetectMarkdownInText = false });
        Assert.Equal(SourceFormat.Txt, literal.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "scraped.txt").Format);
    }

    [Theory]
    [InlineData("东城区召开会议。\n**重点**是整改。\n")]
    [InlineData("# 仅有一个标题\n正文。\n")]
    [InlineData("#话题 不是标题\n**甲**、**乙**、**丙**\n")]
    public void PlainTextWithFewMarksStaysText(string content)
    {
        SourceText text = Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "plain.txt");
        Assert.Equal(SourceFormat.Txt, text.Format);
        Assert.Equal(content, text.Text);
    }

    private static string Show(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");
}
