using System.CommandLine;

namespace CampaignText.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("campaigntext: read Chinese civilized-city campaign bulletins.");
        return root.Parse(args).Invoke();
    }
}
