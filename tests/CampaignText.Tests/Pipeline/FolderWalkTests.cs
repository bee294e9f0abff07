using System.Diagnostics;
using CampaignText.Pipeline;
using CampaignText.Tests.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Pipeline;

/// <summary>Folder walks: links, special files, unreadable folders, dot-files and patterns.</summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-walk-").FullName;

    public void Dispose()
    {
        string locked = Path.Combine(_dir, "in", "locked");
        if (!OperatingSystem.IsWindows() && Directory.Exists(locked))
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (OperatingSystem.IsWindows()) Directory.Delete(_dir, recursive: true);
        else Shell($"rm -rf '{_dir}'");
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int mkdirat(int dirfd, string path, uint mode);

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int openat(int dirfd, string path, int flags);

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int close(int fd);

    private static int Open(int dirfd, string path)
    {
        int fd = openat(dirfd, path, 0);
        Assert.True(fd >= 0, $"openat {path}: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        return fd;
    }

    private static void Shell(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { RedirectStandardError = true })!;
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, error);
    }

    [SpecTheory(Extension = "tsv")]
    public void Globs(string id)
    {
        var (line, c) = SpecCases.Row(typeof(FolderWalkTests), nameof(Globs), id, 3);
        var (pattern, path, expected) = (c[0], c[1], c[2]);
        Assert.True(Glob.IsMatch(pattern, path) == (expected == "yes"), $"globs.tsv line {line}: {pattern} against {path}");
    }

    private string Write(string relative, string text = "东城区创城简报\n")
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ALinkBackUpIsNotFollowed()
    {
        Write("a/one.txt");
        Write("a/b/two.txt");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a", "b", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "a", "again"), ".");
        BulletinFileSet set = BulletinFiles.Walk([Path.Combine(_dir, "a")]);
        Assert.Equal(["a/b/two.txt", "a/one.txt"], set.Files.Select(f => Path.GetRelativePath(_dir, f)).ToArray());
        Assert.Equal(2, set.Notes.Count(n => n.Contains("link to a directory, not followed", StringComparison.Ordinal)));
    }

    [Fact]
    public void AFifoIsNotedAndNotOpened()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("in/good.txt");
        string fifo = Path.Combine(_dir, "in", "b.txt");
        using (var mk = Process.Start("mkfifo", fifo)) mk.WaitForExit();
        Assert.True(File.Exists(fifo));
        BulletinFileSet set = BulletinFiles.Walk([Path.Combine(_dir, "in")]);
        Assert.Equal([Path.Combine(_dir, "in", "good.txt")], set.Files);
        Assert.Equal($"{fifo}: FIFO, not a file; skipped", Assert.Single(set.Notes));

        // Named on its own, it is left out the same way, and the reader refuses it without blocking.
        Assert.Empty(BulletinFiles.Walk([fifo]).Files);
        var ex = Assert.Throws<CampaignTextException>(() => new CampaignText.Text.DocumentReader().Read(fifo));
        Assert.Contains("FIFO", ex.Message);
    }

    [Fact]
    public void AnUnreadableFolderIsNotedAndTheWalkGoesOn()
    {
        // root reads every folder whatever its mode, so there is nothing to see there.
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return;
        Write("in/a.txt");
        Write("in/locked/b.txt");
        Write("in/z/c.txt");
        File.SetUnixFileMode(Path.Combine(_dir, "in", "locked"), UnixFileMode.None);
        BulletinFileSet set = BulletinFiles.Walk([Path.Combine(_dir, "in")]);
        Assert.Equal(2, set.Files.Count);
        Assert.Contains("cannot list the directory", Assert.Single(set.Notes));
    }

    [Fact]
    public void AFolderTooDeepToListIsNotedAndTheWalkGoesOn()
    {
        // A folder whose path is longer than the system takes cannot be listed by anyone, root included.
        if (!OperatingSystem.IsLinux()) return;
        Write("in/a.txt");
        Write("in/z/c.txt");
        // Built one level at a time relative to the folder above (mkdirat/openat), as no full path can name it.
        int fd = Open(-1, Path.Combine(_dir, "in"));
        for (int level = 0; level < 45; level++)
        {
            string name = new((char)('a' + level % 26), 100);
            Assert.Equal(0, mkdirat(fd, name, 0x1ED));
            int next = Open(fd, name);
            close(fd);
            fd = next;
        }
        close(fd);
        BulletinFileSet set = BulletinFiles.Walk([Path.Combine(_dir, "in")]);
        Assert.Equal([Path.Combine(_dir, "in", "a.txt"), Path.Combine(_dir, "in", "z", "c.txt")], set.Files);
        string note = Assert.Single(set.Notes);
        Assert.Contains("cannot list the directory", note, StringComparison.Ordinal);
        Assert.EndsWith("its files skipped", note, StringComparison.Ordinal);
    }

    [Fact]
    public void DotFilesAreSkippedAndCounted()
    {
        Write("in/a.txt");
        Write("in/.hidden.txt");
        Write("in/.git/objects.txt");
        BulletinFileSet set = BulletinFiles.Walk([Path.Combine(_dir, "in")]);
        Assert.Single(set.Files);
        Assert.Equal(2, set.Hidden);
    }

    [Fact]
    public void ReadmeLikeFilesAreLeftOutByDefaultAndPatternsChooseTheRest()
    {
        Write("in/README.md");
        Write("in/CHANGELOG.md");
        Write("in/LICENSE.txt");
        Write("in/2020/a.txt");
        Write("in/2020/draft-b.txt");
        Write("in/2021/c.docx", "not really a docx");
        string input = Path.Combine(_dir, "in");

        BulletinFileSet all = BulletinFiles.Walk([input]);
        Assert.Equal(["2020/a.txt", "2020/draft-b.txt", "2021/c.docx"], all.Files.Select(f => Path.GetRelativePath(input, f)).ToArray());
        Assert.Equal(3, all.Excluded);

        BulletinFileSet some = BulletinFiles.Walk([input], new BulletinWalkOptions { Include = ["*.txt"], Exclude = ["draft-*"] });
        Assert.Equal(["2020/a.txt"], some.Files.Select(f => Path.GetRelativePath(input, f)).ToArray());
        Assert.Equal(5, some.Excluded);

        BulletinFileSet readme = BulletinFiles.Walk([input], new BulletinWalkOptions { Include = ["README.md"] });
        Assert.Equal(["README.md"], readme.Files.Select(f => Path.GetRelativePath(input, f)).ToArray());
    }

    [Fact]
    public void TheCommandLineTakesPatternsAndReportsWhatItSkipped()
    {
        Write("in/README.md", "# 说明\n");
        Write("in/a.txt", "延庆区创城工作简报\n第 12 期\n2021年7月2日\n延庆镇开展环境整治，清理卫生死角三十余处。\n");
        Write("in/.notes.txt");
        var (code, output, error) = CampaignText.Tests.Cli.CliRunner.Run(["analyze", Path.Combine(_dir, "in"), "--format", "jsonl", "--exclude", "zzz*"]);
        Assert.Equal(0, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, error);

        string target = Path.Combine(_dir, "out.jsonl");
        (code, _, error) = CampaignText.Tests.Cli.CliRunner.Run(["analyze", Path.Combine(_dir, "in"), "--out", target, "--format", "jsonl", "--quiet"]);
        Assert.Equal(0, code);
        Assert.Contains("1 analysed, 0 failed", error);
        Assert.Contains("1 excluded by --include/--exclude or as README, CHANGELOG, LICENSE and the like", error);
        Assert.Contains("1 dot-files and dot-folders skipped", error);
    }
}
