using System.CommandLine;
using CampaignText.Export.Sqlite;
using CampaignText.Pipeline;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext index DIR|FILE... --db corpus.db [--jobs N] [--quiet] [--model FILE]</c>: analyses bulletins into an
/// SQLite index with full-text search. Unchanged files are skipped; each bulletin is stored in its own
/// transaction, so an interrupted run resumes where it stopped.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = $"Directories (searched recursively for {string.Join(", ", BulletinFiles.MainExtensions)}) or files.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "The SQLite file to create or update.", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files analysed at once (default: one per processor).", DefaultValueFactory = _ => 0 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar." };
        var include = FolderInputs.Include();
        var exclude = FolderInputs.Exclude();
        var model = ModelOption.Create();
        var command = new Command("index", "Analyse bulletins into an SQLite index (documents, sections, paragraphs, mentions, full-text search).")
        {
            inputs, db, jobs, quiet, include, exclude, model,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(context.Run(() =>
            Run(parse.GetValue(inputs) ?? [], parse.GetValue(db)!, parse.GetValue(jobs), parse.GetValue(quiet), context.Error, cancellationToken,
                parse.GetValue(include), parse.GetValue(exclude), parse.GetValue(model)))));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, string dbPath, int jobs, bool quiet, TextWriter error, CancellationToken cancellationToken,
        string[]? include = null, string[]? exclude = null, string? model = null)
    {
        if (jobs < 0) throw new UsageException("--jobs must be 0 (one per processor) or more");
        var walked = FolderInputs.Walk(inputs, include, exclude, error);
        var files = walked.Files;
        if (inputs.Concat(files).Any(f => ReportCommand.SamePath(f, dbPath))) throw new UsageException($"--db {dbPath} is one of the inputs; choose another path");
        var pipeline = ModelOption.Pipeline(model);
        using var index = CorpusIndex.Open(dbPath, create: true);
        IndexResult result;
        try
        {
            result = ProgressDisplay.RunAsync(ProgressDisplay.Wanted(error, quiet), "indexing", files.Count, progress =>
                index.IndexAsync(files, pipeline, jobs, progress, cancellationToken)).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"campaigntext: cancelled; the bulletins stored so far are kept, run again to resume ({dbPath})");
            return 130;
        }

        foreach (var f in result.Failed) error.WriteLine(f);
        var summary = $"{result.Indexed} analysed, {result.Failed.Count} failed, {result.Unchanged} unchanged" +
            (result.Removed > 0 ? $", {result.Removed} removed (files gone)" : string.Empty) + $"; {index.DocumentCount()} bulletins in {dbPath}";
        summary += FolderInputs.Skipped(walked);
        error.WriteLine(summary);
        return result.Failed.Count > 0 ? AnalyzeCommand.ExitSomeFilesFailed : AnalyzeCommand.ExitOk;
    }
}
