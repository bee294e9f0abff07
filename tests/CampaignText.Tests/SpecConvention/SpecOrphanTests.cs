using System.Reflection;
using System.Text.RegularExpressions;

namespace CampaignText.Tests;

/// <summary>
/// Every file under tests/CampaignText.Tests/Specs is read by some test: found by convention through a
/// <see cref="SpecTheoryAttribute"/> method or declared with <see cref="UsesSpecFilesAttribute"/>. README.md
/// files describe their folder and are not data. Every declaration matches at least one file.
/// </summary>
public sealed class SpecOrphanTests
{
    private static string SourceSpecs => Path.Combine(SpecFiles.RepoRoot, "tests", "CampaignText.Tests", "Specs");

    /// <summary>The paths and patterns the tests of an assembly use, each with the test class that uses it.</summary>
    private static List<(string Pattern, string User)> Uses(Assembly assembly)
    {
        var uses = new List<(string, string)>();
        foreach (Type type in assembly.GetTypes())
        {
            foreach (var declared in type.GetCustomAttributes<UsesSpecFilesAttribute>())
            {
                uses.AddRange(declared.Patterns.Select(p => (p, type.Name)));
            }

            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<SpecTheoryAttribute>() is not null) uses.Add((SpecCases.RelativePath(type, method), $"{type.Name}.{method.Name}"));
            }
        }

        return uses;
    }

    /// <summary>The files no pattern covers, and the patterns that cover no file.</summary>
    internal static (List<string> Orphans, List<string> Stale) Check(IReadOnlyList<string> files, IReadOnlyList<(string Pattern, string User)> uses)
    {
        var matchers = uses.Select(u => (u.Pattern, u.User, Regex: Glob(u.Pattern))).ToList();
        var orphans = files
            .Where(f => !f.Split('/')[^1].Equals("README.md", StringComparison.Ordinal))
            .Where(f => !matchers.Any(m => m.Regex.IsMatch(f)))
            .ToList();
        var stale = matchers.Where(m => !files.Any(f => m.Regex.IsMatch(f))).Select(m => $"{m.User}: {m.Pattern}").ToList();
        return (orphans, stale);
    }

    private static Regex Glob(string pattern)
    {
        string re = Regex.Escape(pattern).Replace(@"\*\*", "\u0001", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal).Replace("\u0001", ".*", StringComparison.Ordinal);
        return new Regex("^" + re + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void EverySpecFileIsUsedByATest()
    {
        var files = Directory.EnumerateFiles(SourceSpecs, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SourceSpecs, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} spec files found under {SourceSpecs}");
        var (orphans, stale) = Check(files, Uses(typeof(SpecOrphanTests).Assembly));
        Assert.True(orphans.Count == 0, "spec files no test uses (add a [SpecTheory] or [UsesSpecFiles], or delete them):\n" + string.Join('\n', orphans));
        Assert.True(stale.Count == 0, "spec file declarations that match no file:\n" + string.Join('\n', stale));
    }

    [Fact]
    public void TheCheckNamesAnOrphanAndAStaleDeclaration()
    {
        string[] files = ["Area/used.json", "Area/cases/one.json", "Area/orphan.tsv", "Area/README.md"];
        var (orphans, stale) = Check(files, [("Area/used.json", "A"), ("Area/cases/*.json", "B"), ("Gone/*.tsv", "C")]);
        Assert.Equal(["Area/orphan.tsv"], orphans);
        Assert.Equal(["C: Gone/*.tsv"], stale);
        Assert.Empty(Check(files, [("Area/**", "D")]).Orphans);
        Assert.Single(Check(files, [("Area/*", "E")]).Orphans); // * stays within one folder
    }

    [Fact]
    public void ConventionPathsComeFromNamespaceAndMethod()
    {
        MethodInfo dates = typeof(CampaignText.Tests.Extraction.ExtractionSpecTests).GetMethod(nameof(CampaignText.Tests.Extraction.ExtractionSpecTests.Dates))!;
        Assert.Equal("Extraction/dates.json", SpecCases.RelativePath(typeof(CampaignText.Tests.Extraction.ExtractionSpecTests), dates));
        Assert.Equal("web-pages", SpecCases.KebabCase("WebPages"));
        MethodInfo globs = typeof(CampaignText.Tests.Pipeline.FolderWalkTests).GetMethod(nameof(CampaignText.Tests.Pipeline.FolderWalkTests.Globs))!;
        Assert.Equal("Pipeline/globs.tsv", SpecCases.RelativePath(typeof(CampaignText.Tests.Pipeline.FolderWalkTests), globs));
        MethodInfo charts = typeof(CampaignText.Tests.Cli.ReportTests).GetMethod(nameof(CampaignText.Tests.Cli.ReportTests.Charts))!;
        Assert.Equal("Report/charts.tsv", SpecCases.RelativePath(typeof(CampaignText.Tests.Cli.ReportTests), charts));
    }

    [Fact]
    public void TableRowsAreCasesWithLinesEscapesAndSkips()
    {
        string[] lines = ["# input\texpected", "", "a\\tb\tA", "#skip: waits for a fix", "c\tC", "d\\u0041\tD"];
        var rows = SpecCases.Table("Area/t.tsv", lines);
        Assert.Equal(["line 003: a\\tb", "line 005: c", "line 006: d\\u0041"], rows.Select(r => r.Id));
        Assert.Equal([null, "waits for a fix", null], rows.Select(r => r.Skip));
        Assert.Equal("a\tb", rows[0].Case["columns"]![0]!.GetValue<string>());
        Assert.Equal("dA", rows[2].Case["columns"]![0]!.GetValue<string>());
        Assert.Equal(3, rows[0].Case["line"]!.GetValue<int>());
        Assert.Throws<InvalidDataException>(() => SpecCases.Table("Area/t.tsv", ["a\tb", "#skip: nothing after"]));
    }
}
