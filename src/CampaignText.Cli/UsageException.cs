namespace CampaignText.Cli;

/// <summary>A command line that parses but makes no sense (exit code 1).</summary>
internal sealed class UsageException(string message) : Exception(message);
