using System.Globalization;
using System.Text.Json;
using CampaignText.Export.Sqlite;
using Spectre.Console;

namespace CampaignText.Cli.Commands;

/// <summary>Writes a <see cref="StatsTable"/> as a terminal table, CSV or JSON (shared by stats, terms and search).</summary>
internal static class TableOutput
{
    /// <summary>The formats every table command accepts.</summary>
    public static readonly string[] Formats = ["table", "csv", "json"];

    /// <summary>
    /// Writes <paramref name="table"/>; in JSON, an array of objects keyed by column name, where the
    /// columns from <paramref name="firstNumeric"/> on are numbers (empty cells null).
    /// </summary>
    public static void Write(StatsTable table, string format, TextWriter output, int firstNumeric)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(table, output);
                break;
            case "json":
                WriteJson(table, output, firstNumeric);
                break;
            default:
                WriteTable(table, output);
                break;
        }

        output.Flush();
    }

    public static void WriteCsv(StatsTable table, TextWriter output)
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

    public static void WriteJson(StatsTable table, TextWriter output, int firstNumeric)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CliIo.Json.Encoder, Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (int i = 0; i < table.Columns.Count; i++)
                {
                    var cell = i < row.Count ? row[i] : string.Empty;
                    if (i < firstNumeric) json.WriteString(table.Columns[i], cell);
                    else if (cell.Length == 0) json.WriteNull(table.Columns[i]);
                    else if (decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) json.WriteNumber(table.Columns[i], number);
                    else json.WriteString(table.Columns[i], cell);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteTable(StatsTable table, TextWriter output)
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
