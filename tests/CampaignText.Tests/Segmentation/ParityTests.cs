using System.Text.Json;
using CampaignText.Segmentation;

namespace CampaignText.Tests.Segmentation;

/// <summary>
/// Token-for-token agreement with python jieba 0.42.1 on its stock dictionary, against golden files
/// made by scripts/jieba/make_parity.py (Specs/Segmentation/parity.jsonl, keywords.jsonl).
/// </summary>
[UsesSpecFiles("Segmentation/parity.jsonl.gz", "Segmentation/keywords.jsonl")]
public class ParityTests
{
    private static readonly JiebaSegmenter Seg = JiebaSegmenter.Default;

    private static List<JsonElement> Load(string file) =>
        SpecFiles.ReadLines("Segmentation/" + file).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static readonly Lazy<List<JsonElement>> Parity = new(() => Load("parity.jsonl"));

    private static string[] Words(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static void Check(string mode, Func<string, IReadOnlyList<string>> actual, Func<JsonElement, string[]> expected)
    {
        int cases = 0;
        var failures = new List<string>();
        foreach (var item in Parity.Value)
        {
            cases++;
            string text = item.GetProperty("text").GetString()!;
            var exp = expected(item);
            var act = actual(text);
            if (!exp.SequenceEqual(act))
            {
                int i = 0;
                while (i < exp.Length && i < act.Count && exp[i] == act[i]) i++;
                failures.Add($"{item.GetProperty("id").GetString()}: first difference at token {i}: expected [{string.Join("|", exp.Skip(i).Take(5))}] got [{string.Join("|", act.Skip(i).Take(5))}]");
            }
        }
        Assert.True(cases >= 2000, $"only {cases} parity cases");
        Assert.True(failures.Count == 0, $"{mode}: {failures.Count} of {cases} texts differ\n" + string.Join("\n", failures.Take(10)));
    }

    [Fact] public void CutWithHmm() => Check("cut", t => Seg.Cut(t), e => Words(e.GetProperty("cut")));

    [Fact] public void CutWithoutHmm() => Check("cut_no_hmm", t => Seg.Cut(t, hmm: false), e => Words(e.GetProperty("cut_no_hmm")));

    [Fact]
    public void CutAll() => Check("cut_all", t => Seg.CutAll(t),
        e => Words(e.GetProperty("cut_all")).Where(w => w.Length > 0).ToArray());

    [Fact] public void CutForSearch() => Check("search", t => Seg.CutForSearch(t), e => Words(e.GetProperty("search")));

    [Fact] public void CutForSearchWithoutHmm() => Check("search_no_hmm", t => Seg.CutForSearch(t, hmm: false), e => Words(e.GetProperty("search_no_hmm")));

    private static string[] TokenTriples(JsonElement e) =>
        e.EnumerateArray().Select(x => $"{x[0].GetString()}@{x[1].GetInt32()}-{x[2].GetInt32()}").ToArray();

    [Fact]
    public void TokenizeOffsets() => Check("tokenize",
        t => Seg.Tokenize(t).Select(x => $"{x.Word}@{x.Start}-{x.End}").ToList(),
        e => TokenTriples(e.GetProperty("tokenize")));

    [Fact]
    public void TokenizeSearchOffsets() => Check("tokenize_search",
        t => Seg.Tokenize(t, SegmentMode.Search).Select(x => $"{x.Word}@{x.Start}-{x.End}").ToList(),
        e => TokenTriples(e.GetProperty("tokenize_search")));

    private static string[] Pairs(JsonElement e) =>
        e.EnumerateArray().Select(x => $"{x[0].GetString()}/{x[1].GetString()}").ToArray();

    [Fact]
    public void PosTags() => Check("posseg", t => Seg.Tag(t).Select(x => $"{x.Word}/{x.Tag}").ToList(), e => Pairs(e.GetProperty("posseg")));

    [Fact]
    public void PosTagsWithoutHmm() => Check("posseg_no_hmm", t => Seg.Tag(t, hmm: false).Select(x => $"{x.Word}/{x.Tag}").ToList(), e => Pairs(e.GetProperty("posseg_no_hmm")));

    [Fact]
    public void Keywords()
    {
        var extractor = new CampaignText.Segmentation.Keywords.KeywordExtractor(Seg);
        var items = Load("keywords.jsonl");
        Assert.True(items.Count >= 150, $"only {items.Count} keyword cases");
        var failures = new List<string>();
        foreach (var item in items)
        {
            string text = item.GetProperty("text").GetString()!;
            Compare(item, "tfidf", extractor.ExtractTfIdf(text, 20), failures);
            Compare(item, "tfidf_pos", extractor.ExtractTfIdf(text, 20, ["ns", "n", "vn", "v"]), failures);
            Compare(item, "textrank", extractor.ExtractTextRank(text, 20), failures);
            Compare(item, "textrank_pos", extractor.ExtractTextRank(text, 20, ["ns", "n"]), failures);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} keyword lists differ\n" + string.Join("\n", failures.Take(10)));
    }

    private static void Compare(JsonElement item, string key, IReadOnlyList<CampaignText.Segmentation.Keywords.Keyword> actual, List<string> failures)
    {
        var expected = item.GetProperty(key).EnumerateArray().Select(x => (Word: x[0].GetString()!, Weight: x[1].GetDouble())).ToList();
        bool same = expected.Count == actual.Count;
        for (int i = 0; same && i < expected.Count; i++)
        {
            same = expected[i].Word == actual[i].Word &&
                   Math.Abs(expected[i].Weight - actual[i].Weight) <= 1e-12 * Math.Max(1, Math.Abs(expected[i].Weight));
        }
        if (!same)
        {
            failures.Add($"{item.GetProperty("id").GetString()} {key}: expected {string.Join(",", expected.Take(5).Select(e => $"{e.Word}:{e.Weight}"))} got {string.Join(",", actual.Take(5).Select(a => $"{a.Word}:{a.Weight}"))}");
        }
    }
}
