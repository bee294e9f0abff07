using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignText.Extraction;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Tests.Extraction;

/// <summary>Over every paragraph and footer line of corpus/src: no phone, e-mail, issue number or year becomes a quantity.</summary>
public sealed partial class CorpusQuantityTests
{
    [GeneratedRegex(@"[0-9]{7,}|@|^(?:19|20)[0-9]{2}\s*年?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Forbidden();

    private static IEnumerable<string> Strings(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: yield return e.GetString()!; break;
            case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) foreach (var s in Strings(x)) yield return s; break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) foreach (var s in Strings(p.Value)) yield return s; break;
        }
    }

    [Fact]
    public void NoPhoneEmailIssueNumberOrYearIsAQuantity()
    {
        var files = Directory.GetFiles(Path.Combine(SpecFiles.RepoRoot, "corpus", "src"), "*.json");
        Assert.NotEmpty(files);
        var bad = new List<string>();
        int quantities = 0;
        foreach (string f in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            var root = doc.RootElement;
            var masthead = root.TryGetProperty("masthead", out var mh) && mh.ValueKind == JsonValueKind.Object ? mh : default;
            var footer = root.TryGetProperty("footer", out var ft) && ft.ValueKind == JsonValueKind.Object ? ft : default;
            DateOnly? date = masthead.ValueKind == JsonValueKind.Object && masthead.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var texts = Strings(root.GetProperty("sections")).Concat(Strings(footer)).Concat(Strings(masthead));
            // Footer fields as they are printed.
            foreach (string key in (string[])["phone", "fax", "email"])
            {
                if (footer.ValueKind == JsonValueKind.Object && footer.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String) texts = texts.Append($"电话：{v.GetString()}  传真：{v.GetString()}  邮箱：{v.GetString()}");
            }
            if (masthead.ValueKind == JsonValueKind.Object && masthead.TryGetProperty("issue", out var issue) && issue.ValueKind == JsonValueKind.Number)
                texts = texts.Append($"第{issue.GetInt32()}期").Append($"第 {issue.GetInt32()} 期");
            foreach (string text in texts)
            {
                foreach (var m in MentionExtractor.Default.Extract(text, date, new ExtractionContext(Kinds: [MentionKind.Quantity])))
                {
                    quantities++;
                    var q = Assert.IsType<QuantityMention>(m);
                    bool issueNumber = m.Start > 0 && text[..m.Start].TrimEnd().EndsWith('第');
                    if (Forbidden().IsMatch(q.Text) || issueNumber || q.Unit == "年" && q.Value >= 1900)
                        bad.Add($"{Path.GetFileName(f)}: {q.Text} in {text}");
                }
            }
        }
        Assert.True(quantities > 100, $"only {quantities} quantities found in the corpus");
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }
}
