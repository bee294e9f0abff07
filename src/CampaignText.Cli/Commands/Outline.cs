using System.Globalization;
using System.Text;
using CampaignText.Pipeline;
using CampaignText.Structure;

namespace CampaignText.Cli.Commands;

/// <summary>Renders a <see cref="BulletinDocument"/> as a readable outline for checking by eye.</summary>
internal static class Outline
{
    private const int PreviewLength = 48;

    public static string Render(BulletinAnalysis analysis)
    {
        var document = analysis.Document;
        var source = analysis.Source;
        var mentions = analysis.Mentions.ToLookup(static pm => pm.Paragraph);
        var b = new StringBuilder();
        var m = document.Masthead;
        b.Append("== ").AppendLine(source);
        Field(b, "publication", m.Publication);
        Field(b, "issue", m.Issue?.ToString(CultureInfo.InvariantCulture));
        Field(b, "totalIssue", m.TotalIssue?.ToString(CultureInfo.InvariantCulture));
        Field(b, "issuer", m.Issuer);
        Field(b, "date", m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(b, "title", document.Title);
        Field(b, "home", analysis.HomeDistrict);
        foreach (var section in document.Sections)
        {
            b.Append("  【").Append(section.Heading ?? "(no heading)").Append("】 ").AppendLine(section.Category);
            foreach (var article in section.Articles)
            {
                b.Append("    * ");
                if (article.Tag is not null)
                {
                    b.Append('[').Append(article.Tag).Append("] ");
                }

                b.Append(article.Title ?? "(untitled)");
                if (article.Attribution is not null)
                {
                    b.Append("  — ").Append(article.Attribution);
                }

                b.AppendLine();
                string? part = null;
                foreach (var p in article.Paragraphs)
                {
                    if (p.Part is not null && p.Part != part)
                    {
                        b.Append("      § ").AppendLine(p.Part);
                    }

                    part = p.Part;
                    b.Append("      ").Append(p.Index.ToString(CultureInfo.InvariantCulture)).Append(" ¶ ")
                        .Append('[').Append(p.Text.Length.ToString(CultureInfo.InvariantCulture)).Append("] ")
                        .Append(Preview(p.Text)).AppendLine();
                    if (analysis.LabelOf(p.Index) is { } label)
                    {
                        b.Append("        category: ").Append(label.Category).Append(' ')
                            .AppendLine(label.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
                    }

                    if (mentions.Contains(p.Index))
                    {
                        b.Append("        mentions: ").AppendLine(string.Join("; ", mentions[p.Index].Select(static pm => MentionText.Summary(pm.Mention))));
                    }
                }
            }
        }

        var f = document.Footer;
        b.AppendLine("  footer");
        Field(b, "editor", f.Editor, "    ");
        Field(b, "reviewer", f.Reviewer, "    ");
        foreach (var (role, name) in f.Staff)
        {
            Field(b, role, name, "    ");
        }

        Field(b, "phone", f.Phone, "    ");
        Field(b, "fax", f.Fax, "    ");
        Field(b, "email", f.Email, "    ");
        Field(b, "reportTo", f.ReportTo.Count > 0 ? string.Join(" | ", f.ReportTo) : null, "    ");
        Field(b, "copyTo", f.CopyTo.Count > 0 ? string.Join(" | ", f.CopyTo) : null, "    ");
        Field(b, "distributeTo", f.DistributeTo.Count > 0 ? string.Join(" | ", f.DistributeTo) : null, "    ");
        return b.ToString();
    }

    private static void Field(StringBuilder b, string name, string? value, string indent = "  ")
    {
        if (value is not null)
        {
            b.Append(indent).Append(name).Append(": ").AppendLine(value);
        }
    }

    private static string Preview(string text) =>
        text.Length <= PreviewLength * 2 ? text : string.Concat(text.AsSpan(0, PreviewLength), " … ", text.AsSpan(text.Length - PreviewLength));
}
