using CampaignText.Extraction.Steps;
using CampaignText.Segmentation;

namespace CampaignText.Extraction;

/// <summary>
/// Finds places, organisations, people, dates, quantities and measures in any Chinese text and resolves
/// their values. Immutable and thread-safe: build one and share it.
/// </summary>
/// <example>
/// <code>
/// var extractor = MentionExtractor.Default;
/// var mentions = extractor.Extract("区委书记夏林茂讲话，170余人参会。", new DateOnly(2020, 4, 24),
///     new ExtractionContext(HomeDistrict: "东城区"));
/// </code>
/// </example>
public sealed class MentionExtractor
{
    private static readonly Lazy<MentionExtractor> DefaultExtractor = new(() => new MentionExtractor(ExtractionData.Embedded, JiebaSegmenter.Campaign));

    private readonly JiebaSegmenter segmenter;
    private readonly ExtractorGraph graph;

    /// <summary>Builds an extractor over <paramref name="data"/> and <paramref name="segmenter"/>.</summary>
    /// <param name="data">Gazetteer and pattern tables; <see cref="ExtractionData.Embedded"/> when null.</param>
    /// <param name="segmenter">The segmenter; <see cref="JiebaSegmenter.Campaign"/> when null.</param>
    public MentionExtractor(ExtractionData? data = null, JiebaSegmenter? segmenter = null)
    {
        Data = data ?? ExtractionData.Embedded;
        this.segmenter = segmenter ?? JiebaSegmenter.Campaign;
        graph = new ExtractorGraph(MentionSteps.Create(Data));
    }

    /// <summary>A shared extractor over the embedded data and the campaign segmenter.</summary>
    public static MentionExtractor Default => DefaultExtractor.Value;

    /// <summary>The data this extractor reads.</summary>
    public ExtractionData Data { get; }

    /// <summary>
    /// Finds the mentions of <paramref name="text"/>, in text order (by start, then kind). Traditional script
    /// is read through OpenCC's tables and pinyin annotations (創(chuàng)建) are skipped: offsets and surface
    /// forms are the original's, resolved fields (<c>normalized</c>, units) simplified.
    /// </summary>
    /// <remarks>
    /// A text longer than 131,072 UTF-16 units (a file that is one huge line) is read in windows of at most
    /// that length, each ending at a sentence or clause end where there is one; context (places and dates
    /// named earlier) does not carry from one window to the next.
    /// </remarks>
    /// <param name="text">Any text.</param>
    /// <param name="referenceDate">The issue date that relative dates resolve against; when null they stay unresolved.</param>
    /// <param name="context">Home district and the kinds wanted; all kinds and no home district when null.</param>
    /// <returns>Mentions whose offsets lie inside <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Mention> Extract(string text, DateOnly? referenceDate, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= ExtractionContext.Empty;
        if (text.Length == 0) return [];
        if (text.Length > TextWindows.Length) return ExtractInWindows(text, referenceDate, context);
        var view = ScriptView.Of(text);
        var all = Find(view.Text, referenceDate, context);
        if (view.IsIdentity) return all;
        var restored = new Mention[all.Count];
        for (int k = 0; k < restored.Length; k++) restored[k] = view.Restore(all[k]);
        return restored;
    }

    /// <summary>A text longer than one window (a file that is one huge line) is read window by window.</summary>
    private List<Mention> ExtractInWindows(string text, DateOnly? referenceDate, ExtractionContext context)
    {
        var all = new List<Mention>();
        foreach (var (start, length) in TextWindows.Of(text))
        {
            foreach (var m in Extract(text.Substring(start, length), referenceDate, context))
            {
                all.Add(m with { Start = m.Start + start, End = m.End + start });
            }
        }
        return all;
    }

    private List<Mention> Find(string text, DateOnly? referenceDate, ExtractionContext context)
    {
        var tokens = segmenter.Tag(text);
        var home = Data.Gazetteer.ResolveHome(context.HomeDistrict is null ? null : ScriptView.Of(context.HomeDistrict).Text);
        var run = new ExtractionRun(new TextAnalysis(text, tokens, Data, referenceDate, home), context);
        // Only the extractors the asked kinds need run, each after the ones whose mentions it reads.
        foreach (var step in graph.Plan(context.Kinds))
        {
            if (step.Run(run) is { } list) run.Add(step.Produces, list);
        }

        var all = new List<Mention>();
        foreach (var k in MentionKindNames.All)
        {
            if (context.Wants(k)) all.AddRange(run.Of(k).Where(m => m.Kind == k));
        }
        all.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind) : x.End.CompareTo(y.End));
        return all;
    }
}
