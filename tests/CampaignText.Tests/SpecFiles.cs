using System.IO.Compression;

namespace CampaignText.Tests;

/// <summary>Locates spec data files copied next to the test assembly.</summary>
internal static class SpecFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Reads the lines of a spec file (plain or .gz); fails the test when missing.</summary>
    public static IEnumerable<string> ReadLines(string relative)
    {
        string path = PathOf(relative);
        if (!File.Exists(path) && File.Exists(path + ".gz")) path += ".gz";
        Assert.True(File.Exists(path), $"spec file missing: {relative}");
        using Stream raw = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(s);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0) yield return line;
        }
    }

    /// <summary>The repository root (for tests that read corpus/ or models/).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CampaignText.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
