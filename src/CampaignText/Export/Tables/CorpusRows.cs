using System.Globalization;
using CampaignText.Extraction;
using CampaignText.Extraction.Kinds;
using CampaignText.Pipeline;

namespace CampaignText.Export.Tables;

/// <summary>
/// One bulletin flattened into the four tables that the CSV, Parquet and SQLite exports share:
/// documents, sections, paragraphs and mentions, all keyed by the source path.
/// </summary>
/// <param name="Document">The bulletin's one row of <c>documents</c>.</param>
/// <param name="Sections">Its rows of <c>sections</c>.</param>
/// <param name="Paragraphs">Its rows of <c>paragraphs</c>.</param>
/// <param name="Mentions">Its rows of <c>mentions</c>.</param>
public sealed record CorpusRows(
    DocumentRow Document,
    IReadOnlyList<SectionRow> Sections,
    IReadOnlyList<ParagraphRow> Paragraphs,
    IReadOnlyList<MentionRow> Mentions)
{
    /// <summary>The names of the four tables, in the order they are written.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["documents", "sections", "paragraphs", "mentions"];

    /// <summary>Flattens one analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    public static CorpusRows From(BulletinAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var doc = analysis.Document;
        var source = analysis.Source;
        var sections = new List<SectionRow>(doc.Sections.Count);
        var paragraphs = new List<ParagraphRow>();
        int articleIndex = 0, characters = 0;
        for (int s = 0; s < doc.Sections.Count; s++)
        {
            var section = doc.Sections[s];
            int sectionParagraphs = 0;
            foreach (var article in section.Articles)
            {
                foreach (var p in article.Paragraphs)
                {
                    var label = analysis.LabelOf(p.Index);
                    paragraphs.Add(new ParagraphRow
                    {
                        Document = source,
                        Paragraph = p.Index,
                        Section = s,
                        Article = articleIndex,
                        SectionCategory = section.Category,
                        ArticleTitle = article.Title,
                        Attribution = article.Attribution,
                        Tag = article.Tag,
                        Part = p.Part,
                        Text = p.Text,
                        Category = label?.Category,
                        Confidence = label is null ? null : Math.Round(label.Confidence, 4),
                        LabelSource = label is null ? null : Json.BulletinJsonWriter.LabelSourceName(label.Source),
                        District = analysis.DistrictOf(p.Index)?.Name,
                        DistrictCode = analysis.DistrictOf(p.Index)?.Code,
                        SourceStart = analysis.SourceSpanOf(p.Index)?.Start,
                        SourceEnd = analysis.SourceSpanOf(p.Index)?.End,
                    });
                    characters += p.Text.Length;
                    sectionParagraphs++;
                }

                articleIndex++;
            }

            sections.Add(new SectionRow
            {
                Document = source,
                Section = s,
                Heading = section.Heading,
                Category = section.Category,
                Articles = section.Articles.Count,
                Paragraphs = sectionParagraphs,
            });
        }

        var mentions = new List<MentionRow>(analysis.Mentions.Count);
        foreach (var pm in analysis.Mentions)
        {
            var row = ToRow(source, pm.Paragraph, pm.Mention);
            var district = analysis.DistrictOf(pm.Paragraph);
            row.ArticleDistrict = district?.Name;
            row.ArticleDistrictCode = district?.Code;
            // As in the JSON: every mention but a district's names a district, its own place's, else its article's.
            if (pm.Mention.Kind != MentionKind.District) row.District ??= district?.Name;
            row.SourceStart = pm.SourceSpan?.Start;
            row.SourceEnd = pm.SourceSpan?.End;
            mentions.Add(row);
        }

        var m = doc.Masthead;
        var document = new DocumentRow
        {
            Document = source,
            Publication = m.Publication,
            Issue = m.Issue,
            TotalIssue = m.TotalIssue,
            Issuer = m.Issuer,
            Date = Format(m.Date),
            Month = m.Date?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            Title = doc.Title,
            District = analysis.HomeDistrict,
            Sections = sections.Count,
            Paragraphs = paragraphs.Count,
            Mentions = mentions.Count,
            Characters = characters,
            Editor = doc.Footer.Editor,
            DistrictCode = analysis.Home?.Code,
            DistrictCity = analysis.Home?.City,
        };
        return new CorpusRows(document, sections, paragraphs, mentions);
    }

    /// <summary>One mention as a row of <c>mentions</c>.</summary>
    /// <param name="source">The document key.</param>
    /// <param name="paragraph">The paragraph index.</param>
    /// <param name="mention">The mention.</param>
    public static MentionRow ToRow(string source, int paragraph, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mention);
        var row = new MentionRow
        {
            Document = source,
            Paragraph = paragraph,
            Kind = MentionKinds.Of(mention).Name,
            Text = mention.Text,
            Start = mention.Start,
            End = mention.End,
        };
        MentionRowColumns.Fill(row, mention);
        return row;
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
