using System.Text.Encodings.Web;
using System.Text.Json;

namespace CampaignText.Cli.Commands;

/// <summary>Input and output helpers shared by the commands.</summary>
internal static class CliIo
{
    /// <summary>JSON options of every command: camelCase, Chinese written as UTF-8, not escaped.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly CampaignText.Text.DocumentReader Reader = new(new CampaignText.Text.DocumentReaderOptions { Normalize = false });

    /// <summary>
    /// Reads a text argument: a file path (any encoding the Text stage reads, .md and .docx too; the text
    /// is not normalised, so offsets refer to it as decoded), or "-" / nothing for standard input.
    /// </summary>
    public static string ReadText(string? path, TextReader stdin)
    {
        if (string.IsNullOrEmpty(path) || path == "-") return stdin.ReadToEnd();
        return Reader.Read(path).Text;
    }
}
