using CampaignText.Cli;

namespace CampaignText.Tests.Cli;

/// <summary>Runs the command line in-process with no standard input and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
