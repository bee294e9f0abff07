using System.CommandLine;
using System.Text.Json;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Cli.Commands;

/// <summary><c>campaigntext segment</c>: cut text into words.</summary>
internal static class SegmentCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "Text file (UTF-8), or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var mode = new Option<string>("--mode") { Description = "exact, full or search", DefaultValueFactory = _ => "exact" };
        mode.AcceptOnlyFromAmong("exact", "full", "search");
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not use the HMM for words missing from the dictionary" };
        var lexicon = new Option<string>("--lexicon") { Description = "jieba (stock dictionary only) or campaign (stock + campaign lexicon)", DefaultValueFactory = _ => "campaign" };
        lexicon.AcceptOnlyFromAmong("jieba", "campaign");
        var pos = new Option<bool>("--pos") { Description = "Add part-of-speech tags (exact mode)" };
        var format = new Option<string>("--format") { Description = "text, json or tsv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "tsv");

        var command = new Command("segment", "Cut Chinese text into words (jieba-compatible).") { file, mode, noHmm, lexicon, pos, format };
        command.SetAction(parse => context.Run(() =>
        {
            string text = CliIo.ReadText(parse.GetValue(file), context.In);
            var segmenter = parse.GetValue(lexicon) == "jieba" ? JiebaSegmenter.Default : JiebaSegmenter.Campaign;
            bool hmm = !parse.GetValue(noHmm);
            var m = parse.GetValue(mode) switch { "full" => SegmentMode.Full, "search" => SegmentMode.Search, _ => SegmentMode.Exact };
            bool withTags = parse.GetValue(pos);
            if (withTags && m != SegmentMode.Exact) throw new UsageException("--pos works with --mode exact only");
            var items = withTags
                ? segmenter.Tag(text, hmm).Select(t => new Item(t.Word, t.Start, t.End, t.Tag)).ToList()
                : segmenter.Tokenize(text, m, hmm).Select(t => new Item(t.Word, t.Start, t.End, null)).ToList();
            Write(context.Out, items, parse.GetValue(format)!, withTags);
            return 0;
        }));
        return command;
    }

    private sealed record Item(string Word, int Start, int End, string? Tag);

    private static void Write(TextWriter output, List<Item> items, string format, bool withTags)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(withTags
                    ? JsonSerializer.Serialize(items.Select(i => new { word = i.Word, start = i.Start, end = i.End, tag = i.Tag }), CliIo.Json)
                    : JsonSerializer.Serialize(items.Select(i => new { word = i.Word, start = i.Start, end = i.End }), CliIo.Json));
                break;
            case "tsv":
                output.WriteLine(withTags ? "word\tstart\tend\ttag" : "word\tstart\tend");
                foreach (var i in items)
                {
                    string word = i.Word.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");
                    output.WriteLine(withTags ? $"{word}\t{i.Start}\t{i.End}\t{i.Tag}" : $"{word}\t{i.Start}\t{i.End}");
                }
                break;
            default:
                // One output line per input line, words separated by " / ".
                var line = new List<string>();
                foreach (var i in items)
                {
                    if (i.Word is "\n" or "\r\n" or "\r")
                    {
                        output.WriteLine(string.Join(" / ", line));
                        line.Clear();
                        continue;
                    }
                    line.Add(withTags ? $"{i.Word}/{i.Tag}" : i.Word);
                }
                if (line.Count > 0) output.WriteLine(string.Join(" / ", line));
                break;
        }
    }
}
