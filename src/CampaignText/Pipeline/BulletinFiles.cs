namespace CampaignText.Pipeline;

/// <summary>
/// Turns command-line style inputs (directories and files) into the list of files to analyse: a
/// directory contributes every file below it (recursively) whose extension <see cref="Text.DocumentReader"/> reads
/// (.txt, .md, .docx, .html, .pdf and their variants, see <see cref="Extensions"/>), a file is taken as given
/// whatever its extension. The result is sorted by ordinal path order within each directory and keeps
/// the inputs' order between them; duplicates are dropped.
/// </summary>
public static class BulletinFiles
{
    /// <summary>The extensions picked up from directories.</summary>
    public static IReadOnlyList<string> Extensions { get; } = Text.DocumentReader.KnownExtensions;

    /// <summary>The first extension of each format read (.txt, .md, .docx, .html, .pdf): the ones help texts and messages name.</summary>
    public static IReadOnlyList<string> MainExtensions { get; } = Text.DocumentReader.MainExtensions;

    /// <summary>True when <paramref name="path"/> has one of the <see cref="Extensions"/> (any case).</summary>
    /// <param name="path">A file path.</param>
    public static bool IsBulletin(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = System.IO.Path.GetExtension(path);
        foreach (var e in Extensions)
        {
            if (string.Equals(ext, e, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Expands <paramref name="inputs"/> into files.</summary>
    /// <param name="inputs">Directories and files. A path that is neither is kept, so that reading it reports it as missing.</param>
    /// <returns>The files, in a deterministic order.</returns>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs) => Expand(inputs, out _);

    /// <summary>Expands <paramref name="inputs"/> into files and counts the files in directories that were left out.</summary>
    /// <param name="inputs">Directories and files.</param>
    /// <param name="skipped">Files found in directories that were left out (see <see cref="BulletinFileSet.Skipped"/>).</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, out int skipped)
    {
        BulletinFileSet set = Walk(inputs);
        skipped = set.Skipped;
        return set.Files;
    }

    /// <summary>
    /// Walks <paramref name="inputs"/>: a file is kept as given (unless it is a FIFO, device or socket, which is
    /// noted and left out); a directory contributes the bulletin files below it that <paramref name="options"/>
    /// keep. Dot-files and dot-folders are skipped and counted; links to folders are not followed (each noted),
    /// so a link back up cannot make the walk see a file twice or never end; special files are noted and left out
    /// without being opened; a folder that cannot be listed is noted and the walk goes on.
    /// </summary>
    /// <param name="inputs">Directories and files. A path that is neither is kept, so that reading it reports it as missing.</param>
    /// <param name="options">Include and exclude patterns; <see cref="BulletinWalkOptions.Default"/> when null.</param>
    public static BulletinFileSet Walk(IEnumerable<string> inputs, BulletinWalkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= BulletinWalkOptions.Default;
        var files = new List<string>();
        var notes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int other = 0, hidden = 0, excluded = 0;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = new List<string>();
                WalkDirectory(input, options, found, notes, ref other, ref hidden, ref excluded);
                found.Sort(StringComparer.Ordinal);
                foreach (var f in found)
                {
                    if (seen.Add(f)) files.Add(f);
                }
            }
            else if (FileKind.Special(input) is { } kind)
            {
                notes.Add($"{input}: {kind}, not a file; skipped");
            }
            else if (seen.Add(input))
            {
                files.Add(input);
            }
        }

        return new BulletinFileSet(files, other, hidden, excluded, notes);
    }

    private static void WalkDirectory(string root, BulletinWalkOptions options, List<string> found, List<string> notes,
        ref int other, ref int hidden, ref int excluded)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var listing = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, MatchType = MatchType.Simple };
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos("*", listing).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                notes.Add($"{dir}: cannot list the directory ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}); its files skipped");
                continue;
            }

            foreach (FileSystemInfo entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    hidden++;
                    continue;
                }

                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is not null)
                    {
                        notes.Add($"{System.IO.Path.Combine(dir, sub.Name)}: link to a directory, not followed");
                        continue;
                    }

                    pending.Push(System.IO.Path.Combine(dir, sub.Name));
                    continue;
                }

                string path = System.IO.Path.Combine(dir, entry.Name);
                if (FileKind.Special(path) is { } kind)
                {
                    notes.Add($"{path}: {kind}, not a file; skipped");
                    continue;
                }

                if (!IsBulletin(path))
                {
                    other++;
                    continue;
                }

                string relative = System.IO.Path.GetRelativePath(root, path);
                if (!Keeps(options, relative))
                {
                    excluded++;
                    continue;
                }

                found.Add(path);
            }
        }
    }

    private static bool Keeps(BulletinWalkOptions options, string relative)
    {
        if (options.Include.Count > 0 && !options.Include.Any(g => Glob.IsMatch(g, relative))) return false;
        if (options.Exclude.Any(g => Glob.IsMatch(g, relative))) return false;
        if (!options.UseDefaultExcludes || !BulletinWalkOptions.DefaultExcludes.Any(g => Glob.IsMatch(g, relative))) return true;

        // A README-like file is kept only when an include pattern that matches it is itself README-like
        // (README.md, README*), not when it merely matches a broad pattern (*.txt).
        return options.Include.Any(g => Glob.IsMatch(g, relative) && BulletinWalkOptions.DefaultExcludes.Any(d => Glob.IsMatch(d, Name(g))));
    }

    private static string Name(string pattern)
    {
        int slash = pattern.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? pattern : pattern[(slash + 1)..];
    }
}
