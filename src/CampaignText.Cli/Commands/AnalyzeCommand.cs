using System.CommandLine;
using System.Text;
using CampaignText.Export;
using CampaignText.Export.Json;
using CampaignText.Pipeline;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext analyze DIR|FILE... [--format json|jsonl|text]</c>: parses bulletins and prints their
/// structure. With <c>--out PATH --format jsonl|csv|parquet [--jobs N] [--quiet] [--bom]</c> it mines a
/// whole folder into files instead (see <see cref="MineCommand"/>). A file that cannot be read or parsed
/// gives one "path: problem" line on stderr and exit code 2; the other files are still analysed. A file that
/// yields no text (a web page of menus only) is analysed (no paragraphs) with a "path: no text found" line on
/// stderr, and does not change the exit code.
/// </summary>
internal static class AnalyzeCommand
{
    internal const int ExitOk = 0;
    internal const int ExitSomeFilesFailed = 2;

    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"Bulletin files or directories to analyse ({string.Join(", ", BulletinFiles.MainExtensions)}; .txt in UTF-8, UTF-16 or GB18030, .pdf with a text layer; directories are searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (one object, or an array for several files), jsonl (one object per line) or text (a readable outline); with --out: "
                + $"{FolderInputs.Join(OutNames(directory: false), "or")} (one file), {FolderInputs.Join(OutNames(directory: true), "or")} (documents, sections, paragraphs and mentions tables in the --out directory).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. new[] { "json", "text" }.Union(CorpusWriter.Formats.Select(CorpusWriter.NameOf))]);
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"Write to PATH instead of standard output: a {FolderInputs.Join([.. OutNames(directory: false).Select(n => "." + n)], "or")} file, "
                + $"or a directory for {FolderInputs.Join(OutNames(directory: true), "and")}. Files appear only when complete.",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Files analysed at once (default: one per processor). Output order is the input order whatever the number.",
            DefaultValueFactory = _ => 0,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var bom = new Option<bool>("--bom") { Description = "Start CSV files with a UTF-8 byte-order mark, for Excel." };
        var include = FolderInputs.Include();
        var exclude = FolderInputs.Exclude();
        var model = ModelOption.Create();

        var command = new Command("analyze", "Analyse bulletins: masthead, sections, articles, paragraphs, footer, and the mentions in each paragraph.")
        {
            files,
            format,
            output,
            jobs,
            quiet,
            bom,
            include,
            exclude,
            model,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var inputs = parseResult.GetValue(files) ?? [];
            var fmt = parseResult.GetValue(format) ?? "json";
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var outPath = parseResult.GetValue(output);
            if (outPath is null)
            {
                if (CorpusWriter.TryParse(fmt, out var tables) && CorpusWriter.WritesDirectory(tables))
                {
                    stderr.WriteLine($"campaigntext: --format {fmt} writes several tables and needs --out DIR");
                    return Task.FromResult(1);
                }

                return Task.FromResult(Run(inputs, fmt, stdout, stderr, parseResult.GetValue(include), parseResult.GetValue(exclude), parseResult.GetValue(model)));
            }

            var options = new MineCommand.Options(outPath, fmt, parseResult.GetValue(jobs), parseResult.GetValue(quiet), parseResult.GetValue(bom), parseResult.GetValue(model))
            {
                Include = parseResult.GetValue(include),
                Exclude = parseResult.GetValue(exclude),
            };
            return MineCommand.RunAsync(inputs, options, stderr, cancellationToken);
        });
        return command;
    }

    /// <summary>The names of the corpus formats that write a directory of tables, or one file.</summary>
    private static string[] OutNames(bool directory) =>
        [.. CorpusWriter.Formats.Where(f => CorpusWriter.WritesDirectory(f) == directory).Select(CorpusWriter.NameOf)];

    /// <summary>Analyses <paramref name="files"/> and writes the result; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error, string[]? include = null, string[]? exclude = null, string? model = null)
    {
        CampaignPipeline pipeline;
        try
        {
            pipeline = ModelOption.Pipeline(model);
        }
        catch (CampaignTextException ex)
        {
            error.WriteLine(ex.Message);
            return ExitSomeFilesFailed;
        }

        var writer = new BulletinJsonWriter();
        var done = new List<BulletinAnalysis>();
        var failed = false;
        IReadOnlyList<string> expanded;
        try
        {
            expanded = FolderInputs.Walk(files, include, exclude, error).Files;
        }
        catch (UsageException ex)
        {
            error.WriteLine($"campaigntext: {ex.Message}");
            return 1;
        }

        foreach (var path in expanded)
        {
            var result = pipeline.AnalyzeOrFail(path);
            if (result.Analysis is not { } analysis)
            {
                error.WriteLine(result.ToString());
                failed = true;
                continue;
            }

            if (result.Warning is { } warning)
            {
                error.WriteLine($"{result.Path}: {warning}");
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
            if (done.Count == 1 && expanded.Count == 1)
            {
                // Streamed: a huge bulletin's JSON is never held whole, as bytes or as a string.
                using (var json = new TextWriterStream(output)) writer.Write(json, done[0]);
                output.WriteLine();
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
}
