namespace CampaignText.Benchmarks;

/// <summary>Our corpus bulletins (every .txt, .md and .docx under corpus/20*), copied into a temp directory as many times as a size asks.</summary>
internal static class MiningCorpus
{
    public static string[] Sources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
        return Pipeline.BulletinFiles.Expand(Directory.GetDirectories(Path.Combine(dir.FullName, "corpus"), "20*").Order(StringComparer.Ordinal)).ToArray();
    }

    /// <summary>Copies the corpus into <paramref name="target"/> until it holds at least <paramref name="bytes"/> bytes; returns the total.</summary>
    public static long Replicate(string target, long bytes)
    {
        var sources = Sources();
        long total = 0;
        for (int copy = 0; total < bytes; copy++)
        {
            var sub = Path.Combine(target, copy.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            foreach (var s in sources)
            {
                var dest = Path.Combine(sub, Path.GetFileName(s));
                File.Copy(s, dest);
                total += new FileInfo(dest).Length;
            }
        }

        return total;
    }
}
