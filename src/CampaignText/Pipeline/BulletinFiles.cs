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

    /// <summary>Expands <paramref name="inputs"/> into files and counts the files in directories that were left out for their extension.</summary>
    /// <param name="inputs">Directories and files.</param>
    /// <param name="skipped">Files found in directories whose extension is not one of the <see cref="Extensions"/>.</param>
    /// <exception cref="CampaignTextException">A directory cannot be listed; the message names it.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        skipped = 0;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                List<string> found;
                try
                {
                    found = Directory.EnumerateFiles(input, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        IgnoreInaccessible = false,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                        MatchType = MatchType.Simple,
                    }).ToList();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CampaignTextException($"cannot list the directory: {ex.Message}", input, null, ex);
                }

                found.Sort(StringComparer.Ordinal);
                foreach (var f in found)
                {
                    if (!IsBulletin(f))
                    {
                        skipped++;
                        continue;
                    }

                    if (seen.Add(f)) files.Add(f);
                }
            }
            else if (seen.Add(input))
            {
                files.Add(input);
            }
        }

        return files;
    }
}
