using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CampaignText.Segmentation;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext segment</c>: cut text into words. The text streams through in chunks that end at line
/// breaks (<see cref="SegmentChunker"/>), so standard input of any size runs in flat memory, and the words
/// are written as slices of each chunk through a buffered writer.
/// </summary>
internal static class SegmentCommand
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

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
            var m = parse.GetValue(mode) switch { "full" => SegmentMode.Full, "search" => SegmentMode.Search, _ => SegmentMode.Exact };
            bool withTags = parse.GetValue(pos);
            if (withTags && m != SegmentMode.Exact) throw new UsageException("--pos works with --mode exact only");
            var segmenter = parse.GetValue(lexicon) == "jieba" ? JiebaSegmenter.Default : JiebaSegmenter.Campaign;
            string? path = parse.GetValue(file);
            bool stdin = string.IsNullOrEmpty(path) || path == "-";

            // A file is read whole by the document reader (any encoding and format, held to its text limit);
            // standard input streams. The console's own reader and writer are replaced by buffered ones.
            using var owned = stdin && ReferenceEquals(context.In, Console.In)
                ? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16)
                : null;
            TextReader input = stdin ? owned ?? context.In : new StringReader(CliIo.ReadText(path, context.In));
            bool console = ReferenceEquals(context.Out, Console.Out);
            using var buffered = console ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
            var output = buffered ?? context.Out;

            var writer = new WordWriter(output, parse.GetValue(format)!, withTags);
            var chunker = new SegmentChunker(input, m);
            bool hmm = !parse.GetValue(noHmm);
            var spans = new List<TextSpan>();
            while (chunker.Next() is { } chunk)
            {
                if (withTags)
                {
                    foreach (var t in segmenter.Tag(chunk, hmm))
                        writer.Write(chunk, new TextSpan(t.Start, t.End), chunker.ChunkStart, t.Tag);
                }
                else
                {
                    spans.Clear();
                    segmenter.TokenizeSpans(chunk, m, hmm, spans);
                    foreach (var span in spans) writer.Write(chunk, span, chunker.ChunkStart, null);
                }
                writer.EndChunk();
            }
            writer.Finish();
            output.Flush();
            return 0;
        }));
        return command;
    }

    // Writes words as they come: text (one output line per input line, words joined by " / "), tsv or a JSON array.
    private sealed class WordWriter
    {
        private readonly TextWriter _output;
        private readonly string _format;
        private readonly bool _withTags;
        private readonly ArrayBufferWriter<byte>? _jsonBuffer;
        private readonly Utf8JsonWriter? _json;
        private readonly StringBuilder _escaped = new();
        private int _wordsOnLine;

        public WordWriter(TextWriter output, string format, bool withTags)
        {
            _output = output;
            _format = format;
            _withTags = withTags;
            if (format == "json")
            {
                _jsonBuffer = new ArrayBufferWriter<byte>(1 << 16);
                _json = new Utf8JsonWriter(_jsonBuffer, JsonOptions);
                _json.WriteStartArray();
            }
            else if (format == "tsv")
            {
                output.WriteLine(withTags ? "word\tstart\tend\ttag" : "word\tstart\tend");
            }
        }

        public void Write(string chunk, TextSpan span, long offset, string? tag)
        {
            var word = span.Slice(chunk);
            switch (_format)
            {
                case "json":
                    _json!.WriteStartObject();
                    _json.WriteString("word", word);
                    _json.WriteNumber("start", offset + span.Start);
                    _json.WriteNumber("end", offset + span.End);
                    if (_withTags) _json.WriteString("tag", tag);
                    _json.WriteEndObject();
                    break;
                case "tsv":
                    WriteEscaped(word);
                    _output.Write('\t');
                    _output.Write(offset + span.Start);
                    _output.Write('\t');
                    _output.Write(offset + span.End);
                    if (_withTags)
                    {
                        _output.Write('\t');
                        _output.Write(tag);
                    }
                    _output.WriteLine();
                    break;
                default:
                    if (word is "\n" or "\r\n" or "\r")
                    {
                        _output.WriteLine();
                        _wordsOnLine = 0;
                        break;
                    }
                    if (_wordsOnLine++ > 0) _output.Write(" / ");
                    _output.Write(word);
                    if (_withTags)
                    {
                        _output.Write('/');
                        _output.Write(tag);
                    }
                    break;
            }
        }

        public void EndChunk()
        {
            if (_json is null) return;
            _json.Flush();
            _output.Write(Encoding.UTF8.GetString(_jsonBuffer!.WrittenSpan));
            _jsonBuffer.ResetWrittenCount();
        }

        public void Finish()
        {
            if (_json is not null)
            {
                _json.WriteEndArray();
                EndChunk();
                _output.WriteLine();
            }
            else if (_format == "text" && _wordsOnLine > 0)
            {
                _output.WriteLine();
            }
        }

        private void WriteEscaped(ReadOnlySpan<char> word)
        {
            if (word.IndexOfAny("\\\t\r\n") < 0)
            {
                _output.Write(word);
                return;
            }
            _escaped.Clear();
            foreach (char c in word)
            {
                _escaped.Append(c switch { '\\' => "\\\\", '\t' => "\\t", '\r' => "\\r", '\n' => "\\n", _ => c.ToString() });
            }
            _output.Write(_escaped);
        }
    }
}
