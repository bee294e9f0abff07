using System.CommandLine;
using CampaignText.Export.Sqlite;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Keywords;
using Spectre.Console;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext stats corpus.db --by district,month[,measure|category] [--kind K --subject S]
/// [--keywords N] [--format table|csv]</c>: grouped counts (or top TF-IDF keywords per group) from an index.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var by = new Option<string>("--by") { Description = "Grouping keys, comma-separated: district, month, year, measure, category, kind, name.", DefaultValueFactory = _ => "district" };
        var kind = new Option<string?>("--kind") { Description = "Count mentions of this kind (district, town, community, organization, person, date, quantity, measure)." };
        var subject = new Option<string?>("--subject") { Description = "With --kind quantity: only quantities whose subject, noun or unit contains this text." };
        var keywords = new Option<int>("--keywords") { Description = "Instead of counts: the top N TF-IDF keywords of each group (keys: district, month, year).", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "table (on the terminal) or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command("stats", "Counts from an index grouped by district, month, measure type, category…, or top keywords per group.")
        {
            db, by, kind, subject, keywords, format,
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
                throw new UsageException($"--kind: '{kindName}' is not one kind (district, town, community, organization, person, date, quantity, measure)");
            }

            var query = new StatsQuery(keys) { Kind = kindName is null ? null : Normalize(kindName), Subject = parse.GetValue(subject) };
            return Run(parse.GetValue(db)!, query, parse.GetValue(keywords), parse.GetValue(format) ?? "table", context.Out);
        }));
        return command;
    }

    internal static int Run(string dbPath, StatsQuery query, int keywords, string format, TextWriter output)
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

            var extractor = new KeywordExtractor(JiebaSegmenter.Campaign);
            var rows = groups.Select(g => (IReadOnlyList<string>)[.. g.Key, string.Join(' ', extractor.ExtractTfIdf(g.Text, keywords).Select(k => k.Word))]).ToList();
            table = new StatsTable([.. query.By, "keywords"], rows);
        }
        else
        {
            try
            {
                table = index.Count(query);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }
        }

        if (format == "csv") WriteCsv(table, output);
        else WriteTable(table, output);
        output.Flush();
        return 0;
    }

    private static string Normalize(string kind) =>
        Extraction.MentionKindNames.TryParse(kind, out var kinds) && kinds.Count == 1 ? Extraction.MentionKindNames.ToName(kinds[0]) : kind;

    private static void WriteCsv(StatsTable table, TextWriter output)
    {
        using var csv = CsvHelper.CsvWriter.Create(output, null, leaveOpen: true);
        csv.WriteHeader(table.Columns.ToArray());
        foreach (var row in table.Rows)
        {
            foreach (var cell in row) csv.WriteField(CampaignText.Export.CsvCorpusWriter.SafeCell(cell ?? string.Empty));
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void WriteTable(StatsTable table, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var grid = new Table().Border(TableBorder.Rounded);
        foreach (var c in table.Columns) grid.AddColumn(new TableColumn(Markup.Escape(c)));
        foreach (var row in table.Rows) grid.AddRow(row.Select(cell => Markup.Escape(cell.Length == 0 ? "-" : cell)).ToArray());
        console.Write(grid);
    }
}
