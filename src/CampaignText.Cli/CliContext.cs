namespace CampaignText.Cli;

/// <summary>Where a command reads and writes, so tests can run the CLI in-process.</summary>
internal sealed class CliContext(TextReader input, TextWriter output, TextWriter error)
{
    /// <summary>Standard input.</summary>
    public TextReader In { get; } = input;

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>
    /// Runs a command body: a <see cref="CampaignTextException"/> becomes one line on stderr and exit
    /// code 2, a <see cref="UsageException"/> exit code 1; nothing else is caught.
    /// </summary>
    public int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            Error.WriteLine($"campaigntext: {ex.Message}");
            return 1;
        }
        catch (CampaignTextException ex)
        {
            Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
