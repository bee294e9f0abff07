using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CampaignText.Tests.PublicApi;

/// <summary>Every C# snippet in the README compiles against the library as built.</summary>
public sealed partial class ReadmeSnippetTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ct-readme-" + Guid.NewGuid().ToString("N"));

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CSharpBlock();

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task EveryCSharpSnippetInTheReadmeCompiles()
    {
        string readme = File.ReadAllText(Path.Combine(SpecFiles.RepoRoot, "README.md")).Replace("\r\n", "\n");
        var snippets = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.True(snippets.Count >= 2, $"expected the README's C# snippets, found {snippets.Count}");

        Directory.CreateDirectory(_dir);
        // The library's own assemblies as built (the package and the segmentation package it depends on).
        string references = string.Concat(new[] { "CampaignText", "CampaignText.Segmentation" }.Select(name =>
            $"<Reference Include=\"{name}\"><HintPath>{Path.Combine(AppContext.BaseDirectory, name + ".dll")}</HintPath></Reference>"));
        File.WriteAllText(Path.Combine(_dir, "Snippets.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        for (int i = 0; i < snippets.Count; i++)
        {
            // Top-level statements become the body of a method; using directives stay at the top of the file.
            var lines = snippets[i].Split('\n');
            var usings = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0).ToList();
            var body = lines.Skip(usings.Count);
            var file = new StringBuilder();
            foreach (var u in usings) file.AppendLine(u);
            file.AppendLine($"namespace ReadmeSnippets {{ internal static class Snippet{i + 1} {{ internal static void Run(string[] args) {{");
            foreach (var l in body) file.AppendLine(l);
            file.AppendLine("} } }");
            File.WriteAllText(Path.Combine(_dir, $"Snippet{i + 1}.cs"), file.ToString());
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "build", "-nologo", "-v", "q", "-clp:NoSummary" }) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(300));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"a README snippet does not compile:\n{await stdout}\n{await stderr}");
    }
}
