using System.CommandLine;
using System.Text;
using CampaignText.Export.Json;
using CampaignText.Structure;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext analyze FILE... [--format json|jsonl|text]</c>: parses bulletins and prints their
/// structure. A file that cannot be read or parsed gives one "path: problem" line on stderr and exit
/// code 2; the other files are still analysed.
/// </summary>
internal static class AnalyzeCommand
{
    internal const int ExitOk = 0;
    internal const int ExitSomeFilesFailed = 2;

    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Bulletin files to analyse (.txt in UTF-8, UTF-16 or GB18030, .md, .docx).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (one object, or an array for several files), jsonl (one object per line) or text (a readable outline).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "text");

        var command = new Command("analyze", "Read the structure of bulletins: masthead, sections, articles, paragraphs, footer.")
        {
            files,
            format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(files) ?? [],
            parseResult.GetValue(format) ?? "json",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Analyses <paramref name="files"/> and writes the result; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error)
    {
        var parser = BulletinParser.Default;
        var writer = new BulletinJsonWriter();
        var done = new List<(string Source, BulletinDocument Document)>();
        var failed = false;
        foreach (var path in files)
        {
            BulletinDocument document;
            try
            {
                document = parser.Parse(ReadSource(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CampaignTextException or ArgumentException or NotSupportedException)
            {
                // Library errors already name the file.
                error.WriteLine(ex is CampaignTextException { File: not null } ? ex.Message : $"{path}: {Describe(ex)}");
                failed = true;
                continue;
            }

            switch (format)
            {
                case "jsonl":
                    writer.WriteLine(output, document, path);
                    break;
                case "text":
                    output.Write(Outline.Render(document, path));
                    break;
                default:
                    done.Add((path, document));
                    break;
            }
        }

        if (format == "json")
        {
            if (done.Count == 1 && files.Count == 1)
            {
                output.WriteLine(writer.ToJson(done[0].Document, done[0].Source));
            }
            else
            {
                writer.WriteArray(output, done);
                output.WriteLine();
            }
        }

        output.Flush();
        return failed ? ExitSomeFilesFailed : ExitOk;
    }

    /// <summary>
    /// Reads a source file as text. The one place that turns a file into a string, so decoding
    /// (encoding detection, .docx) can replace it.
    /// </summary>
    internal static string ReadSource(string path) => Reader.Read(path).Text;

    private static readonly CampaignText.Text.DocumentReader Reader = new();

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "directory not found",
        UnauthorizedAccessException => "access denied",
        _ => ex.Message,
    };
}
