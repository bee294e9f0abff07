using System.Text.RegularExpressions;
using CampaignText.Extraction;
using CampaignText.Extraction.Quantities;
using CampaignText.Pipeline;
using CampaignText.Text;

namespace CampaignText.Tests.Extraction;

/// <summary>
/// Over the whole text of every corpus file as it is printed (masthead, body and footer, .txt, .md and
/// .docx alike): no phone or fax number, e-mail address, issue number or year becomes a quantity, and
/// the analysed paragraphs give none either.
/// </summary>
public sealed partial class CorpusFileQuantityTests
{
    [GeneratedRegex(@"[0-9]{7,}|@|^(?:19|20)[0-9]{2}\s*年?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"(?:电话|传真|手机|热线|邮箱|E-?mail|联系人)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContactLabel();

    private static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(Path.Combine(SpecFiles.RepoRoot, "corpus"), "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".docx" && !f.Contains($"{Path.DirectorySeparatorChar}src{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string? Why(string text, QuantityMention q)
    {
        if (Forbidden().IsMatch(q.Text)) return "phone, e-mail or year";
        if (q.Unit == "年" && q.Value >= 1900) return "year";
        if (text[..q.Start].TrimEnd().EndsWith('第')) return "issue number or ordinal";
        int lineStart = text.LastIndexOf('\n', Math.Max(0, q.Start - 1)) + 1;
        string before = text[lineStart..q.Start];
        var label = ContactLabel().Matches(before).LastOrDefault();
        // A number after a contact label of the same line, with nothing but digits and separators between.
        if (label is not null && before[(label.Index + label.Length)..].All(c => !char.IsLetter(c) || c is 'x' or 'X'))
            return "contact number";
        return null;
    }

    [Fact]
    public void NoPhoneEmailIssueNumberOrYearInAWholeFileIsAQuantity()
    {
        var pipeline = CampaignPipeline.CreateDefault();
        var files = CorpusFiles().ToList();
        Assert.True(files.Count >= 70, $"only {files.Count} corpus files");
        var bad = new List<string>();
        int quantities = 0;
        foreach (string f in files)
        {
            string text = pipeline.Reader.Read(f).Text;
            var analysis = pipeline.Analyze(text, f);
            var kinds = new ExtractionContext(analysis.HomeDistrict, [MentionKind.Quantity]);
            foreach (var q in MentionExtractor.Default.Extract(text, analysis.Document.Masthead.Date, kinds).OfType<QuantityMention>())
            {
                quantities++;
                if (Why(text, q) is string why) bad.Add($"{Path.GetFileName(f)}: {q.Text} ({why}) in …{text[Math.Max(0, q.Start - 15)..Math.Min(text.Length, q.End + 5)]}…");
            }

            var paragraphs = analysis.Document.Sections.SelectMany(s => s.Articles).SelectMany(a => a.Paragraphs).ToDictionary(p => p.Index, p => p.Text);
            foreach (var pm in analysis.Mentions)
            {
                if (pm.Mention is QuantityMention q && Why(paragraphs[pm.Paragraph], q) is string why)
                    bad.Add($"{Path.GetFileName(f)} ¶{pm.Paragraph}: {q.Text} ({why})");
            }
        }

        Assert.True(quantities > 500, $"only {quantities} quantities found in the corpus");
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }
}
