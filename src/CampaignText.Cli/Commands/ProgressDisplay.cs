using CampaignText.Pipeline;
using Spectre.Console;

namespace CampaignText.Cli.Commands;

/// <summary>A Spectre.Console progress bar on stderr, shown only when stderr is an interactive terminal.</summary>
internal static class ProgressDisplay
{
    /// <summary>True when a bar should be drawn: not quiet, writing to the real stderr, and stderr is a terminal.</summary>
    public static bool Wanted(TextWriter error, bool quiet) =>
        !quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="body"/> with a bar of <paramref name="total"/> steps, or with no progress at all.</summary>
    public static async Task<T> RunAsync<T>(bool show, string label, int total, Func<IProgress<AnalysisProgress>?, Task<T>> body)
    {
        if (!show) return await body(null).ConfigureAwait(false);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: Math.Max(1, total));
                result = await body(new Progress(task)).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }

    private sealed class Progress(ProgressTask task) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => task.Value = value.Completed;
    }
}
