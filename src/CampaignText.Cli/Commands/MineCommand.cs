using CampaignText.Export;
using CampaignText.Pipeline;
using Spectre.Console;

namespace CampaignText.Cli.Commands;

/// <summary>
/// The folder-mining side of <c>analyze</c>: expands directories, analyses the files in parallel, writes
/// every analysed file to the chosen format and reports every failed one on stderr, then prints
/// "N analysed, M failed". Output files appear only when complete; exit code 2 when any file failed.
/// </summary>
internal static class MineCommand
{
    /// <summary>What <c>analyze --out</c> was asked for.</summary>
    internal sealed record Options(string Out, string Format, int Jobs, bool Quiet, bool Bom, string? Model = null)
    {
        /// <summary>--include patterns for folders.</summary>
        public string[]? Include { get; init; }

        /// <summary>--exclude patterns for folders.</summary>
        public string[]? Exclude { get; init; }
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> inputs, Options options, TextWriter error, CancellationToken cancellationToken)
    {
        if (!CorpusWriter.TryParse(options.Format, out var format))
        {
            error.WriteLine($"campaigntext: --out writes {FolderInputs.Join([.. CorpusWriter.Formats.Select(CorpusWriter.NameOf)], "or")}, not {options.Format}");
            return 1;
        }

        if (!CorpusWriter.WritesDirectory(format) && Directory.Exists(options.Out))
        {
            error.WriteLine($"campaigntext: --out {options.Out} is a directory; --format {options.Format} writes one file");
            return 1;
        }

        if (CorpusWriter.WritesDirectory(format) && File.Exists(options.Out))
        {
            error.WriteLine($"campaigntext: --out {options.Out} is a file; --format {options.Format} writes a directory of tables");
            return 1;
        }

        if (options.Jobs < 0)
        {
            error.WriteLine("campaigntext: --jobs must be 0 (one per processor) or more");
            return 1;
        }

        IReadOnlyList<string> files;
        BulletinFileSet walked;
        try
        {
            walked = FolderInputs.Walk(inputs, options.Include, options.Exclude, error);
            files = walked.Files;
        }
        catch (UsageException ex)
        {
            error.WriteLine($"campaigntext: {ex.Message}");
            return 1;
        }

        if (inputs.Concat(files).Any(f => ReportCommand.SamePath(f, options.Out)))
        {
            error.WriteLine($"campaigntext: --out {options.Out} is one of the inputs; choose another path");
            return 1;
        }

        CampaignPipeline pipeline;
        try
        {
            pipeline = ModelOption.Pipeline(options.Model);
        }
        catch (CampaignTextException ex)
        {
            error.WriteLine(ex.Message);
            return AnalyzeCommand.ExitSomeFilesFailed;
        }

        int analysed = 0, failed = 0;
        var failures = new List<string>();
        bool showBar = !options.Quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

        try
        {
            await using var writer = CorpusWriter.Open(format, options.Out, options.Bom);

            async Task Consume(Action<AnalysisResult>? onResult)
            {
                await foreach (var result in pipeline.AnalyzeMany(files, options.Jobs, null, cancellationToken).ConfigureAwait(false))
                {
                    if (result.Analysis is { } analysis)
                    {
                        await writer.WriteAsync(analysis, cancellationToken).ConfigureAwait(false);
                        analysed++;
                        if (result.Warning is { } warning)
                        {
                            if (showBar) failures.Add($"{result.Path}: {warning}");
                            else error.WriteLine($"{result.Path}: {warning}");
                        }
                    }
                    else
                    {
                        failed++;
                        if (showBar) failures.Add(result.ToString());
                        else error.WriteLine(result.ToString());
                    }

                    onResult?.Invoke(result);
                }
            }

            if (showBar)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("analysing", maxValue: Math.Max(1, files.Count));
                        await Consume(_ => task.Increment(1)).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                foreach (var f in failures) error.WriteLine(f);
            }
            else
            {
                await Consume(null).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"campaigntext: cancelled after {analysed + failed} of {files.Count} files; nothing written");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{options.Out}: {ex.Message}");
            return 2;
        }

        var summary = $"{analysed} analysed, {failed} failed";
        summary += FolderInputs.Skipped(walked);
        error.WriteLine(summary);
        return failed > 0 ? AnalyzeCommand.ExitSomeFilesFailed : AnalyzeCommand.ExitOk;
    }
}
