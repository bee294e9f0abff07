using CampaignText.Classification;
using CampaignText.Extraction;
using CampaignText.Structure;
using CampaignText.Text;

namespace CampaignText.Pipeline;

/// <summary>
/// Configures and freezes a <see cref="CampaignPipeline"/>. Every stage starts at its default (embedded
/// data, campaign lexicon, every mention kind, the embedded classifier); each <c>Use…</c> call replaces
/// one stage. The builder is not thread-safe; the pipeline it builds is.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new CampaignPipelineBuilder()
///     .UseKinds(MentionKind.District, MentionKind.Date)
///     .WithoutClassification()
///     .Build();
/// </code>
/// </example>
public sealed class CampaignPipelineBuilder
{
    private DocumentReader? reader;
    private BulletinParser? parser;
    private MentionExtractor? extractor;
    private bool extract = true;
    private IReadOnlyCollection<MentionKind>? kinds;
    private IParagraphClassifier? classifier;
    private bool classify = true;

    /// <summary>Reads files with <paramref name="documentReader"/>.</summary>
    /// <param name="documentReader">The reader.</param>
    public CampaignPipelineBuilder UseReader(DocumentReader documentReader)
    {
        reader = documentReader ?? throw new ArgumentNullException(nameof(documentReader));
        return this;
    }

    /// <summary>Parses structure with <paramref name="bulletinParser"/>.</summary>
    /// <param name="bulletinParser">The parser.</param>
    public CampaignPipelineBuilder UseParser(BulletinParser bulletinParser)
    {
        parser = bulletinParser ?? throw new ArgumentNullException(nameof(bulletinParser));
        return this;
    }

    /// <summary>Extracts mentions with <paramref name="mentionExtractor"/> (for example one over another segmenter).</summary>
    /// <param name="mentionExtractor">The extractor.</param>
    public CampaignPipelineBuilder UseExtractor(MentionExtractor mentionExtractor)
    {
        extractor = mentionExtractor ?? throw new ArgumentNullException(nameof(mentionExtractor));
        extract = true;
        return this;
    }

    /// <summary>Extracts only the kinds listed.</summary>
    /// <param name="mentionKinds">The kinds wanted; none listed means every kind.</param>
    public CampaignPipelineBuilder UseKinds(params MentionKind[] mentionKinds)
    {
        ArgumentNullException.ThrowIfNull(mentionKinds);
        kinds = mentionKinds.Length == 0 ? null : mentionKinds.Distinct().ToArray();
        return this;
    }

    /// <summary>Skips mention extraction: analyses carry structure (and labels) only.</summary>
    public CampaignPipelineBuilder WithoutExtraction()
    {
        extract = false;
        return this;
    }

    /// <summary>Labels paragraphs with <paramref name="paragraphClassifier"/>.</summary>
    /// <param name="paragraphClassifier">The classifier; it must be thread-safe.</param>
    public CampaignPipelineBuilder UseClassifier(IParagraphClassifier paragraphClassifier)
    {
        classifier = paragraphClassifier ?? throw new ArgumentNullException(nameof(paragraphClassifier));
        classify = true;
        return this;
    }

    /// <summary>Skips classification: every paragraph's label is null.</summary>
    public CampaignPipelineBuilder WithoutClassification()
    {
        classify = false;
        return this;
    }

    /// <summary>Freezes the configuration into an immutable, thread-safe pipeline.</summary>
    public CampaignPipeline Build() => new(
        reader ?? new DocumentReader(),
        parser ?? BulletinParser.Default,
        extract ? extractor ?? MentionExtractor.Default : null,
        kinds,
        classify ? classifier ?? DefaultClassifier() : null);

    // The embedded paragraph model, shared and loaded on the first paragraph labelled.
    private static IParagraphClassifier? DefaultClassifier() => EmbeddedClassifier.Instance;
}
