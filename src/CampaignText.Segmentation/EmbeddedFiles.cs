using System.IO.Compression;
using System.Reflection;

namespace CampaignText.Segmentation;

/// <summary>
/// Reads the data files an assembly embeds from models/ (gzip-compressed, named CampaignText.Data.NAME.gz;
/// stored as is when already compressed): the one reader behind <see cref="SegmentationData"/> and the
/// CampaignText assembly's own table.
/// </summary>
internal static class EmbeddedFiles
{
    private const string Prefix = "CampaignText.Data.";

    /// <summary>Opens the decompressed content of a data file embedded in <paramref name="assembly"/>.</summary>
    public static Stream Open(Assembly assembly, string name) =>
        new GZipStream(OpenRaw(assembly, name + ".gz", name), CompressionMode.Decompress);

    /// <summary>Opens a data file embedded without gzip.</summary>
    public static Stream OpenRaw(Assembly assembly, string name) => OpenRaw(assembly, name, name);

    /// <summary>Reads a whole embedded data file as UTF-8 text, without a byte-order mark.</summary>
    public static string ReadAllText(Assembly assembly, string name)
    {
        using var reader = new StreamReader(Open(assembly, name), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Whether <paramref name="assembly"/> carries the named (compressed) data file.</summary>
    public static bool Exists(Assembly assembly, string name) =>
        assembly.GetManifestResourceInfo(Prefix + name + ".gz") is not null;

    private static Stream OpenRaw(Assembly assembly, string resource, string name) =>
        assembly.GetManifestResourceStream(Prefix + resource)
        ?? throw new CampaignTextException($"embedded data file '{name}' is missing from the {assembly.GetName().Name} assembly");
}
