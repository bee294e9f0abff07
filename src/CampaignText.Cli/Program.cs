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
        var config = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(config);
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
        return root;
    }
}
