using System.CommandLine;
using System.Text;
using CampaignText.Cli.Commands;

namespace CampaignText.Cli;

/// <summary>The <c>campaigntext</c> command line: argument parsing only, each verb calls the library.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.In, Console.Out, Console.Error);
    }

    /// <summary>Runs the CLI in-process with the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var context = new CliContext(input, output, error);
        var root = BuildRoot(context);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            ParseResult parsed = root.Parse(args);
            if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction parseError)
            {
                // The errors alone, one line each, and where to look; not the whole help text.
                parseError.ShowHelp = false;
                int code = parsed.Invoke(config);
                error.WriteLine($"campaigntext: see `campaigntext {string.Join(' ', CommandPath(parsed.CommandResult))} --help`".Replace("  ", " ", StringComparison.Ordinal));
                return code;
            }

            return parsed.Invoke(config);
        }
        catch (Exception ex)
        {
            // Whatever escaped a verb ends in one line, never a stack trace: 1 for usage, 2 for input and environment.
            (int code, string line) = ex switch
            {
                UsageException => (1, $"campaigntext: {ex.Message}"),
                CampaignTextException => (2, ex.Message),
                OperationCanceledException => (130, "campaigntext: cancelled"),
                _ => (2, $"campaigntext: {OneLine(ex)}"),
            };
            error.WriteLine(line);
            return code;
        }
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null && r.Parent is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(r.Command.Name);
        }

        return names;
    }

    /// <summary>An exception's message on one line, with the type when the message alone says little.</summary>
    internal static string OneLine(Exception ex)
    {
        Exception inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
        string message = inner.Message.ReplaceLineEndings(" ").Trim();
        return inner is IOException or UnauthorizedAccessException ? message : $"{message} ({inner.GetType().Name})";
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("campaigntext: read Chinese civilized-city campaign bulletins (创建文明城市 简报/快报).");
        root.Subcommands.Add(SegmentCommand.Create(context));
        root.Subcommands.Add(KeywordsCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(TermsCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        CommandChecks.Apply(root);
        return root;
    }
}
