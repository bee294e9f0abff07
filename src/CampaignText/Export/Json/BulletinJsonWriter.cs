using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CampaignText.Classification;
using CampaignText.Pipeline;
using CampaignText.Structure;

namespace CampaignText.Export.Json;

/// <summary>
/// Writes <see cref="BulletinAnalysis"/> results (or bare <see cref="BulletinDocument"/>s) in the
/// bulletin JSON contract: camelCase keys, Chinese as UTF-8 (not <c>\u</c> escapes), every key present
/// (<c>null</c> or <c>[]</c> when absent). A bare document has empty <c>mentions</c> and null paragraph
/// <c>category</c> and <c>confidence</c>. Immutable and thread-safe.
/// </summary>
public sealed class BulletinJsonWriter
{
    private static readonly BulletinJsonContext Indented = CreateContext(indented: true);
    private static readonly BulletinJsonContext Compact = CreateContext(indented: false);

    /// <summary>Serialises one document as a JSON object.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="source">The path of the source file as given.</param>
    /// <param name="indented">True for indented output, false for one line.</param>
    public string ToJson(BulletinDocument document, string source, bool indented = true)
    {
        return ToJson(BulletinAnalysis.FromDocument(source, document), indented);
    }

    /// <summary>Serialises one analysis as a JSON object.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">True for indented output, false for one line.</param>
    public string ToJson(BulletinAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(ToModel(analysis), context.BulletinJson);
    }

    /// <summary>Writes one document as one JSON object to a UTF-8 stream.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="source">The path of the source file as given.</param>
    /// <param name="indented">True for indented output.</param>
    public void Write(Stream stream, BulletinDocument document, string source, bool indented = true)
    {
        Write(stream, BulletinAnalysis.FromDocument(source, document), indented);
    }

    /// <summary>Writes one analysis as one JSON object to a UTF-8 stream.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="indented">True for indented output.</param>
    public void Write(Stream stream, BulletinAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(analysis);
        var context = indented ? Indented : Compact;
        // Written through a writer over the stream, which the mentions converter flushes as it goes, so a
        // document with a million mentions is never held whole in memory as JSON.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = context.Options.Encoder });
        JsonSerializer.Serialize(json, ToModel(analysis), context.BulletinJson);
    }

    /// <summary>Writes several documents as one JSON array.</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="documents">The documents with the paths of their sources.</param>
    /// <param name="indented">True for indented output.</param>
    public void WriteArray(TextWriter writer, IEnumerable<(string Source, BulletinDocument Document)> documents, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(documents);
        WriteArray(writer, documents.Select(static d => BulletinAnalysis.FromDocument(d.Source, d.Document)), indented);
    }

    /// <summary>Writes several analyses as one JSON array.</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="analyses">The analyses.</param>
    /// <param name="indented">True for indented output.</param>
    public void WriteArray(TextWriter writer, IEnumerable<BulletinAnalysis> analyses, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analyses);
        var context = indented ? Indented : Compact;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = context.Options.Encoder }))
        {
            json.WriteStartArray();
            foreach (var analysis in analyses)
            {
                JsonSerializer.Serialize(json, ToModel(analysis), context.BulletinJson);
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes one document as one line of JSON Lines (compact, ending with a line feed).</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="source">The path of the source file as given.</param>
    public void WriteLine(TextWriter writer, BulletinDocument document, string source) =>
        WriteLine(writer, BulletinAnalysis.FromDocument(source, document));

    /// <summary>Writes one analysis as one line of JSON Lines (compact, ending with a line feed).</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="analysis">The analysis.</param>
    public void WriteLine(TextWriter writer, BulletinAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToJson(analysis, indented: false));
        writer.Write('\n');
    }

    private static BulletinJsonContext CreateContext(bool indented) =>
        new(new JsonSerializerOptions(BulletinJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        });

    /// <summary>The contract's name of a date source: masthead, metadata or signoff.</summary>
    internal static string? DateSourceName(DocumentDateSource? source) => source switch
    {
        DocumentDateSource.Masthead => "masthead",
        DocumentDateSource.Metadata => "metadata",
        DocumentDateSource.SignOff => "signoff",
        _ => null,
    };

    private static BulletinJson ToModel(BulletinAnalysis analysis)
    {
        var document = analysis.Document;
        var m = document.Masthead;
        var f = document.Footer;
        return new BulletinJson(
            analysis.Source,
            m.Publication,
            m.Issue,
            m.TotalIssue,
            document.Issuer,
            document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateSourceName(document.DateSource),
            document.Title,
            analysis.Home?.Name,
            analysis.Home?.Code,
            analysis.Home?.City,
            document.Sections.Select(s => new SectionJson(
                s.Heading,
                s.Category,
                s.Articles.Select(a => new ArticleJson(
                    a.Title,
                    a.Attribution,
                    a.Tag,
                    a.Paragraphs.Count > 0 ? analysis.DistrictOf(a.Paragraphs[0].Index)?.Name : null,
                    a.Paragraphs.Count > 0 ? analysis.DistrictOf(a.Paragraphs[0].Index)?.Code : null,
                    a.Paragraphs.Select(p => analysis.LabelOf(p.Index) is { } label
                        ? new ParagraphJson(p.Index, p.Text, p.Part, label.Category, Math.Round(label.Confidence, 4), LabelSourceName(label.Source)) { SourceStart = analysis.SourceSpanOf(p.Index)?.Start, SourceEnd = analysis.SourceSpanOf(p.Index)?.End }
                        : new ParagraphJson(p.Index, p.Text, p.Part, null, null, null) { SourceStart = analysis.SourceSpanOf(p.Index)?.Start, SourceEnd = analysis.SourceSpanOf(p.Index)?.End }).ToArray())).ToArray())).ToArray(),
            f.IsEmpty ? null : new FooterJson(f.Editor, f.Reviewer, f.Staff, f.Phone, f.Fax, f.Email, f.ReportTo, f.CopyTo, f.DistributeTo),
            new DistrictedMentions(analysis.Mentions, analysis.DistrictOf));
    }

    /// <summary>The JSON spelling of a label's source: <c>heading</c> or <c>model</c>.</summary>
    internal static string LabelSourceName(LabelSource source) => source == LabelSource.Heading ? "heading" : "model";
}
