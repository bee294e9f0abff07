using System.Text;
using System.Text.RegularExpressions;
using CampaignText.Export.Json;
using CampaignText.Export.Sqlite;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Pipeline;

/// <summary>
/// <c>sourceStart</c>/<c>sourceEnd</c> of paragraphs and mentions point into the file's decoded text: the slice,
/// with whitespace, markdown marks and page-number lines removed, is the text without whitespace.
/// </summary>
public sealed partial class SourceOffsetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly CampaignPipeline Pipeline = CampaignPipeline.CreateDefault();

    /// <summary>A page-number line: "- 2 -", "第2页", "2", "— 12 —".</summary>
    [GeneratedRegex(@"^[\s\-－—–]*(?:第\s*)?[0-9]{1,3}(?:\s*页)?[\s\-－—–]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageLine();

    /// <summary>Removes whitespace, markdown marks, pinyin annotations (創(chuàng)建) and, of a slice, its inner page-number lines.</summary>
    internal static string Squeeze(string s)
    {
        var lines = CampaignText.Structure.TextCleaning.RemovePinyinAnnotations(s).Split('\n');
        var b = new StringBuilder(s.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0 && i < lines.Length - 1 && PageLine().IsMatch(lines[i])) continue;
            foreach (var c in lines[i])
            {
                if (char.IsWhiteSpace(c) || c is '\u3000' or '\u00A0' or '\uFEFF' or '\u200B' or '#' or '*' or '_' or '~' or '>' or '`' or '|') continue;
                b.Append(c);
            }
        }

        return b.ToString();
    }

    private static IEnumerable<string> Inputs()
    {
        foreach (var f in BulletinFiles.Expand([Path.Combine(SpecFiles.RepoRoot, "corpus")]).Order(StringComparer.Ordinal)) yield return f;
    }

    private int _mentions, _paragraphs, _exactParagraphs;

    /// <summary>Every mismatch of one document, as "file: what (expected ≠ slice)".</summary>
    private List<string> Mismatches(string path)
    {
        var read = Pipeline.Reader.Read(path);
        var a = Pipeline.Analyze(read, path);
        var original = read.Original;
        var problems = new List<string>();
        string Slice(TextSpan span) => span.Start >= 0 && span.End <= original.Length && span.Start <= span.End
            ? original[span.Start..span.End] : "<out of range>";
        foreach (var p in a.Document.Paragraphs)
        {
            var span = a.SourceSpanOf(p.Index);
            if (span is null) { problems.Add($"{path}: paragraph {p.Index} has no source span"); continue; }
            var slice = Slice(span.Value);
            // A paragraph joined across a page break also spans the furniture dropped between its lines (running
            // headers and footers, "第2页 / 共3页", a line repeated at the top of the next page): its text is the
            // slice in order, starting and ending where the slice does.
            string text = Squeeze(p.Text), squeezed = Squeeze(slice);
            _paragraphs++;
            if (text == squeezed) _exactParagraphs++;
            if (text != squeezed && !(text.Length > 0 && squeezed.Length > 0 && text[0] == squeezed[0] && text[^1] == squeezed[^1] && IsSubsequence(text, squeezed)))
            {
                problems.Add($"{path}: paragraph {p.Index} «{p.Text}» ≠ «{slice}»");
            }
        }

        foreach (var pm in a.Mentions)
        {
            if (pm.SourceSpan is not { } mentionSpan) { problems.Add($"{path}: {pm.Mention.Kind} «{pm.Mention.Text}» has no source span"); continue; }
            var slice = Slice(mentionSpan);
            _mentions++;
            if (Squeeze(pm.Mention.Text) != Squeeze(slice)) problems.Add($"{path}: {pm.Mention.Kind} «{pm.Mention.Text}» ≠ «{slice}»");
        }

        return problems;
    }

    private static bool IsSubsequence(string text, string slice)
    {
        int j = 0;
        foreach (var c in slice)
        {
            if (j < text.Length && text[j] == c) j++;
        }

        return j == text.Length;
    }

    [Fact]
    public void EveryCorpusMentionAndParagraphSlicesBackToItsText()
    {
        var files = Inputs().ToList();
        Assert.True(files.Count > 20, "the corpus is found");
        // Every input format is covered: offsets into decoded .txt and .md, into extracted .docx, .html and .pdf.
        Assert.All(new[] { ".txt", ".md", ".docx", ".html", ".pdf" }, ext => Assert.Contains(files, f => f.EndsWith(ext, StringComparison.OrdinalIgnoreCase)));
        var problems = files.SelectMany(Mismatches).ToList();
        output.WriteLine($"{files.Count} files, {_mentions} mentions, {_paragraphs} paragraphs ({_exactParagraphs} exact, the rest spanning dropped page furniture)");
        Assert.True(problems.Count == 0, $"{problems.Count} mismatches:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void ReferenceBulletinsSliceBackWhenPresent()
    {
        var seeds = Path.Combine(Path.GetPathRoot(SpecFiles.RepoRoot) ?? "/", "work", "shared", "seeds");
        if (!Directory.Exists(seeds)) return; // the reference bulletins are not part of the repository
        var problems = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(Mismatches).ToList();
        output.WriteLine($"{_mentions} mentions, {_paragraphs} paragraphs ({_exactParagraphs} exact)");
        Assert.True(problems.Count == 0, $"{problems.Count} mismatches:\n" + string.Join("\n", problems.Take(40)));
    }

    [SpecTheory(Extension = "tsv")]
    public void SourceOffsets(string id)
    {
        var (line, c) = SpecCases.Row(typeof(SourceOffsetTests), nameof(SourceOffsets), id, 4);
        var (file, content, mention, expected) = (c[0], c[1], c[2], c[3]);
        var read = Pipeline.Reader.ReadString(content, file);
        var a = Pipeline.Analyze(read, file);
        var found = a.Mentions.Where(m => m.Mention.Text == mention).ToList();
        Assert.True(found.Count == 1, $"source-offsets.tsv line {line}: {found.Count} mentions «{mention}» in [{string.Join(", ", a.Mentions.Select(static m => m.Mention.Text))}]");
        var span = found[0].SourceSpan!.Value;
        Assert.True(expected == read.Original[span.Start..span.End], $"source-offsets.tsv line {line}: expected «{expected}», got «{read.Original[span.Start..span.End]}»");
    }

    [Fact]
    public void OffsetsCrossAPageBreakAndMarkdownMarks()
    {
        // Invented: a sentence cut by a page number, with bold marks in the middle.
        const string text = "【工作交流】\n推进文明创建\n5月3日，东城**区文明办**组织志愿者清理小广告，共清\n\n- 2 -\n\n理120处，覆盖东华门街道。\n";
        var read = Pipeline.Reader.ReadString(text, "page.md");
        var a = Pipeline.Analyze(read, "page.md");
        var quantity = a.Mentions.Single(static m => m.Mention.Text.Contains("120", StringComparison.Ordinal));
        var town = a.Mentions.Single(static m => m.Mention.Text == "东华门街道");
        var townSpan = town.SourceSpan!.Value;
        Assert.Equal("东华门街道", read.Original[townSpan.Start..townSpan.End]);
        Assert.Equal(text.IndexOf("东华门", StringComparison.Ordinal), townSpan.Start);
        var paragraph = a.SourceSpanOf(quantity.Paragraph)!.Value;
        var slice = read.Original[paragraph.Start..paragraph.End];
        Assert.Contains("- 2 -", slice, StringComparison.Ordinal);
        var paragraphText = a.Document.Paragraphs.Single(p => p.Index == quantity.Paragraph).Text;
        Assert.StartsWith(paragraphText[..4], slice, StringComparison.Ordinal);
        Assert.Equal(Squeeze(paragraphText), Squeeze(slice));
        Assert.EndsWith("街道。", slice, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonAndTablesCarryTheSourceOffsets()
    {
        const string text = "【简讯】\n6月1日，西城区开展垃圾分类宣传活动。\n";
        var a = Pipeline.Analyze(text, "brief.txt");
        var json = System.Text.Json.Nodes.JsonNode.Parse(new BulletinJsonWriter().ToJson(a))!;
        var p = json["sections"]![0]!["articles"]![0]!["paragraphs"]![0]!;
        Assert.Equal(text.IndexOf("6月1日", StringComparison.Ordinal), (int)p["sourceStart"]!);
        Assert.Equal(text.IndexOf("。", StringComparison.Ordinal) + 1, (int)p["sourceEnd"]!);
        var district = json["mentions"]!.AsArray().Single(static m => (string?)m!["text"] == "西城区")!;
        Assert.Equal(text.IndexOf("西城区", StringComparison.Ordinal), (int)district["sourceStart"]!);
        Assert.Equal(text.IndexOf("西城区", StringComparison.Ordinal) + 3, (int)district["sourceEnd"]!);
        var rows = CorpusRows.From(a);
        Assert.Equal(((int?)p["sourceStart"], (int?)p["sourceEnd"]), (rows.Paragraphs[0].SourceStart, rows.Paragraphs[0].SourceEnd));
        var row = rows.Mentions.Single(static m => m.Text == "西城区");
        Assert.Equal(((int?)district["sourceStart"], (int?)district["sourceEnd"]), (row.SourceStart, row.SourceEnd));
    }

    [Fact]
    public async Task TheIndexStoresOffsetsIntoTheFileWithItsCrlfLineEnds()
    {
        // Invented; CRLF line ends make the decoded file longer than the normalised text, so the offsets differ.
        const string text = "朝阳区创城简报\r\n第 2 期\r\n2022年3月8日\r\n【工作动态】\r\n3月7日，团结湖街道组织志愿者清理楼道堆物，\r\n共清理36处。\r\n";
        var dir = Directory.CreateTempSubdirectory("campaigntext-offsets-").FullName;
        try
        {
            var file = Path.Combine(dir, "crlf.txt");
            await File.WriteAllTextAsync(file, text);
            var db = Path.Combine(dir, "c.db");
            using (var index = CorpusIndex.Open(db, create: true))
            {
                var result = await index.IndexAsync([file], Pipeline, 1);
                Assert.Empty(result.Failed);
            }

            using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            check.Open();
            using var cmd = check.CreateCommand();
            cmd.CommandText = "SELECT source_start, source_end FROM mentions WHERE text = '团结湖街道'";
            using (var r = cmd.ExecuteReader())
            {
                Assert.True(r.Read());
                Assert.Equal(text.IndexOf("团结湖街道", StringComparison.Ordinal), r.GetInt32(0));
                Assert.Equal(text.IndexOf("团结湖街道", StringComparison.Ordinal) + 5, r.GetInt32(1));
            }

            cmd.CommandText = "SELECT source_start, source_end FROM paragraphs";
            using (var r = cmd.ExecuteReader())
            {
                Assert.True(r.Read());
                Assert.Equal(text.IndexOf("3月7日", StringComparison.Ordinal), r.GetInt32(0));
                Assert.Equal(text.IndexOf("36处。", StringComparison.Ordinal) + 4, r.GetInt32(1));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
