using System.Text.Json;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Tests.Segmentation;

[UsesSpecFiles("Segmentation/userdict.txt", "Segmentation/userdict-parity.json")]
public class LexiconBuilderTests
{
    private static LexiconBuilder BuilderWithUserDictionary()
    {
        var builder = new LexiconBuilder(Lexicon.Jieba);
        builder.LoadUserDictionary(SpecFiles.PathOf("Segmentation/userdict.txt"));
        builder.AddWord("复查迎检");
        builder.AddWord("担当作为", 50, "l");
        builder.RemoveWord("做实");
        return builder;
    }

    private static JsonElement Golden() =>
        JsonDocument.Parse(File.ReadAllText(SpecFiles.PathOf("Segmentation/userdict-parity.json"))).RootElement;

    [Fact]
    public void UserDictionaryMatchesJieba()
    {
        var builder = BuilderWithUserDictionary();
        var golden = Golden();
        Assert.Equal(golden.GetProperty("total").GetInt64(), builder.Total);
        foreach (var s in golden.GetProperty("suggest").EnumerateObject())
        {
            Assert.Equal(s.Value.GetInt64(), builder.SuggestFrequency(s.Name));
        }
        Assert.Equal(golden.GetProperty("suggest_split").GetInt64(), builder.SuggestFrequency(["属地", "主责"]));

        var seg = new JiebaSegmenter(builder.Build());
        foreach (var c in golden.GetProperty("cases").EnumerateArray())
        {
            string text = c.GetProperty("text").GetString()!;
            Assert.Equal(c.GetProperty("cut").EnumerateArray().Select(x => x.GetString()), seg.Cut(text));
            Assert.Equal(c.GetProperty("cut_no_hmm").EnumerateArray().Select(x => x.GetString()), seg.Cut(text, hmm: false));
            Assert.Equal(c.GetProperty("search").EnumerateArray().Select(x => x.GetString()), seg.CutForSearch(text));
            Assert.Equal(c.GetProperty("posseg").EnumerateArray().Select(x => $"{x[0].GetString()}/{x[1].GetString()}"),
                seg.Tag(text).Select(t => $"{t.Word}/{t.Tag}"));
        }
    }

    [Fact]
    public void BuildingLeavesTheBaseLexiconAlone()
    {
        var custom = BuilderWithUserDictionary().Build();
        Assert.True(custom.Contains("全国文明城区"));
        Assert.False(Lexicon.Jieba.Contains("全国文明城区"));
        Assert.Equal("nz", custom.GetTag("属地主责"));
        Assert.Equal(0, custom.GetFrequency("做实"));
        Assert.Null(Lexicon.Jieba.GetFrequency("全国文明城区"));
        // Both segmenters work side by side.
        Assert.Contains("全国文明城区", new JiebaSegmenter(custom).Cut("全国文明城区"));
        Assert.DoesNotContain("全国文明城区", JiebaSegmenter.Default.Cut("全国文明城区"));
    }

    [Theory]
    [InlineData("创城\t5\tn", 2)]
    [InlineData("创城 12x", 2)]
    [InlineData("创 城 n", 2)]
    public void MalformedLineNamesItsLineNumber(string badLine, int expectedLine)
    {
        var reader = new StringReader("全国文明城区 nz\n" + badLine + "\n");
        var ex = Assert.Throws<CampaignTextException>(() => new LexiconBuilder().LoadUserDictionary(reader, "my.dict"));
        Assert.Equal(expectedLine, ex.Line);
        Assert.StartsWith($"my.dict:{expectedLine}:", ex.Message);
    }

    [Fact]
    public void InvalidWordsAndFrequenciesAreRejected()
    {
        var b = new LexiconBuilder();
        Assert.Throws<ArgumentException>(() => b.AddWord(""));
        Assert.Throws<ArgumentException>(() => b.AddWord("两个 词"));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddWord("词", -1));
        Assert.Throws<ArgumentNullException>(() => b.AddWord(null!));
    }

    [Fact]
    public void LoadsAJiebaFormatDictionaryAndReportsBadLines()
    {
        var lexicon = Lexicon.Load(new MemoryStream("文明 100 n\n城区 50 n\n文明城区 10 n\n"u8.ToArray()), "small.txt");
        Assert.Equal(160, lexicon.Total);
        Assert.Equal(3, lexicon.Count);
        // log(100/160) + log(50/160) beats log(10/160): the two shorter words win, as in jieba.
        Assert.Equal(["文明", "城区", "创", "建"], new JiebaSegmenter(lexicon).Cut("文明城区创建", hmm: false));
        var heavier = Lexicon.Load(new MemoryStream("文明 100 n\n城区 50 n\n文明城区 90 n\n"u8.ToArray()));
        Assert.Equal(["文明城区"], new JiebaSegmenter(heavier).Cut("文明城区", hmm: false));
        var ex = Assert.Throws<CampaignTextException>(() => Lexicon.Load(new MemoryStream("文明 100 n\n城区 many n\n"u8.ToArray()), "bad.txt"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("bad.txt", ex.Message);
    }

    [Fact]
    public void EntriesRoundTripThroughTheTrie()
    {
        var lexicon = Lexicon.Load(new MemoryStream("b 1 n\na 2\nab 3 v\nabc 0\n"u8.ToArray()));
        Assert.Equal([new LexiconEntry("a", 2, null), new LexiconEntry("ab", 3, "v"), new LexiconEntry("abc", 0, null), new LexiconEntry("b", 1, "n")], lexicon.Entries());
    }
}

public class StockDictionaryTests
{
    [Fact]
    public void PrebuiltTrieEqualsTheTrieBuiltFromDictTxt()
    {
        string text = File.ReadAllText(Path.Combine(SpecFiles.RepoRoot, "models", "jieba", "dict.txt"));
        var fromText = Lexicon.FromJiebaDictionary(text, "dict.txt");
        var stock = Lexicon.Jieba;
        Assert.Equal(fromText.Total, stock.Total);
        Assert.Equal(fromText.Count, stock.Count);
        Assert.Equal(60101967, stock.Total);
        Assert.Equal(349045, stock.Count);
        Assert.True(fromText.Trie.SameAs(stock.Trie));
        foreach (var w in new[] { "B超", "中国", "北京", "的", "清华大学" })
        {
            Assert.Equal(fromText.GetFrequency(w), stock.GetFrequency(w));
            Assert.Equal(fromText.GetTag(w), stock.GetTag(w));
        }
    }
}

public class TrieFileTests
{
    [Fact]
    public void TruncatedOrForeignTrieFilesGiveClearErrors()
    {
        using var full = new MemoryStream();
        using (var s = CampaignText.Segmentation.SegmentationData.Open(CampaignText.Segmentation.SegmentationData.JiebaTrie)) s.CopyTo(full);
        var bytes = full.ToArray();
        var truncated = Assert.Throws<CampaignTextException>(() => WordTrie.ReadBinary(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.Contains("truncated", truncated.Message);
        var foreign = Assert.Throws<CampaignTextException>(() => WordTrie.ReadBinary(new MemoryStream("PK\u0003\u0004 not a trie at all, longer than a header"u8.ToArray())));
        Assert.Contains("bad header", foreign.Message);
        Assert.Equal(Lexicon.Jieba.Count, WordTrie.ReadBinary(new MemoryStream(bytes)).Count);
    }
}
