using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CampaignText.Export.Sqlite;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext search corpus.db QUERY [--district D] [--from YYYY-MM] [--to YYYY-MM] [--category C]
/// [--kwic N] [--every] [--limit N] [--format table|csv|json]</c>: full-text search with the match in context
/// (keyword in context). The query is taken literally. In the table the match is marked «like this»:
/// guillemets, which Chinese text does not use (its own brackets are 【】 and 《》).
/// </summary>
internal static class SearchCommand
{
    /// <summary>The marks around a match in the table format.</summary>
    public const string MatchOpen = "«";

    /// <summary>The mark after a match in the table format.</summary>
    public const string MatchClose = "»";

    /// <summary>Most words in one query (each is one condition of the SQL).</summary>
    internal const int MaxWords = 64;

    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var query = new Argument<string>("query") { Description = "Text to find, literally; words separated by spaces must all occur in the paragraph." };
        var district = new Option<string?>("--district") { Description = "Only bulletins of this district: its name (朝阳区) or code (110105)." };
        var from = new Option<string?>("--from") { Description = "Only bulletins from this month on (YYYY-MM)." };
        var to = new Option<string?>("--to") { Description = "Only bulletins up to this month (YYYY-MM)." };
        var category = new Option<string?>("--category") { Description = "Only paragraphs of this category." };
        var kwic = new Option<int>("--kwic") { Description = "Characters of context on each side of the match.", DefaultValueFactory = _ => 20 };
        var every = new Option<bool>("--every") { Description = "One hit per occurrence of the first word (a full keyword-in-context concordance), not one per paragraph." };
        var limit = new Option<int>("--limit") { Description = "Most hits shown.", DefaultValueFactory = _ => 20 };
        var format = new Option<string>("--format") { Description = "table (one hit a line, the match marked «»), csv (keyword-in-context columns) or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(TableOutput.Formats);
        var command = new Command("search", "Search an index: each hit with its bulletin, date, district and the match in context, and the total number of hits.")
        {
            db, query, district, from, to, category, kwic, every, limit, format,
        };
        command.SetAction(parse => context.Run(() =>
        {
            int words = (parse.GetValue(query) ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxWords) throw new UsageException($"a query has at most {MaxWords} words, not {words}");
            var q = new SearchQuery(parse.GetValue(query) ?? string.Empty)
            {
                District = parse.GetValue(district),
                From = Month(parse.GetValue(from), "--from"),
                To = Month(parse.GetValue(to), "--to"),
                Category = parse.GetValue(category),
                Context = parse.GetValue(kwic) >= 0 ? parse.GetValue(kwic) : throw new UsageException("--kwic must be 0 or more"),
                EveryOccurrence = parse.GetValue(every),
                Limit = parse.GetValue(limit) > 0 ? parse.GetValue(limit) : throw new UsageException("--limit must be 1 or more"),
            };
            return Run(parse.GetValue(db)!, q, context.Out, parse.GetValue(format) ?? "table", context.Error);
        }));
        return command;
    }

    internal static int Run(string dbPath, SearchQuery query, TextWriter output, string format = "table", TextWriter? error = null)
    {
        using var index = CorpusIndex.Open(dbPath);
        query = Check(index, query);
        var hits = index.Search(query);
        // Hits count paragraphs; with --every a paragraph gives one line per occurrence.
        int paragraphs = query.EveryOccurrence ? hits.Select(h => (h.Document, h.Paragraph)).Distinct().Count() : hits.Count;
        int total = paragraphs < query.Limit ? paragraphs : index.CountHits(query);
        string summary = total == 0
            ? $"no hits for {query.Text}{Filters(query)}"
            : paragraphs == total ? $"{total} {(total == 1 ? "hit" : "hits")}" : $"{paragraphs} of {total} hits (--limit {query.Limit})";
        if (query.EveryOccurrence && total > 0) summary += $", {hits.Count} {(hits.Count == 1 ? "occurrence" : "occurrences")}";
        switch (format)
        {
            case "csv":
                TableOutput.WriteCsv(Table(hits), output);
                (error ?? TextWriter.Null).WriteLine(summary);
                break;
            case "json":
                WriteJson(query, hits, total, output);
                if (total == 0) (error ?? TextWriter.Null).WriteLine(summary);
                break;
            default:
                foreach (var hit in hits)
                {
                    var where = string.Join(' ', new[] { hit.Date ?? "undated", hit.District }.Where(s => !string.IsNullOrEmpty(s)));
                    output.WriteLine($"{hit.Document}#{hit.Paragraph.ToString(CultureInfo.InvariantCulture)}\t{where}\t{hit.Left}{MatchOpen}{hit.Match}{MatchClose}{hit.Right}");
                }

                output.WriteLine(summary);
                break;
        }

        output.Flush();
        return 0;
    }

    /// <summary>Resolves the district (a name or a code) and checks the category against the index; unknown ones are a usage error listing the valid ones.</summary>
    internal static SearchQuery Check(CorpusIndex index, SearchQuery query)
    {
        if (query.District is { } d)
        {
            var name = index.ResolveDistrict(d)
                ?? throw new UsageException($"--district: no bulletins of '{d}' in the index (districts: {string.Join(", ", index.Districts())})");
            // A code selects that one district even when another has the same name (江北区 500105, 330205).
            query = query with { District = d.Trim().Length == 6 && d.Trim().All(char.IsAsciiDigit) ? d.Trim() : name };
        }

        if (query.Category is { } c && !index.Categories().Contains(c, StringComparer.Ordinal))
        {
            throw new UsageException($"--category: unknown category '{c}' (categories: {string.Join(", ", index.Categories())})");
        }

        return query;
    }

    internal static string? Month(string? value, string option)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return value;
        throw new UsageException($"{option} wants a month as YYYY-MM, not '{value}'");
    }

    private static string Filters(SearchQuery q)
    {
        var parts = new List<string>();
        if (q.District is not null) parts.Add($"district {q.District}");
        if (q.Category is not null) parts.Add($"category {q.Category}");
        if (q.From is not null) parts.Add($"from {q.From}");
        if (q.To is not null) parts.Add($"to {q.To}");
        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private static StatsTable Table(IReadOnlyList<SearchHit> hits) => new(
        ["document", "paragraph", "date", "district", "category", "left", "match", "right"],
        hits.Select(h => (IReadOnlyList<string>)[h.Document, h.Paragraph.ToString(CultureInfo.InvariantCulture), h.Date ?? string.Empty, h.District ?? string.Empty, h.Category ?? string.Empty, h.Left, h.Match, h.Right]).ToList());

    private static void WriteJson(SearchQuery query, IReadOnlyList<SearchHit> hits, int total, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CliIo.Json.Encoder, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("query", query.Text);
            json.WriteNumber("total", total);
            json.WriteNumber("shown", hits.Count);
            json.WriteStartArray("hits");
            foreach (var h in hits)
            {
                json.WriteStartObject();
                json.WriteString("document", h.Document);
                json.WriteNumber("paragraph", h.Paragraph);
                json.WriteString("date", h.Date);
                json.WriteString("district", h.District);
                json.WriteString("category", h.Category);
                json.WriteString("left", h.Left);
                json.WriteString("match", h.Match);
                json.WriteString("right", h.Right);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
