using System.Text;

namespace CampaignText.Benchmarks;

/// <summary>The fixed benchmark text: our corpus bulletins (UTF-8 .txt and .md) repeated to about 1 MB.</summary>
internal static class BenchText
{
    private static readonly Lazy<string> Text = new(Build);

    public static string Value => Text.Value;

    public static string[] Lines => Value.Split('\n');

    public static long Utf8Bytes => Encoding.UTF8.GetByteCount(Value);

    private static string Build()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
        var strict = new UTF8Encoding(false, true);
        var parts = new List<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(dir.FullName, "corpus"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            try
            {
                parts.Add(strict.GetString(File.ReadAllBytes(f)).TrimStart('\uFEFF'));
            }
            catch (DecoderFallbackException)
            {
                // GB18030 and UTF-16 samples are not UTF-8 text; leave them out.
            }
        }
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < 1_000_000)
        {
            foreach (var p in parts) sb.Append(p).Append('\n');
        }
        return sb.ToString();
    }
}
