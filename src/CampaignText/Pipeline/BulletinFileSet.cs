namespace CampaignText.Pipeline;

/// <summary>What a folder walk (<see cref="BulletinFiles.Walk"/>) found: the files to analyse and what it left out.</summary>
/// <param name="Files">The files, in input order and ordinal path order within each folder, each once.</param>
/// <param name="OtherExtension">Files in folders whose extension is not one a bulletin has.</param>
/// <param name="Hidden">Dot-files and dot-folders in folders (not entered).</param>
/// <param name="Excluded">Files in folders left out by the include and exclude patterns (the default excludes among them).</param>
/// <param name="Notes">One line per entry not walked: special files (FIFOs, devices, sockets), links to folders, folders that cannot be listed.</param>
public sealed record BulletinFileSet(
    IReadOnlyList<string> Files,
    int OtherExtension,
    int Hidden,
    int Excluded,
    IReadOnlyList<string> Notes)
{
    /// <summary>All files and folders left out: other extensions, hidden and excluded (notes not counted).</summary>
    public int Skipped => OtherExtension + Hidden + Excluded;
}
