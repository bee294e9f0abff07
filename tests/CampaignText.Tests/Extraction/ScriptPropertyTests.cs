using CampaignText.Extraction;
using CsCheck;

namespace CampaignText.Tests.Extraction;

/// <summary>
/// Text mixing traditional and simplified script, pinyin annotations, half-width and full-width digits
/// and characters outside the BMP: every mention lies inside the text with the original's surface, never
/// splits a surrogate pair, and full-width digits find the same mentions at the same offsets as ASCII ones.
/// </summary>
public sealed class ScriptPropertyTests
{
    private static readonly string[] Pieces =
    [
        "東城區", "东城区", "西城區", "朝陽區", "門頭溝區", "王平鎮", "東華門街道", "望京街道", "社區", "區委書記", "趙文濤",
        "區文明辦", "召開", "創城推進會", "開展", "個", "餘", "處", "噸", "條", "人次", "年", "月", "日", "上午",
        "二〇二二", "九", "十六", "萬", "兩", "約", "第", "至", "、", "，", "。", "：", " ", "\n", "（", "）", "(", ")",
        "(chuàng)", "(qū)", "(gè)", "(nián)", "(yuè)", "（rì）", "(a)", "(zhong1)",
        "𠀀", "𪚥", "😀", "\uD83D", "\uDE00", "乾坤", "乾縣", "據瞭解", "著名",
        "0", "1", "2", "9", "12", "2022", "０", "１", "２", "９", "１６", "２０２２", "%", "％", ".", "．",
    ];

    private static readonly Gen<string> Texts =
        Gen.OneOf(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]), Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString()))
            .Array[0, 16].Select(parts => string.Concat(parts));

    private static readonly DateOnly Issue = new(2022, 9, 20);

    [Fact]
    public void MixedScriptsNeverBreakAnOffset() =>
        Texts.Sample(text =>
        {
            var mentions = MentionExtractor.Default.Extract(text, Issue, new ExtractionContext("東城區"));
            foreach (var m in mentions)
            {
                Assert.InRange(m.Start, 0, text.Length - 1);
                Assert.InRange(m.End, m.Start + 1, text.Length);
                Assert.Equal(text[m.Start..m.End], m.Text);
                Assert.False(m.Start > 0 && char.IsHighSurrogate(text[m.Start - 1]) && char.IsLowSurrogate(text[m.Start]), $"{m} starts inside a surrogate pair of [{text}]");
                Assert.False(m.End < text.Length && char.IsHighSurrogate(text[m.End - 1]) && char.IsLowSurrogate(text[m.End]), $"{m} ends inside a surrogate pair of [{text}]");
            }

            var ascii = string.Create(text.Length, text, static (span, t) =>
            {
                for (int k = 0; k < span.Length; k++) span[k] = t[k] is >= '０' and <= '９' ? (char)(t[k] - '０' + '0') : t[k];
            });
            var plain = MentionExtractor.Default.Extract(ascii, Issue, new ExtractionContext("東城區"));
            Assert.Equal(string.Join(" ", plain.Select(m => $"{m.Kind}:{m.Start}-{m.End}")), string.Join(" ", mentions.Select(m => $"{m.Kind}:{m.Start}-{m.End}")));
        }, iter: 100_000);
}
