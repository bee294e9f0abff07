using System.Collections.Frozen;
using System.Reflection;

namespace CampaignText.Cli.Report;

/// <summary>The Chinese names of categories and measure types (models/report/labels.tsv) and the embedded CJK font subset.</summary>
internal static class ReportLabels
{
    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Load);

    private static readonly Lazy<byte[]> FontBytes = new(() => Resource("CampaignText.Cli.Report.cjk-subset.woff2"));

    /// <summary>The Chinese name of a paragraph or section category, else the id itself.</summary>
    public static string Category(string id) => Names.Value.TryGetValue("category\t" + id, out var n) ? n : id.Length == 0 ? "其他" : id;

    /// <summary>The Chinese name of a measure type, else the id itself.</summary>
    public static string Measure(string id) => Names.Value.TryGetValue("measure\t" + id, out var n) ? n : id.Length == 0 ? "其他" : id;

    /// <summary>Noto Sans CJK SC cut to about 4,100 characters (scripts/report/build_font.py), as WOFF2.</summary>
    public static byte[] Font => FontBytes.Value;

    private static FrozenDictionary<string, string> Load()
    {
        var text = System.Text.Encoding.UTF8.GetString(Resource("CampaignText.Cli.Report.labels.tsv"));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.Length == 0 || l.StartsWith('#')) continue;
            var parts = l.Split('\t');
            if (parts.Length == 3) names[parts[0] + "\t" + parts[1]] = parts[2];
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
