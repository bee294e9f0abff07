using CampaignText.Segmentation;
using CsCheck;

namespace CampaignText.Tests.Segmentation;

public class SegmentChunkerTests
{
    // Lines of Chinese, ASCII, numbers and punctuation, joined by every kind of line break, so that chunk
    // boundaries land next to everything a boundary must not split.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Char['\u4E00', '\u4E80'].Select(c => c.ToString()),
        Gen.OneOf<string>("文明", "城区", "创建", "东城区", "2020年4月24日", "5.3万", "98%", "1,234.5", "abc", "C++", "#1", "。", "，", "、", " ", "\u3000"),
        Gen.Char['a', 'z'].Select(c => c.ToString()),
        Gen.Char['0', '9'].Select(c => c.ToString()),
        Gen.OneOf<string>("\n", "\r\n", "\r", "\n\n", "\r\r\n"),
        Gen.Char['\uD800', '\uDBFF'].Select(c => c + "\uDC00"))
        .Array[0, 120].Select(parts => string.Concat(parts));

    private static List<(string Word, long Start, long End)> Streamed(JiebaSegmenter seg, string text, SegmentMode mode, int chunk, int max)
    {
        var result = new List<(string, long, long)>();
        var chunker = new SegmentChunker(new StringReader(text), mode, chunk, max);
        var spans = new List<TextSpan>();
        while (chunker.Next() is { } part)
        {
            spans.Clear();
            seg.TokenizeSpans(part, mode, true, spans);
            foreach (var s in spans) result.Add((part[s.Start..s.End], chunker.ChunkStart + s.Start, chunker.ChunkStart + s.End));
        }
        return result;
    }

    [Fact]
    public void ChunksSegmentExactlyAsTheWholeTextInEveryMode()
    {
        Texts.Sample(text =>
        {
            foreach (var seg in new[] { JiebaSegmenter.Default, JiebaSegmenter.Campaign })
            {
                foreach (var mode in new[] { SegmentMode.Exact, SegmentMode.Search, SegmentMode.Full })
                {
                    var whole = seg.Tokenize(text, mode).Select(t => (t.Word, (long)t.Start, (long)t.End)).ToList();
                    // Small chunks with room for every line: only line-break boundaries are used.
                    Assert.Equal(whole, Streamed(seg, text, mode, 4, 1000));
                }
            }
        }, iter: 1500);
    }

    [Fact]
    public void TaggedChunksMatchTheWholeText()
    {
        Texts.Sample(text =>
        {
            var seg = JiebaSegmenter.Campaign;
            var whole = seg.Tag(text).Select(t => (t.Word, t.Tag, (long)t.Start)).ToList();
            var streamed = new List<(string, string, long)>();
            var chunker = new SegmentChunker(new StringReader(text), SegmentMode.Exact, 3, 1000);
            while (chunker.Next() is { } part)
                streamed.AddRange(seg.Tag(part).Select(t => (t.Word, t.Tag, chunker.ChunkStart + t.Start)));
            Assert.Equal(whole, streamed);
        }, iter: 800);
    }

    [Fact]
    public void ALongLineIsCutAfterPunctuationAndKeepsItsWords()
    {
        string line = string.Concat(Enumerable.Repeat("东城区创建全国文明城区，志愿者清理楼道。", 50));
        var chunker = new SegmentChunker(new StringReader(line), SegmentMode.Exact, 16, 64);
        var parts = new List<string>();
        while (chunker.Next() is { } part) parts.Add(part);
        Assert.True(parts.Count > 10);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 64));
        Assert.All(parts.SkipLast(1), p => Assert.Contains(p[^1], "，。"));
        Assert.Equal(line, string.Concat(parts));
        var seg = JiebaSegmenter.Campaign;
        Assert.Equal(seg.Cut(line), parts.SelectMany(p => seg.Cut(p)).ToList());
    }

    [Fact]
    public void AnUnpunctuatedRunIsCutAtTheLongestChunkButNeverInsideASurrogatePair()
    {
        string text = string.Concat(Enumerable.Repeat("\uD840\uDC00", 100));
        var chunker = new SegmentChunker(new StringReader(text), SegmentMode.Exact, 8, 33);
        var parts = new List<string>();
        while (chunker.Next() is { } part) parts.Add(part);
        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 33));
    }

    [Fact]
    public void FullModeKeepsALineBreakWithTheLettersAroundIt()
    {
        var chunker = new SegmentChunker(new StringReader("文明abc\ndef城区\n创建"), SegmentMode.Full, 2, 12);
        var parts = new List<string>();
        while (chunker.Next() is { } part) parts.Add(part);
        Assert.Equal(["文明abc\ndef城区\n", "创建"], parts);
    }
}
