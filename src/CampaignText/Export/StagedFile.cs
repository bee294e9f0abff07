namespace CampaignText.Export;

/// <summary>
/// A file written under a temporary name in its target's directory and renamed over the target only
/// when committed, so readers never see it half-written.
/// </summary>
internal sealed class StagedFile
{
    public StagedFile(string path)
    {
        FinalPath = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(FinalPath) ?? ".";
        Directory.CreateDirectory(dir);
        TempPath = Path.Combine(dir, $".{Path.GetFileName(FinalPath)}.{Guid.NewGuid():N}.tmp");
    }

    public string FinalPath { get; }

    public string TempPath { get; }

    public FileStream Create(bool readable = false) =>
        new(TempPath, FileMode.CreateNew, readable ? FileAccess.ReadWrite : FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);

    public void Commit() => File.Move(TempPath, FinalPath, overwrite: true);

    public void Discard()
    {
        try
        {
            if (File.Exists(TempPath)) File.Delete(TempPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
