using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CampaignText.Structure;

namespace CampaignText.Export.Json;

/// <summary>
/// Writes <see cref="BulletinDocument"/>s in the bulletin JSON contract: camelCase keys, Chinese as
/// UTF-8 (not <c>\u</c> escapes), every key present (<c>null</c> or <c>[]</c> when absent). Until
/// extraction and classification run, <c>mentions</c> is empty and each paragraph's <c>category</c>
/// and <c>confidence</c> are <c>null</c>. Immutable and thread-safe.
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
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var context = indented ? Indented : Compact;
        return JsonSerializer.Serialize(ToModel(document, source), context.BulletinJson);
    }

    /// <summary>Writes one document as one JSON object to a UTF-8 stream.</summary>
    /// <param name="stream">The stream to write to.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="source">The path of the source file as given.</param>
    /// <param name="indented">True for indented output.</param>
    public void Write(Stream stream, BulletinDocument document, string source, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var context = indented ? Indented : Compact;
        JsonSerializer.Serialize(stream, ToModel(document, source), context.BulletinJson);
    }

    /// <summary>Writes several documents as one JSON array.</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="documents">The documents with the paths of their sources.</param>
    /// <param name="indented">True for indented output.</param>
    public void WriteArray(TextWriter writer, IEnumerable<(string Source, BulletinDocument Document)> documents, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        var context = indented ? Indented : Compact;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = context.Options.Encoder }))
        {
            json.WriteStartArray();
            foreach (var (source, document) in documents)
            {
                JsonSerializer.Serialize(json, ToModel(document, source), context.BulletinJson);
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes one document as one line of JSON Lines (compact, ending with a line feed).</summary>
    /// <param name="writer">The text writer to write to.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="source">The path of the source file as given.</param>
    public void WriteLine(TextWriter writer, BulletinDocument document, string source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToJson(document, source, indented: false));
        writer.Write('\n');
    }

    private static BulletinJsonContext CreateContext(bool indented) =>
        new(new JsonSerializerOptions(BulletinJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        });

    private static BulletinJson ToModel(BulletinDocument document, string source)
    {
        var m = document.Masthead;
        var f = document.Footer;
        return new BulletinJson(
            source,
            m.Publication,
            m.Issue,
            m.TotalIssue,
            m.Issuer,
            m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            document.Title,
            document.Sections.Select(static s => new SectionJson(
                s.Heading,
                s.Category,
                s.Articles.Select(static a => new ArticleJson(
                    a.Title,
                    a.Attribution,
                    a.Tag,
                    a.Paragraphs.Select(static p => new ParagraphJson(p.Index, p.Text, null, null)).ToArray())).ToArray())).ToArray(),
            f.IsEmpty ? null : new FooterJson(f.Editor, f.Reviewer, f.Staff, f.Phone, f.Fax, f.Email, f.ReportTo, f.CopyTo, f.DistributeTo),
            []);
    }
}
