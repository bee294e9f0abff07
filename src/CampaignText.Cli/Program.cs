using System.CommandLine;
using CampaignText.Cli.Commands;

namespace CampaignText.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("campaigntext: read Chinese civilized-city campaign bulletins.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        return root.Parse(args).Invoke();
    }
}
