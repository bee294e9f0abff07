using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;
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
    private readonly PlaceExtractor places;
    private readonly OrganizationExtractor organizations;
    private readonly PersonExtractor people;
    private readonly DateExtractor dates;
    private readonly DateResolver dateResolver;
    private readonly QuantityExtractor quantities;
    private readonly QuantityResolver quantityResolver;
    private readonly MeasureExtractor measures;

    /// <summary>Builds an extractor over <paramref name="data"/> and <paramref name="segmenter"/>.</summary>
    /// <param name="data">Gazetteer and pattern tables; <see cref="ExtractionData.Embedded"/> when null.</param>
    /// <param name="segmenter">The segmenter; <see cref="JiebaSegmenter.Campaign"/> when null.</param>
    public MentionExtractor(ExtractionData? data = null, JiebaSegmenter? segmenter = null)
    {
        Data = data ?? ExtractionData.Embedded;
        this.segmenter = segmenter ?? JiebaSegmenter.Campaign;
        places = new PlaceExtractor(Data);
        organizations = new OrganizationExtractor(Data);
        people = new PersonExtractor(Data);
        dates = new DateExtractor(Data);
        dateResolver = new DateResolver(Data);
        quantities = new QuantityExtractor(Data);
        quantityResolver = new QuantityResolver(Data);
        measures = new MeasureExtractor(Data);
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
        var a = new TextAnalysis(text, tokens, Data, referenceDate, home);

        var placeList = places.Extract(a);
        var orgList = organizations.Extract(a, placeList);
        var personList = people.Extract(a, orgList, placeList);
        // 区委 of 区委书记 is part of a person's title, not an organisation named on its own.
        var titled = personList.OfType<PersonMention>().Where(p => p.Role is not null).Select(p => (p.Start - p.Role!.Length, p.Start));
        var titleIndex = new SpanIndex(titled);
        orgList.RemoveAll(o => o.Text is "区委" or "市委" or "县委" && titleIndex.Contains(o.Start, o.End));
        var dateList = new List<Mention>();
        DateMention? anchor = null, previousDay = null;
        var dateSpans = dates.Extract(a);
        for (int k = 0; k < dateSpans.Count; k++)
        {
            var span = dateSpans[k];
            var useAnchor = anchor is not null && a.SentenceStart(span.Start) <= anchor.Start ? anchor : null;
            int? year = referenceDate is null && span.RelativeWord is null && span.Year is null ? TextYear(a, dateSpans, k) ?? context.ReferenceYear : context.ReferenceYear;
            var basis = new DateBasis(referenceDate, year, referenceDate is null ? DateReference.Text : context.ReferenceSource);
            var m = dateResolver.Resolve(text, span, basis, useAnchor, previousDay);
            dateList.Add(m);
            if (m.Granularity != DateGranularity.Year && span.RelativeWord is null) anchor = m;
            if (m.Granularity == DateGranularity.Day && span.RelativeWord is null && span.Month is not null && m.Normalized is not null) previousDay = m;
        }

        var blocked = new List<Mention>(placeList.Count + personList.Count + dateList.Count);
        blocked.AddRange(placeList);
        blocked.AddRange(personList);
        blocked.AddRange(dateList);
        var quantityList = new List<Mention>();
        int floor = 0;
        var placesByEnd = placeList.OrderBy(p => p.End).ThenBy(p => p.Start).ToList();
        foreach (var span in quantities.Extract(a, blocked))
        {
            int clause = a.ClauseStart(span.Start);
            var m = quantityResolver.Resolve(a, span, Math.Max(floor, clause), placesByEnd);
            if (m is not null) quantityList.Add(m);
            floor = span.End;
        }
        var orgIndex = new SpanIndex(orgList.Select(o => (o.Start, o.End)));
        var measureList = measures.Extract(a).Where(m => !orgIndex.Contains(m.Start, m.End)).ToList();

        var all = new List<Mention>();
        void AddIf(MentionKind k, List<Mention> list)
        {
            if (context.Wants(k)) all.AddRange(list.Where(m => m.Kind == k));
        }
        AddIf(MentionKind.District, placeList);
        AddIf(MentionKind.Town, placeList);
        AddIf(MentionKind.Community, placeList);
        AddIf(MentionKind.Organization, orgList);
        AddIf(MentionKind.Person, personList);
        AddIf(MentionKind.Date, dateList);
        AddIf(MentionKind.Quantity, quantityList);
        AddIf(MentionKind.Measure, measureList);
        all.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind) : x.End.CompareTo(y.End));
        return all;
    }

    /// <summary>
    /// The nearest year written in the paragraph for the date span at <paramref name="k"/>: the closest one
    /// before it, else one after it in the same sentence (2019年……12月5日, 12月5日至2019年1月). Null when none.
    /// </summary>
    private static int? TextYear(TextAnalysis a, List<DateSpan> spans, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (spans[j].Year is int y) return y;
        }
        int sentence = a.SentenceStart(spans[k].Start);
        for (int j = k + 1; j < spans.Count && a.SentenceStart(spans[j].Start) == sentence; j++)
        {
            if (spans[j].Year is int y) return y;
        }
        return null;
    }
}
