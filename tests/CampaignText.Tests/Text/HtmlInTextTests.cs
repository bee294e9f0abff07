using System.Text;
using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Text;

public class HtmlInTextTests
{
    private static readonly DocumentReader Raw = new(new DocumentReaderOptions { Normalize = false });

    [SpecTheory(Extension = "tsv")]
    public void HtmlInText(string id)
    {
        var (line, c) = SpecCases.Row(typeof(HtmlInTextTests), nameof(HtmlInText), id, 3);
        var (format, input, expected) = (c[0], c[1], c[2]);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));
        SourceText text = Raw.Read(stream, "case.txt");
        Assert.True((format == "html" ? SourceFormat.Html : SourceFormat.Txt) == text.Format, $"html-in-text.tsv line {line}: read as {text.Format}");
        Assert.True(expected.TrimEnd('\n') == text.Text.TrimEnd('\n'), $"html-in-text.tsv line {line}: expected «{expected}», got «{text.Text}»");
    }

    [Fact]
    public void TheOptionKeepsMarkupAsText()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { Normalize = false, DetectHtmlInText = false });
        const string input = "<p>第一段。</p><p>第二段。</p>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));
        SourceText text = reader.Read(stream, "case.txt");
        Assert.Equal(SourceFormat.Txt, text.Format);
        Assert.Equal(input, text.Text);
    }

    [Fact]
    public void AFileNamedHtmlIsStillReadAsAPage()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<p>第一段。</p><p>第二段。</p>"));
        SourceText text = Raw.Read(stream, "case.html");
        Assert.Equal(SourceFormat.Html, text.Format);
        Assert.DoesNotContain("<p>", text.Text, StringComparison.Ordinal);
    }
}
