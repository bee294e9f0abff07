using System.Text;
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

    /// <summary>Reads a text argument: a file path, or "-" / nothing for standard input.</summary>
    public static string ReadText(string? path, TextReader stdin)
    {
        if (string.IsNullOrEmpty(path) || path == "-") return stdin.ReadToEnd();
        if (!File.Exists(path)) throw new CampaignTextException("no such file", path);
        try
        {
            return File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (DecoderFallbackException)
        {
            throw new CampaignTextException("not valid UTF-8 text", path);
        }
        catch (IOException ex)
        {
            throw new CampaignTextException(ex.Message, path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CampaignTextException("permission denied", path);
        }
    }
}
