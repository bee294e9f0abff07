using System.Diagnostics;
using System.Globalization;

namespace CampaignText.Export;

/// <summary>
/// A file written under a temporary name in its target's directory and renamed over the target only
/// when committed, so readers never see it half-written. The temporary name carries the writing process's
/// id, so that the temporary files of a process that was killed are removed by the next writer of the same target.
/// </summary>
internal sealed class StagedFile
{
    public StagedFile(string path)
    {
        FinalPath = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(FinalPath) ?? ".";
        Directory.CreateDirectory(dir);
        RemoveStale(dir, Path.GetFileName(FinalPath));
        TempPath = Path.Combine(dir, $".{Path.GetFileName(FinalPath)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp");
    }

    public string FinalPath { get; }

    public string TempPath { get; }

    public FileStream Create(bool readable = false) =>
        new(TempPath, FileMode.CreateNew, readable ? FileAccess.ReadWrite : FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);

    public void Commit() => File.Move(TempPath, FinalPath, overwrite: true);

    public void Discard() => TryDelete(TempPath);

    /// <summary>
    /// Renames every staged file over its target as one unit: the targets there before are first moved aside,
    /// and when any rename fails they are put back and the staged files removed, so the set stays whole (all
    /// new or all old), never tables of two runs side by side.
    /// </summary>
    public static void CommitAll(IReadOnlyList<StagedFile> files)
    {
        var backups = new List<(string Final, string Backup)>();
        var moved = new List<StagedFile>();
        try
        {
            foreach (StagedFile f in files)
            {
                if (!File.Exists(f.FinalPath)) continue;
                string backup = f.TempPath[..^4] + ".old";
                File.Move(f.FinalPath, backup);
                backups.Add((f.FinalPath, backup));
            }

            foreach (StagedFile f in files)
            {
                File.Move(f.TempPath, f.FinalPath);
                moved.Add(f);
            }
        }
        catch
        {
            foreach (StagedFile f in moved) TryDelete(f.FinalPath);
            foreach ((string final, string backup) in backups)
            {
                try
                {
                    File.Move(backup, final, overwrite: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left as the .old file beside the target; nothing better can be done here.
                }
            }

            foreach (StagedFile f in files) f.Discard();
            throw;
        }

        foreach ((_, string backup) in backups) TryDelete(backup);
    }

    /// <summary>Removes temporary files of <paramref name="name"/> left by processes that no longer run.</summary>
    private static void RemoveStale(string dir, string name)
    {
        try
        {
            foreach (string path in Directory.EnumerateFiles(dir, $".{name}.*"))
            {
                string rest = Path.GetFileName(path)[(name.Length + 2)..];
                if (!rest.EndsWith(".tmp", StringComparison.Ordinal) && !rest.EndsWith(".old", StringComparison.Ordinal)) continue;
                string[] parts = rest.Split('.');
                if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || IsRunning(pid)) continue;
                TryDelete(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A directory that cannot be listed is reported when the file is created.
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
