using System.CommandLine;
using CampaignText.Pipeline;

namespace CampaignText.Cli.Commands;

/// <summary>The <c>--include</c>/<c>--exclude</c> options of the verbs that take folders, and the walk they drive.</summary>
internal static class FolderInputs
{
    public static Option<string[]> Include() => new("--include")
    {
        Description = "Only files in folders that match GLOB (by name, or by path below the folder when GLOB has a '/'; * ** ?). Repeatable.",
        HelpName = "GLOB",
    };

    public static Option<string[]> Exclude() => new("--exclude")
    {
        Description = "Leave out files in folders that match GLOB. Repeatable. README*, CHANGELOG*, LICENSE* and the like are left out unless --include names them.",
        HelpName = "GLOB",
    };

    /// <summary>Walks the inputs, writes a line per note on <paramref name="error"/>, and returns what was found.</summary>
    /// <exception cref="UsageException">An empty pattern.</exception>
    public static BulletinFileSet Walk(IReadOnlyList<string> inputs, string[]? include, string[]? exclude, TextWriter error)
    {
        include ??= [];
        exclude ??= [];
        if (include.Any(string.IsNullOrWhiteSpace)) throw new UsageException("--include needs a pattern, such as '*.docx'");
        if (exclude.Any(string.IsNullOrWhiteSpace)) throw new UsageException("--exclude needs a pattern, such as 'draft-*'");
        var set = BulletinFiles.Walk(inputs, new BulletinWalkOptions { Include = include, Exclude = exclude });
        foreach (string note in set.Notes) error.WriteLine(note);
        return set;
    }

    /// <summary>The extensions read from directories, one per format (.txt, .md, .docx, .html or .pdf), joined for a sentence.</summary>
    /// <param name="last">The word before the last: "or", "and".</param>
    public static string Extensions(string last) => Join(BulletinFiles.MainExtensions, last);

    /// <summary>Words joined with commas and <paramref name="last"/> before the last one.</summary>
    public static string Join(IReadOnlyList<string> words, string last) =>
        words.Count <= 1 ? string.Join(string.Empty, words) : $"{string.Join(", ", words.Take(words.Count - 1))} {last} {words[^1]}";

    /// <summary>The part of a summary line that counts what the walk left out, or "" when nothing was.</summary>
    public static string Skipped(BulletinFileSet set)
    {
        var parts = new List<string>();
        if (set.OtherExtension > 0) parts.Add($"{set.OtherExtension} other files in the directories skipped: not {Extensions("or")}");
        if (set.Excluded > 0) parts.Add($"{set.Excluded} excluded by --include/--exclude or as README, CHANGELOG, LICENSE and the like");
        if (set.Hidden > 0) parts.Add($"{set.Hidden} dot-files and dot-folders skipped");
        if (set.Notes.Count > 0) parts.Add($"{set.Notes.Count} entries not walked, see above");
        return parts.Count == 0 ? string.Empty : $" ({string.Join("; ", parts)})";
    }
}
