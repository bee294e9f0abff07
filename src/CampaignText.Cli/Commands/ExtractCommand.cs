using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CampaignText.Extraction;

namespace CampaignText.Cli.Commands;

/// <summary><c>campaigntext extract</c>: places, organisations, people, dates, quantities and measures of a text.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "Text file (UTF-8), or - for standard input; each non-empty line is a paragraph", Arity = ArgumentArity.ZeroOrOne };
        var kinds = new Option<string?>("--kinds") { Description = $"Comma-separated kinds: {string.Join(',', Extraction.Kinds.MentionKinds.All.Select(static d => d.Name))} (or place); all when absent" };
        var date = new Option<string?>("--date") { Description = "Reference (issue) date YYYY-MM-DD that relative dates resolve against" };
        var home = new Option<string?>("--home-district") { Description = "The text's own district (东城区 or 110101): 我区, 全区 and 区… resolve to it" };
        var format = new Option<string>("--format") { Description = "json or tsv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "tsv");

        var command = new Command("extract", "Find districts, towns, communities, organisations, people, dates, quantities and measures.") { file, kinds, date, home, format };
        command.SetAction(parse => context.Run(() =>
        {
            DateOnly? reference = null;
            string? d = parse.GetValue(date);
            if (d is not null)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r))
                    throw new UsageException($"--date must be YYYY-MM-DD, not '{d}'");
                reference = r;
            }
            List<MentionKind>? wanted = null;
            string? k = parse.GetValue(kinds);
            if (k is not null)
            {
                wanted = [];
                foreach (string name in k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!MentionKindNames.TryParse(name, out var ks)) throw new UsageException($"unknown kind '{name}'");
                    wanted.AddRange(ks);
                }
            }
            string text = CliIo.ReadText(parse.GetValue(file), context.In);
            var ctx = new ExtractionContext(parse.GetValue(home), wanted);
            var extractor = MentionExtractor.Default;
            var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            bool json = parse.GetValue(format) == "json";
            if (json)
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CliIo.Json.Encoder, Indented = true }))
                {
                    writer.WriteStartArray();
                    for (int i = 0; i < paragraphs.Count; i++)
                    {
                        foreach (var m in extractor.Extract(paragraphs[i], reference, ctx)) MentionJsonWriter.Write(writer, m, i);
                    }
                    writer.WriteEndArray();
                }
                context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                context.Out.WriteLine("paragraph\tstart\tend\tkind\ttext\tvalue\tdetail");
                for (int i = 0; i < paragraphs.Count; i++)
                {
                    foreach (var m in extractor.Extract(paragraphs[i], reference, ctx))
                    {
                        var (value, detail) = MentionText.Describe(m);
                        context.Out.WriteLine(string.Join('\t', i.ToString(CultureInfo.InvariantCulture), m.Start.ToString(CultureInfo.InvariantCulture),
                            m.End.ToString(CultureInfo.InvariantCulture), m.Kind.ToName(), Clean(m.Text), Clean(value), Clean(detail)));
                    }
                }
            }
            return 0;
        }));
        return command;
    }

    private static string Clean(string? s) => (s ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
