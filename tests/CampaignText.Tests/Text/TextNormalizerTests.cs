using CampaignText.Text;
using CsCheck;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Text;

public class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Default;

    [SpecTheory(Extension = "tsv")]
    public void Normalize(string id)
    {
        var (line, c) = SpecCases.Row(typeof(TextNormalizerTests), nameof(Normalize), id, 2);
        var (input, expected) = (c[0], c[1]);
        NormalizedText result = Normalizer.Normalize(input);
        Assert.True(expected == result.Text, $"normalize.tsv line {line}: expected «{expected}», got «{result.Text}»");
    }

    [Fact]
    public void UnchangedTextIsReturnedAsIs()
    {
        const string text = "东城区召开文明城区创建工作会议。";
        NormalizedText result = Normalizer.Normalize(text);
        Assert.True(result.IsUnchanged);
        Assert.Same(text, result.Text);
        Assert.Equal(new TextSpan(3, 5), result.ToOriginal(new TextSpan(3, 5)));
    }

    [Fact]
    public void MapsCrLfAndRemovedCharactersBackToTheOriginal()
    {
        const string original = "甲\r\n乙\u200B丙２０";
        NormalizedText n = Normalizer.Normalize(original);
        Assert.Equal("甲\n乙丙20", n.Text);
        Assert.Equal(new TextSpan(1, 3), n.SourceOf(1));            // LF from CRLF
        Assert.Equal(new TextSpan(3, 4), n.SourceOf(2));            // 乙
        Assert.Equal(new TextSpan(5, 6), n.SourceOf(3));            // 丙 after the removed zero-width space
        Assert.Equal(new TextSpan(3, 6), n.ToOriginal(new TextSpan(2, 4))); // 乙丙 spans the removed char
        Assert.Equal(new TextSpan(6, 8), n.ToOriginal(new TextSpan(4, 6))); // 20 ← ２０
        Assert.Equal(new TextSpan(8, 8), n.ToOriginal(new TextSpan(6, 6))); // empty span at the end
        Assert.Equal(new TextSpan(5, 5), n.ToOriginal(new TextSpan(3, 3))); // empty span before 丙
    }

    [Fact]
    public void MapsSurrogatePairsToBothCodeUnits()
    {
        string original = "甲" + char.ConvertFromUtf32(0x2F800) + "乙";
        NormalizedText n = Normalizer.Normalize(original);
        Assert.Equal("甲丽乙", n.Text);
        Assert.Equal(new TextSpan(1, 3), n.SourceOf(1));
        Assert.Equal(new TextSpan(3, 4), n.SourceOf(2));
    }

    [Fact]
    public void RadicalThatMapsToASupplementaryIdeographGrowsByOneCodeUnit()
    {
        NormalizedText n = Normalizer.Normalize("a\u2E87b"); // CJK RADICAL TABLE → U+20628
        Assert.Equal("a" + char.ConvertFromUtf32(0x20628) + "b", n.Text);
        Assert.Equal(new TextSpan(1, 2), n.SourceOf(1));
        Assert.Equal(new TextSpan(1, 2), n.SourceOf(2));
        Assert.Equal(new TextSpan(2, 3), n.SourceOf(3));
    }

    [Fact]
    public void RejectsSpansOutsideTheText()
    {
        NormalizedText n = Normalizer.Normalize("２０");
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToOriginal(new TextSpan(0, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToOriginal(new TextSpan(2, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.SourceOf(2));
    }

    [Fact]
    public void CoversEveryKangxiRadical()
    {
        for (int cp = 0x2F00; cp <= 0x2FD5; cp++)
        {
            string result = Normalizer.NormalizeToString(((char)cp).ToString());
            int mapped = char.ConvertToUtf32(result, 0);
            Assert.True(result.Length == char.ConvertFromUtf32(mapped).Length && mapped is >= 0x3400 and <= 0x9FFF,
                $"U+{cp:X4} normalised to «{result}»");
        }
    }

    [Fact]
    public void CoversTheRadicalSupplementCharactersWithAUnifiedEquivalent()
    {
        int mapped = 0;
        for (int cp = 0x2E80; cp <= 0x2EF3; cp++)
        {
            string result = Normalizer.NormalizeToString(((char)cp).ToString());
            if (result != ((char)cp).ToString())
            {
                mapped++;
                Assert.True(char.ConvertToUtf32(result, 0) >= 0x3400, $"U+{cp:X4} normalised to «{result}»");
            }
        }

        Assert.True(mapped >= 100, $"only {mapped} supplement radicals are mapped");
        Assert.Equal("西", Normalizer.NormalizeToString("\u2EC4"));
        Assert.Equal("鸟", Normalizer.NormalizeToString("\u2EE6"));
    }

    [Fact]
    public void DoesNotApplyNfkcToChinesePunctuation()
    {
        const string punctuation = "（），：；！？【】《》〔〕、。";
        Assert.Equal(punctuation, Normalizer.NormalizeToString(punctuation));
    }

    [Fact]
    public void LoadsCustomTables()
    {
        var custom = TextNormalizer.FromTables(new StringReader("# test\n4E00\t4E8C\talways\tone to two\n3002\t\talways\tremove\n"));
        Assert.Equal(2, custom.RuleCount);
        Assert.Equal("二二\n", custom.NormalizeToString("一一。\r\n"));
    }

    [Theory]
    [InlineData("4E00\t4E8C\n", "from<TAB>to<TAB>when")]
    [InlineData("XYZ\t4E8C\talways\n", "not a hexadecimal")]
    [InlineData("4E00\t4E8C\tsometimes\n", "unknown condition")]
    [InlineData("D800\t4E8C\talways\n", "not a hexadecimal")]
    public void RejectsMalformedTables(string table, string message)
    {
        var ex = Assert.Throws<CampaignTextException>(() => TextNormalizer.FromTables(new StringReader(table)));
        Assert.Contains(message, ex.Message);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void RejectsACodePointMappedTwice()
    {
        var ex = Assert.Throws<CampaignTextException>(() => TextNormalizer.FromTables(
            new StringReader("4E00\t4E8C\talways\n"), new StringReader("4E00\t4E09\talways\n")));
        Assert.Contains("U+4E00", ex.Message);
    }

    private static readonly Gen<string> Texts = Gen.OneOf(
            "东", "城", "区", "文明", "，", "：", "（", "）", "１", "２", "０", "9", "a", "Ｚ", "．", "％", " ",
            "\u3000", "\u200B", "\uFEFF", "\u00A0", "\r", "\n", "\r\n", "\u2EC4", "\u2FA6", "\u2E87", "\uF900",
            char.ConvertFromUtf32(0x2F800), char.ConvertFromUtf32(0x1F600), "\uD800", "\uDC00", "〖", "］", "\u2028")
        .Array[0, 40]
        .Select(parts => string.Concat(parts));

    [Fact]
    public void EveryNormalisedCharacterPointsToOriginalTextThatNormalisesToIt()
    {
        Texts.Sample(original =>
        {
            NormalizedText n = Normalizer.Normalize(original);
            for (int i = 0; i < n.Text.Length; i++)
            {
                TextSpan source = n.ToOriginal(new TextSpan(i, i + 1));
                Assert.InRange(source.Start, 0, original.Length);
                Assert.InRange(source.End, source.Start + 1, original.Length);
                string slice = original[source.Start..source.End];
                string renormalised = Normalizer.NormalizeToString(slice);
                // The full-width colon becomes ':' only between digits, which a one-character slice cannot show.
                bool contextual = n.Text[i] == ':' && slice == "：";
                Assert.True(contextual || renormalised.Contains(n.Text[i]),
                    $"char {i} «{n.Text[i]}» maps to «{slice}» which normalises to «{renormalised}»");
            }
        });
    }

    [Fact]
    public void SpansMapMonotonicallyAndNormalisationIsIdempotent()
    {
        Texts.Sample(original =>
        {
            NormalizedText n = Normalizer.Normalize(original);
            Assert.Equal(n.Text, Normalizer.NormalizeToString(n.Text));
            int previousEnd = 0;
            for (int i = 0; i < n.Text.Length; i++)
            {
                TextSpan s = n.SourceOf(i);
                Assert.True(s.Start >= previousEnd - 1, $"char {i} goes backwards: {s} after end {previousEnd}");
                previousEnd = s.End;
            }

            TextSpan all = n.ToOriginal(new TextSpan(0, n.Text.Length));
            Assert.InRange(all.End, all.Start, original.Length);
        });
    }
}
