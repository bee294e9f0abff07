using System.Diagnostics;

namespace CampaignText.Tests.Cli;

/// <summary>Runs Debian's headless Chromium for the report tests.</summary>
internal static class Chromium
{
    public static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'))
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        }

        return null;
    }

    public static string Require()
    {
        var chromium = Find();
        Assert.True(chromium is not null, "chromium is not installed: `apt-get install -y chromium` (the report test needs a headless browser)");
        return chromium!;
    }

    /// <summary>Runs chromium headless with a profile under <paramref name="dir"/>; returns its standard output.</summary>
    public static string Run(string chromium, string dir, params string[] args)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={Path.Combine(dir, "chromium-profile")}" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish in 120 s");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Whether fontconfig knows a font with Chinese glyphs (then a fallback cannot show tofu).</summary>
    public static bool HasChineseFont()
    {
        try
        {
            var start = new ProcessStartInfo("fc-list", ":lang=zh") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(30_000);
            return output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
