using CampaignText.Segmentation;
using CsCheck;

namespace CampaignText.Tests.Segmentation;

public class SegmenterPropertyTests
{
    // Random strings drawn from a mix of CJK, ASCII, punctuation, whitespace, surrogates and anything.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.OneOf(
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char['a', 'z'],
            Gen.Char['0', '9'],
            Gen.Const('\n'), Gen.Const('\r'), Gen.Const(' '), Gen.Const('\u3000'), Gen.Const('.'), Gen.Const('%'), Gen.Const('-'),
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char['\u0000', '\uFFFF']).Array[0, 200].Select(a => new string(a)));

    [Fact]
    public void ExactTokensConcatenateToTheInputWithContiguousOffsets()
    {
        var seg = JiebaSegmenter.Default;
        Texts.Sample(text =>
        {
            foreach (bool hmm in new[] { true, false })
            {
                var tokens = seg.Tokenize(text, SegmentMode.Exact, hmm);
                int pos = 0;
                foreach (var t in tokens)
                {
                    Assert.Equal(pos, t.Start);
                    Assert.True(t.End > t.Start);
                    Assert.Equal(text[t.Start..t.End], t.Word);
                    pos = t.End;
                }
                Assert.Equal(text.Length, pos);
            }
        }, iter: 3000);
    }

    [Fact]
    public void SearchFullAndTaggedTokensPointAtTheirText()
    {
        var seg = JiebaSegmenter.Default;
        Texts.Sample(text =>
        {
            foreach (var t in seg.Tokenize(text, SegmentMode.Search)) Assert.Equal(text[t.Start..t.End], t.Word);
            foreach (var t in seg.Tokenize(text, SegmentMode.Full)) Assert.InRange(t.End, t.Start + 1, text.Length);
            int pos = 0;
            foreach (var t in seg.Tag(text))
            {
                Assert.Equal(pos, t.Start);
                Assert.Equal(text[t.Start..t.End], t.Word);
                pos = t.End;
            }
            Assert.Equal(text.Length, pos);
        }, iter: 1500);
    }
}
