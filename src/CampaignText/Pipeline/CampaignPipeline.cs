using CampaignText.Classification;
using CampaignText.Extraction;
using CampaignText.Extraction.Places;
using CampaignText.Structure;
using CampaignText.Text;

namespace CampaignText.Pipeline;

/// <summary>
/// The whole analysis of a bulletin in one object: read the file (any encoding, .md, .docx), parse its
/// structure, extract mentions from every paragraph against the issue date and the bulletin's own
/// district, and label every paragraph. Built by <see cref="CampaignPipelineBuilder"/> (or
/// <see cref="CreateDefault"/>); immutable and thread-safe, so one instance serves a whole program.
/// </summary>
/// <example>
/// <code>
/// var pipeline = CampaignPipeline.CreateDefault();
/// BulletinAnalysis a = pipeline.AnalyzeFile("bulletin.docx");
/// foreach (var m in a.Mentions) Console.WriteLine($"{m.Paragraph} {m.Mention.Kind} {m.Mention.Text}");
/// </code>
/// </example>
public sealed class CampaignPipeline
{
    private static readonly Lazy<CampaignPipeline> DefaultPipeline = new(() => new CampaignPipelineBuilder().Build());
    private static readonly MentionKind[] DistrictOnly = [MentionKind.District];

    internal CampaignPipeline(DocumentReader reader, BulletinParser parser, MentionExtractor? extractor, IReadOnlyCollection<MentionKind>? kinds, IParagraphClassifier? classifier)
    {
        Reader = reader;
        Parser = parser;
        Extractor = extractor;
        Kinds = kinds;
        Classifier = classifier;
    }

    /// <summary>The shared default pipeline: embedded data, campaign lexicon, every mention kind, the embedded classifier.</summary>
    public static CampaignPipeline CreateDefault() => DefaultPipeline.Value;

    /// <summary>Reads files into text.</summary>
    public DocumentReader Reader { get; }

    /// <summary>Parses text into a bulletin's structure.</summary>
    public BulletinParser Parser { get; }

    /// <summary>Finds mentions in paragraphs; null when extraction is turned off.</summary>
    public MentionExtractor? Extractor { get; }

    /// <summary>The mention kinds extracted; all when null.</summary>
    public IReadOnlyCollection<MentionKind>? Kinds { get; }

    /// <summary>Labels paragraphs; null when classification is turned off.</summary>
    public IParagraphClassifier? Classifier { get; }

    /// <summary>Reads and analyses one file.</summary>
    /// <param name="path">A .txt (UTF-8, UTF-16 or GB18030), .md or .docx file.</param>
    /// <returns>The analysis, with <see cref="BulletinAnalysis.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="CampaignTextException">The file cannot be read or decoded; the message names the file.</exception>
    /// <exception cref="IOException">The file system failed.</exception>
    public BulletinAnalysis AnalyzeFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Analyze(Reader.Read(path).Text, path);
    }

    /// <summary>Reads and analyses one document from a stream.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="fileName">Its name: the extension picks the format, and errors name it.</param>
    public BulletinAnalysis Analyze(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return Analyze(Reader.Read(stream, fileName).Text, fileName);
    }

    /// <summary>Analyses a bulletin given as text.</summary>
    /// <param name="text">The bulletin's text.</param>
    /// <param name="source">The name to report as its source.</param>
    public BulletinAnalysis Analyze(string text, string source = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var document = Parser.Parse(text);
        string? home = FindDistrict(document.Masthead.Issuer) ?? FindDistrict(document.Masthead.Publication);
        var mentions = new List<ParagraphMention>();
        var labels = new List<ParagraphLabel?>();
        var homes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            foreach (var article in section.Articles)
            {
                // An article credited to a district office ("(东城区文明办)") speaks for that district.
                string? articleHome = home;
                if (article.Attribution is { } attribution && Extractor is not null)
                {
                    if (!homes.TryGetValue(attribution, out var found)) homes[attribution] = found = FindDistrict(attribution);
                    articleHome = found ?? home;
                }

                var context = new ExtractionContext(articleHome, Kinds);
                foreach (var paragraph in article.Paragraphs)
                {
                    if (Extractor is not null)
                    {
                        foreach (var m in Extractor.Extract(paragraph.Text, document.Masthead.Date, context))
                        {
                            mentions.Add(new ParagraphMention(paragraph.Index, m));
                        }
                    }

                    if (Classifier is not null)
                    {
                        while (labels.Count < paragraph.Index) labels.Add(null);
                        labels.Add(paragraph.IsPartHeading ? null : Classifier.Predict(paragraph.Text));
                    }
                }
            }
        }

        return new BulletinAnalysis(source, document, home, mentions, labels);
    }

    /// <summary>Finds the mentions of any text (not only bulletins), as <see cref="MentionExtractor.Extract"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="referenceDate">The date relative dates resolve against; when null they stay unresolved.</param>
    /// <param name="context">Home district and kinds; this pipeline's kinds when null.</param>
    /// <exception cref="InvalidOperationException">The pipeline was built without extraction.</exception>
    public IReadOnlyList<Mention> Extract(string text, DateOnly? referenceDate, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Extractor is null) throw new InvalidOperationException("This pipeline was built without extraction.");
        return Extractor.Extract(text, referenceDate, context ?? new ExtractionContext(null, Kinds));
    }

    private string? FindDistrict(string? text)
    {
        if (Extractor is null || string.IsNullOrWhiteSpace(text)) return null;
        foreach (var m in Extractor.Extract(text, null, new ExtractionContext(null, DistrictOnly)))
        {
            if (m is DistrictMention d) return d.Normalized;
        }

        return null;
    }
}
