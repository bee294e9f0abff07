namespace CampaignText;

/// <summary>
/// The one exception type CampaignText throws for bad input or bad data: it names the file, line and
/// span where they are known, so a batch can report one clear line per failed file.
/// </summary>
public class CampaignTextException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public CampaignTextException(string message) : base(message) { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public CampaignTextException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception that names the file and, when known, the 1-based line.</summary>
    public CampaignTextException(string message, string? file, int? line = null, Exception? innerException = null)
        : base(Format(message, file, line), innerException)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file the problem is in, when known.</summary>
    public string? File { get; }

    /// <summary>The 1-based line the problem is on, when known.</summary>
    public int? Line { get; }

    private static string Format(string message, string? file, int? line) =>
        (file, line) switch
        {
            (null, null) => message,
            (null, int l) => $"line {l}: {message}",
            (string f, null) => $"{f}: {message}",
            (string f, int l) => $"{f}:{l}: {message}",
        };
}
