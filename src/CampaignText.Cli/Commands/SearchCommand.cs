using System.CommandLine;
using System.Globalization;
using CampaignText.Export.Sqlite;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext search corpus.db QUERY [--district D] [--from YYYY-MM] [--to YYYY-MM] [--category C]
/// [--kwic N] [--limit N]</c>: full-text search with the match in context. The query is taken literally.
/// </summary>
internal static class SearchCommand
{
    /// <summary>Most words in one query (each is one condition of the SQL).</summary>
    internal const int MaxWords = 64;

    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var query = new Argument<string>("query") { Description = "Text to find, literally; words separated by spaces must all occur in the paragraph." };
        var district = new Option<string?>("--district") { Description = "Only bulletins of this district, e.g. 朝阳区." };
        var from = new Option<string?>("--from") { Description = "Only bulletins from this month on (YYYY-MM)." };
        var to = new Option<string?>("--to") { Description = "Only bulletins up to this month (YYYY-MM)." };
        var category = new Option<string?>("--category") { Description = "Only paragraphs of this category." };
        var kwic = new Option<int>("--kwic") { Description = "Characters of context on each side of the match.", DefaultValueFactory = _ => 20 };
        var limit = new Option<int>("--limit") { Description = "Most hits shown.", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search an index: each hit with its bulletin, date, district and the match in context.")
        {
            db, query, district, from, to, category, kwic, limit,
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
                Limit = parse.GetValue(limit) > 0 ? parse.GetValue(limit) : throw new UsageException("--limit must be 1 or more"),
            };
            return Run(parse.GetValue(db)!, q, context.Out);
        }));
        return command;
    }

    internal static int Run(string dbPath, SearchQuery query, TextWriter output)
    {
        using var index = CorpusIndex.Open(dbPath);
        foreach (var hit in index.Search(query))
        {
            var where = string.Join(' ', new[] { hit.Date ?? "undated", hit.District }.Where(s => !string.IsNullOrEmpty(s)));
            output.WriteLine($"{hit.Document}#{hit.Paragraph.ToString(CultureInfo.InvariantCulture)}\t{where}\t{hit.Left}【{hit.Match}】{hit.Right}");
        }

        output.Flush();
        return 0;
    }

    internal static string? Month(string? value, string option)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return value;
        throw new UsageException($"{option} wants a month as YYYY-MM, not '{value}'");
    }
}
