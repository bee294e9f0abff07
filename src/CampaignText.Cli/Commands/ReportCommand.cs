using System.CommandLine;
using System.Text;
using CampaignText.Cli.Report;
using CampaignText.Export.Sqlite;

namespace CampaignText.Cli.Commands;

/// <summary><c>campaigntext report corpus.db --out report.html</c>: one self-contained HTML file with charts.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write.", Required = true };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => "CampaignText corpus report" };
        var command = new Command("report", "Write a self-contained HTML report of an index: bulletins per month, districts, measures per district over time, category mix, organisations and people, quantities per unit, keywords, the bulletins.")
        {
            db, output, title,
        };
        command.SetAction(parse => context.Run(() => Run(parse.GetValue(db)!, parse.GetValue(output)!, parse.GetValue(title) ?? "CampaignText corpus report", context.Error)));
        return command;
    }

    internal static int Run(string dbPath, string outPath, string title, TextWriter error)
    {
        if (SamePath(dbPath, outPath)) throw new UsageException($"--out {outPath} is the index itself; choose another file");
        string html;
        using (var index = CorpusIndex.Open(dbPath))
        {
            html = HtmlReport.Render(index, title, outPath, DateTimeOffset.UtcNow);
        }

        var full = Path.GetFullPath(outPath);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, html, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        error.WriteLine($"wrote {outPath}");
        return 0;
    }

    /// <summary>Whether two paths name the same file (compared in full, links to files resolved).</summary>
    internal static bool SamePath(string a, string b)
    {
        static string Full(string p)
        {
            string full = Path.GetFullPath(p);
            return File.Exists(full) || Directory.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
        }

        StringComparison comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Full(a), Full(b), comparison);
    }
}
