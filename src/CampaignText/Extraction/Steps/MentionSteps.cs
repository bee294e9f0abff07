using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Measures;
using CampaignText.Extraction.Organizations;
using CampaignText.Extraction.People;
using CampaignText.Extraction.Places;
using CampaignText.Extraction.Quantities;

namespace CampaignText.Extraction.Steps;

/// <summary>
/// The extractors, each declared with the kinds it finds and the earlier mentions it reads; the order they run in
/// is computed from these declarations (<see cref="ExtractorGraph"/>). A new extractor is one more entry here.
/// </summary>
internal static class MentionSteps
{
    private static readonly MentionKind[] Places = [MentionKind.District, MentionKind.Town, MentionKind.Community];

    /// <summary>The steps over <paramref name="data"/>.</summary>
    public static ExtractorStep[] Create(ExtractionData data)
    {
        var places = new PlaceExtractor(data, new PlaceResolver(data));
        var organizations = new OrganizationExtractor(data, new OrganizationResolver(data));
        var people = new PersonExtractor(data);
        var dates = new DateExtractor(data);
        var dateResolver = new DateResolver(data);
        var quantities = new QuantityExtractor(data);
        var quantityResolver = new QuantityResolver(data);
        var measures = new MeasureExtractor(data);
        return
        [
            new("places", Places, [], r => places.Extract(r.Analysis)),
            // Organisations take the place before their core name (朝阳区 of 朝阳区文明办).
            new("organizations", [MentionKind.Organization], Places, r => organizations.Extract(r.Analysis, r.Of(MentionKind.District))),
            // 区委 of 区委书记 is part of a person's title: dropped once people are found.
            new("organization-titles", [], [MentionKind.Person], r =>
            {
                OrganizationExtractor.DropTitleCommittees(r.Of(MentionKind.Organization), r.Of(MentionKind.Person));
                return null;
            }, revises: [MentionKind.Organization]),
            // A person's role starts at the organisation before the title (区委宣传部部长); names inside places are none.
            new("people", [MentionKind.Person], Places, r => people.Extract(r.Analysis, r.Of(MentionKind.Organization), r.Of(MentionKind.District)),
                readsUnrevised: [MentionKind.Organization]),
            new("dates", [MentionKind.Date], [], r => Dates(r, dates, dateResolver)),
            // Numbers inside places, names and dates are no quantities; a quantity's subject stops at a place.
            new("quantities", [MentionKind.Quantity], [.. Places, MentionKind.Person, MentionKind.Date], r => Quantities(r, quantities, quantityResolver)),
            // A measure word inside an organisation's name (创城办) is no measure.
            new("measures", [MentionKind.Measure], [MentionKind.Organization], r =>
            {
                var orgIndex = new SpanIndex(r.Of(MentionKind.Organization).Select(o => (o.Start, o.End)));
                return measures.Extract(r.Analysis).Where(m => !orgIndex.Contains(m.Start, m.End)).ToList();
            }),
        ];
    }

    private static List<Mention> Dates(ExtractionRun r, DateExtractor dates, DateResolver resolver)
    {
        var a = r.Analysis;
        var context = r.Context;
        var referenceDate = a.ReferenceDate;
        var dateList = new List<Mention>();
        DateMention? anchor = null, previousDay = null;
        var dateSpans = dates.Extract(a);
        for (int k = 0; k < dateSpans.Count; k++)
        {
            var span = dateSpans[k];
            var useAnchor = anchor is not null && a.SentenceStart(span.Start) <= anchor.Start ? anchor : null;
            int? year = referenceDate is null && span.RelativeWord is null && span.Year is null ? TextYear(a, dateSpans, k) ?? context.ReferenceYear : context.ReferenceYear;
            var basis = new DateBasis(referenceDate, year, referenceDate is null ? DateReference.Text : context.ReferenceSource);
            var m = resolver.Resolve(a.Text, span, basis, useAnchor, previousDay);
            dateList.Add(m);
            if (m.Granularity != DateGranularity.Year && span.RelativeWord is null) anchor = m;
            if (m.Granularity == DateGranularity.Day && span.RelativeWord is null && span.Month is not null && m.Normalized is not null) previousDay = m;
        }
        return dateList;
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

    private static List<Mention> Quantities(ExtractionRun r, QuantityExtractor quantities, QuantityResolver resolver)
    {
        var a = r.Analysis;
        var placeList = r.Of(MentionKind.District);
        var personList = r.Of(MentionKind.Person);
        var dateList = r.Of(MentionKind.Date);
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
            var m = resolver.Resolve(a, span, Math.Max(floor, clause), placesByEnd);
            if (m is not null) quantityList.Add(m);
            floor = span.End;
        }
        return quantityList;
    }
}
