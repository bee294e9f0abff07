using System.CommandLine;
using System.Text;
using CampaignText.Export.Json;
using CampaignText.Pipeline;

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

        var command = new Command("analyze", "Analyse bulletins: masthead, sections, articles, paragraphs, footer, and the mentions in each paragraph.")
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
        var pipeline = CampaignPipeline.CreateDefault();
        var writer = new BulletinJsonWriter();
        var done = new List<BulletinAnalysis>();
        var failed = false;
        foreach (var path in files)
        {
            BulletinAnalysis analysis;
            try
            {
                analysis = pipeline.AnalyzeFile(path);
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
                    writer.WriteLine(output, analysis);
                    break;
                case "text":
                    output.Write(Outline.Render(analysis));
                    break;
                default:
                    done.Add(analysis);
                    break;
            }
        }

        if (format == "json")
        {
            if (done.Count == 1 && files.Count == 1)
            {
                output.WriteLine(writer.ToJson(done[0]));
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

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException => "file not found",
        DirectoryNotFoundException => "directory not found",
        UnauthorizedAccessException => "access denied",
        _ => ex.Message,
    };
}
