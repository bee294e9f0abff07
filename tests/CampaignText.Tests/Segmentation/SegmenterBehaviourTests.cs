using CampaignText.Segmentation;

namespace CampaignText.Tests.Segmentation;

[UsesSpecFiles("Segmentation/parity-inputs.jsonl")]
public class SegmenterBehaviourTests
{
    [Fact]
    public void NullThrowsAndEmptyGivesNoTokens()
    {
        var seg = JiebaSegmenter.Default;
        Assert.Throws<ArgumentNullException>(() => seg.Cut(null!));
        Assert.Throws<ArgumentNullException>(() => seg.CutAll(null!));
        Assert.Throws<ArgumentNullException>(() => seg.CutForSearch(null!));
        Assert.Throws<ArgumentNullException>(() => seg.Tokenize(null!));
        Assert.Throws<ArgumentNullException>(() => seg.Tag(null!));
        Assert.Empty(seg.Cut(""));
        Assert.Empty(seg.CutAll(""));
        Assert.Empty(seg.CutForSearch(""));
        Assert.Empty(seg.Tag(""));
    }

    [Fact]
    public void LoneSurrogatesAndControlCharactersComeBackWhole()
    {
        string text = "文明\uD800城区\uDC00\u0001\u0007\u001F创建\uFFFF";
        var tokens = JiebaSegmenter.Default.Cut(text);
        Assert.Equal(text, string.Concat(tokens));
        Assert.Contains("\uD800", tokens);
        Assert.Contains("\uDC00", tokens);
        // A surrogate pair stays one token.
        Assert.Contains("😀", JiebaSegmenter.Default.Cut("好😀好"));
    }

    [Fact]
    public void TenMegabyteLineWithoutPunctuationComesBackWhole()
    {
        // Repeating campaign words with no punctuation: one block of 10 MB for the DAG and the HMM.
        var sb = new System.Text.StringBuilder();
        string[] parts = ["全国文明城区", "创建", "志愿服务", "垃圾分类", "骉骉骉", "abc123"];
        for (int i = 0; sb.Length < 5_000_000; i++) sb.Append(parts[i % parts.Length]);
        string text = sb.ToString();
        foreach (bool hmm in new[] { true, false })
        {
            var tokens = JiebaSegmenter.Default.Cut(text, hmm);
            Assert.Equal(text.Length, tokens.Sum(t => t.Length));
        }
    }

    [Fact]
    public void EightThreadsOverSharedSegmentersMatchASequentialRun()
    {
        var texts = SpecFiles.ReadLines("Segmentation/parity-inputs.jsonl").Take(400)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var seg = JiebaSegmenter.Default;
        string Run(string t) => string.Join("|", seg.Cut(t)) + "#" + string.Join("|", seg.Tag(t)) + "#" + string.Join("|", seg.CutForSearch(t, false));
        var expected = texts.Select(Run).ToArray();
        var actual = new string[8][];
        var threads = Enumerable.Range(0, 8).Select(k => new Thread(() =>
        {
            var r = new string[texts.Length];
            for (int i = 0; i < texts.Length; i++)
            {
                int j = (i + k * 50) % texts.Length; // each thread walks the texts from a different start
                r[j] = Run(texts[j]);
            }
            actual[k] = r;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        foreach (var r in actual) Assert.Equal(expected, r);
    }

    [Fact]
    public void EveryEmbeddedDataFileOpens()
    {
        foreach (var name in CampaignText.Resources.EmbeddedData.All)
        {
            Assert.True(CampaignText.Resources.EmbeddedData.Exists(name), name);
            using var s = CampaignText.Resources.EmbeddedData.Open(name);
            Assert.True(s.ReadByte() >= 0, name);
        }

        foreach (var name in CampaignText.Segmentation.SegmentationData.All)
        {
            Assert.True(CampaignText.Segmentation.SegmentationData.Exists(name), name);
            using var s = CampaignText.Segmentation.SegmentationData.Open(name);
            Assert.True(s.ReadByte() >= 0, name);
        }
    }
}
