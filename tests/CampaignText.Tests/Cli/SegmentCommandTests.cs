using System.Text.Json;
using CampaignText.Cli;

namespace CampaignText.Tests.Cli;

public class SegmentCommandTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void JsonListsWordsWithOffsetsAndChineseUnescaped()
    {
        var (code, output, _) = Run("东城区创建全国文明城区", "segment", "-", "--lexicon", "jieba", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("东城区", output); // UTF-8, not \u escapes
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["东城区", "创建", "全国", "文明", "城区"], items.Select(i => i.GetProperty("word").GetString()));
        Assert.Equal(0, items[0].GetProperty("start").GetInt32());
        Assert.Equal(11, items[^1].GetProperty("end").GetInt32());
    }

    [Fact]
    public void CampaignLexiconIsTheDefaultAndPosAddsTags()
    {
        var (code, output, _) = Run("东城区创建全国文明城区", "segment", "--pos", "--format", "tsv");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("word\tstart\tend\ttag", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("全国文明城区\t5\t11\t", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingFileIsOneLineAndExitCode2()
    {
        var (code, output, error) = Run("", "segment", "/no/such/file.txt");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("/no/such/file.txt: directory not found", error.Trim());
    }

    [Fact]
    public void PosWithSearchModeIsAUsageError()
    {
        var (code, _, error) = Run("文明", "segment", "-", "--pos", "--mode", "search");
        Assert.Equal(1, code);
        Assert.Contains("--pos", error);
    }

    [Fact]
    public void KeywordsPrintsWordAndWeight()
    {
        var (code, output, _) = Run("全国文明城区创建工作部署会。全国文明城区创建要常态长效。", "keywords", "-", "--top", "3");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var weights = lines.Select(l => double.Parse(l.Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(weights.OrderByDescending(w => w), weights);
        Assert.Contains(lines, l => l.StartsWith("文明城区创建\t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("tsv")]
    [InlineData("json")]
    public void StreamedOutputEqualsTheWholeTextsWords(string format)
    {
        // Many lines, so that the input spans several chunks; every line kind and an empty line.
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "\r\n" : $"东城区第{i}次创建全国文明城区，志愿者{i % 13}人。\n"));
        var (code, output, _) = Run(text, "segment", "-", "--format", format);
        Assert.Equal(0, code);
        var words = CampaignText.Segmentation.JiebaSegmenter.Campaign.Tokenize(text);
        switch (format)
        {
            case "json":
                var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
                Assert.Equal(words.Select(w => (w.Word, w.Start, w.End)),
                    items.Select(i => (i.GetProperty("word").GetString()!, i.GetProperty("start").GetInt32(), i.GetProperty("end").GetInt32())));
                break;
            case "tsv":
                var rows = output.Split(Environment.NewLine).Skip(1).Where(r => r.Length > 0).ToList();
                Assert.Equal(words.Select(w => $"{w.Word.Replace("\r", "\\r").Replace("\n", "\\n")}\t{w.Start}\t{w.End}"), rows);
                break;
            default:
                var lines = output.Split(Environment.NewLine);
                Assert.Equal(text.Split('\n').Length, lines.Length);
                Assert.Equal(string.Join(" / ", words.TakeWhile(w => w.Word is not ("\n" or "\r\n")).Select(w => w.Word)), lines[0]);
                Assert.Equal(text.Replace("\r", "").Replace("\n", ""), string.Concat(lines).Replace(" / ", ""));
                break;
        }
    }
}
