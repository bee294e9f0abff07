using CampaignText.Extraction;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Tests.Reliability;

/// <summary>A text of megabytes on one line is read in windows; the windows cover it exactly and cut where a reader would.</summary>
public sealed class TextWindowsTests
{
    private static void AssertCovers(string text, IReadOnlyList<(int Start, int Length)> windows, int limit)
    {
        int at = 0;
        foreach (var (start, length) in windows)
        {
            Assert.Equal(at, start);
            Assert.InRange(length, 1, limit);
            at = start + length;
        }
        Assert.Equal(text.Length, at);
    }

    [Fact]
    public void AShortTextIsOneWindow()
    {
        string text = new('字', 100);
        Assert.Equal([(0, 100)], TextWindows.Of(text, 100).ToList());
    }

    [Fact]
    public void WindowsEndAfterTheLastSentenceEndInTheirSecondHalf()
    {
        string text = string.Concat(Enumerable.Repeat("志愿者清理河道。", 100));
        var windows = TextWindows.Of(text, 100).ToList();
        AssertCovers(text, windows, 100);
        Assert.All(windows.SkipLast(1), w => Assert.Equal('。', text[w.Start + w.Length - 1]));
        Assert.Equal(96, windows[0].Length);
    }

    [Fact]
    public void WithoutSentenceEndsAClauseEndIsTaken()
    {
        string text = string.Concat(Enumerable.Repeat("志愿者清理河道，", 100));
        var windows = TextWindows.Of(text, 100).ToList();
        AssertCovers(text, windows, 100);
        Assert.All(windows.SkipLast(1), w => Assert.Equal('，', text[w.Start + w.Length - 1]));
    }

    [Fact]
    public void WithoutPunctuationTheCutFollowsADigit()
    {
        string text = string.Concat(Enumerable.Repeat("组织志愿者300人清理河道", 100));
        var windows = TextWindows.Of(text, 100).ToList();
        AssertCovers(text, windows, 100);
        Assert.All(windows.SkipLast(1), w => Assert.True(char.IsDigit(text[w.Start + w.Length - 1])));
    }

    [Fact]
    public void ARunOfOneCharacterIsCutAtFullLengthButNeverInsideASurrogatePair()
    {
        string han = new('好', 1_000);
        var plain = TextWindows.Of(han, 100).ToList();
        AssertCovers(han, plain, 100);
        Assert.All(plain, w => Assert.Equal(100, w.Length));

        string astral = string.Concat(Enumerable.Repeat("𠀋", 500));
        var windows = TextWindows.Of(astral, 101).ToList();
        AssertCovers(astral, windows, 101);
        Assert.All(windows, w => Assert.False(char.IsLowSurrogate(astral[w.Start])));
    }

    [Fact]
    public void MentionsOfAWindowedTextPointIntoTheWholeText()
    {
        const string unit = "朝阳区建外街道组织志愿者300人清理河道。";
        int repeats = TextWindows.Length / unit.Length * 3;
        string text = string.Concat(Enumerable.Repeat(unit, repeats));
        Assert.True(text.Length > 2 * TextWindows.Length);
        var mentions = MentionExtractor.Default.Extract(text, null);
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.Equal(repeats, mentions.Count(m => m.Kind == MentionKind.Town && m.Text == "建外街道"));
        Assert.Equal(repeats, mentions.Count(m => m is QuantityMention { Value: 300m }));
        Assert.True(mentions.Zip(mentions.Skip(1)).All(p => p.First.Start <= p.Second.Start));
    }
}
