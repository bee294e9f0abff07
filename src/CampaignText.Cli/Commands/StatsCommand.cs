using System.CommandLine;
using System.Globalization;
using CampaignText.Export.Sqlite;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Keywords;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext stats corpus.db --by district,month[,measure|category|unit|subject] [--kind K --subject S]
/// [--keywords N] [--sort count|key] [--top N] [--format table|csv|json]</c>: grouped counts with each
/// row's share (or top TF-IDF keywords per group, stop words left out) from an index. Quantities are
/// counted per unit: a total never adds two units.
/// </summary>
internal static class StatsCommand
{
    private static readonly string KindList = string.Join(", ", Extraction.Kinds.MentionKinds.All.Select(static k => k.Name));

    private static readonly string[] CountColumns = ["mentions", "paragraphs", "bulletins"];

    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var by = new Option<string>("--by") { Description = "Grouping keys, comma-separated: district, month, year, measure, category, kind, name, unit, subject (a quantity's subject).", DefaultValueFactory = _ => "district" };
        var kind = new Option<string?>("--kind") { Description = $"Count mentions of this kind ({KindList}); quantities are grouped by unit too." };
        var subject = new Option<string?>("--subject") { Description = "With --kind quantity: only quantities whose subject, noun or unit contains this text." };
        var keywords = new Option<int>("--keywords") { Description = "Instead of counts: the top N TF-IDF keywords of each group (keys: district, month, year), stop words left out.", DefaultValueFactory = _ => 0 };
        var sort = new Option<string>("--sort") { Description = "count (largest first, the default) or key (in key order).", DefaultValueFactory = _ => "count" };
        sort.AcceptOnlyFromAmong("count", "key");
        var top = new Option<int>("--top") { Description = "Only the first N rows (after sorting); 0 for all.", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "table (on the terminal), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(TableOutput.Formats);
        var command = new Command("stats", "Counts from an index grouped by district, month, measure type, category, unit…, with each row's share, or top keywords per group.")
        {
            db, by, kind, subject, keywords, sort, top, format,
        };
        command.SetAction(parse => context.Run(() =>
        {
            var keys = (parse.GetValue(by) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var k in keys)
            {
                if (!StatsQuery.Keys.Contains(k)) throw new UsageException($"--by: unknown key '{k}' (use {string.Join(", ", StatsQuery.Keys)})");
            }

            var kindName = parse.GetValue(kind);
            if (kindName is not null && !(Extraction.MentionKindNames.TryParse(kindName, out var parsed) && parsed.Count == 1))
            {
                throw new UsageException($"--kind: '{kindName}' is not one kind ({KindList})");
            }

            int n = parse.GetValue(top);
            if (n < 0) throw new UsageException("--top must be 0 or more");
            var query = new StatsQuery(keys) { Kind = kindName is null ? null : Normalize(kindName), Subject = parse.GetValue(subject) };
            return Run(parse.GetValue(db)!, query, parse.GetValue(keywords), parse.GetValue(format) ?? "table", context.Out, parse.GetValue(sort) ?? "count", n);
        }));
        return command;
    }

    internal static int Run(string dbPath, StatsQuery query, int keywords, string format, TextWriter output, string sort = "count", int top = 0)
    {
        using var index = CorpusIndex.Open(dbPath);
        StatsTable table;
        if (keywords > 0)
        {
            IReadOnlyList<(IReadOnlyList<string> Key, string Text)> groups;
            try
            {
                groups = index.GroupTexts(query.By);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }

            var extractor = new KeywordExtractor(JiebaSegmenter.Campaign, stopWords: StopWords.Default);
            var rows = groups.Select(g => (IReadOnlyList<string>)[.. g.Key, string.Join(' ', extractor.ExtractTfIdf(g.Text, keywords).Select(k => k.Word))]).ToList();
            table = new StatsTable([.. query.By, "keywords"], top > 0 ? rows.Take(top).ToList() : rows);
            TableOutput.Write(table, format, output, table.Columns.Count);
            return 0;
        }

        try
        {
            table = index.Count(query);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }

        table = Shape(table, sort, top);
        TableOutput.Write(table, format, output, KeyCount(table));
        return 0;
    }

    /// <summary>The number of key columns: those before the first count column.</summary>
    internal static int KeyCount(StatsTable table)
    {
        int i = 0;
        while (i < table.Columns.Count && !CountColumns.Contains(table.Columns[i])) i++;
        return i;
    }

    /// <summary>
    /// Adds a share column after the first count (percent of the whole count, one decimal), sorts by that
    /// count (largest first; ties in key order) unless <paramref name="sort"/> is key, and keeps the first
    /// <paramref name="top"/> rows (all when 0).
    /// </summary>
    internal static StatsTable Shape(StatsTable table, string sort, int top)
    {
        int count = KeyCount(table);
        if (count >= table.Columns.Count) return table;
        double total = table.Rows.Sum(r => Number(r[count]));
        var rows = table.Rows
            .Select(r => (IReadOnlyList<string>)[.. r.Take(count + 1), Share(Number(r[count]), total), .. r.Skip(count + 1)]);
        if (sort == "count") rows = rows.OrderByDescending(r => Number(r[count])); // stable: ties keep key order
        if (top > 0) rows = rows.Take(top);
        return new StatsTable([.. table.Columns.Take(count + 1), "share", .. table.Columns.Skip(count + 1)], rows.ToList());

        static double Number(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
        static string Share(double value, double total) => total <= 0 ? "0.0" : (100 * value / total).ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static string Normalize(string kind) =>
        Extraction.MentionKindNames.TryParse(kind, out var kinds) && kinds.Count == 1 ? Extraction.MentionKindNames.ToName(kinds[0]) : kind;
}
