using System.Reflection;
using System.Text.RegularExpressions;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Reliability;

/// <summary>
/// Every regular expression in CampaignText is source-generated or has a finite match timeout, so no input
/// can make a match run without end.
/// </summary>
public sealed class RegexSafetyTests
{
    private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly[] Assemblies =
        [typeof(CampaignPipeline).Assembly, typeof(CampaignText.Cli.Program).Assembly, typeof(CampaignText.Segmentation.Dictionary.LexiconBuilder).Assembly];

    /// <summary>Source-generated regexes are instances of a generated subclass of <see cref="Regex"/>.</summary>
    private static bool IsSafe(Regex regex) => regex.GetType() != typeof(Regex) || regex.MatchTimeout != Regex.InfiniteMatchTimeout;

    private static IEnumerable<(string Name, Func<Regex?> Get)> StaticRegexes()
    {
        foreach (Type type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.ContainsGenericParameters) continue;
            foreach (FieldInfo f in type.GetFields(Static).Where(f => typeof(Regex).IsAssignableFrom(f.FieldType)))
            {
                yield return ($"{type.FullName}.{f.Name}", () => (Regex?)f.GetValue(null));
            }
            foreach (PropertyInfo p in type.GetProperties(Static).Where(p => typeof(Regex).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{p.Name}", () => (Regex?)p.GetValue(null));
            }
            foreach (MethodInfo m in type.GetMethods(Static).Where(m => typeof(Regex).IsAssignableFrom(m.ReturnType) && m.GetParameters().Length == 0 && !m.IsSpecialName))
            {
                yield return ($"{type.FullName}.{m.Name}()", () => (Regex?)m.Invoke(null, null));
            }
        }
    }

    [Fact]
    public void TheAssembliesHoldRegexes()
    {
        // The reflection below must see something, or it proves nothing.
        Assert.True(StaticRegexes().Count() >= 10, $"only {StaticRegexes().Count()} static regexes found");
    }

    [Fact]
    public void EveryStaticRegexIsSourceGeneratedOrHasATimeout()
    {
        var offenders = new List<string>();
        foreach (var (name, get) in StaticRegexes())
        {
            Regex? regex = get();
            if (regex is not null && !IsSafe(regex)) offenders.Add($"{name}: /{regex}/");
        }
        Assert.True(offenders.Count == 0, "Regex neither source-generated nor given a match timeout:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void ARegexWithoutTimeoutIsCaught()
    {
        // The check's own check: a plain constructed Regex fails it, a timed or generated one passes.
        Assert.False(IsSafe(new Regex("a+", RegexOptions.None)));
        Assert.True(IsSafe(new Regex("a+", RegexOptions.None, TimeSpan.FromSeconds(1))));
        Assert.True(IsSafe(StaticRegexes().Select(r => r.Get()).First(r => r is not null && r.GetType() != typeof(Regex))!));
    }

    /// <summary>Every method marked [GeneratedRegex] in the assemblies, with its attribute.</summary>
    private static IEnumerable<(string Name, GeneratedRegexAttribute Attribute)> GeneratedRegexMethods(IEnumerable<Assembly> assemblies)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (Type type in assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (MethodInfo m in type.GetMethods(All).Concat(type.GetProperties(All).Select(p => p.GetMethod).OfType<MethodInfo>()))
            {
                if (m.GetCustomAttribute<GeneratedRegexAttribute>() is { } attribute) yield return ($"{type.FullName}.{m.Name}", attribute);
            }
        }
    }

    /// <summary>
    /// A generated regex declares a finite timeout (the default, -1, is infinite) of at least a second: shorter
    /// ones have fired on ordinary lines when the machine was loaded.
    /// </summary>
    private static bool DeclaresTimeout(GeneratedRegexAttribute attribute) => attribute.MatchTimeoutMilliseconds >= 1000;

    [Fact]
    public void EveryGeneratedRegexDeclaresATimeout()
    {
        var generated = GeneratedRegexMethods(Assemblies).ToList();
        Assert.True(generated.Count >= 40, $"only {generated.Count} [GeneratedRegex] methods found");
        var offenders = generated.Where(g => !DeclaresTimeout(g.Attribute)).Select(g => $"{g.Name}: /{g.Attribute.Pattern}/").ToList();
        Assert.True(offenders.Count == 0, "[GeneratedRegex] without a matchTimeoutMilliseconds of at least 1000:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void AGeneratedRegexWithoutTimeoutIsCaught()
    {
        // The check's own check: the probe type has generated regexes without a timeout, with one too short, and with one.
        var found = GeneratedRegexMethods([typeof(RegexSafetyTests).Assembly])
            .Where(g => g.Name.StartsWith(typeof(GeneratedRegexProbe).FullName!, StringComparison.Ordinal))
            .ToDictionary(g => g.Name[(g.Name.LastIndexOf('.') + 1)..], g => DeclaresTimeout(g.Attribute));
        Assert.Equal(3, found.Count);
        Assert.False(found[nameof(GeneratedRegexProbe.Untimed)]);
        Assert.False(found[nameof(GeneratedRegexProbe.TooShort)]);
        Assert.True(found[nameof(GeneratedRegexProbe.Timed)]);
    }

    [Fact]
    public void EveryRegexBuiltInTheSourcesPassesATimeout()
    {
        // Constructing a Regex, or calling its static helpers, without a TimeSpan gives an infinite timeout.
        string[] calls = ["new Regex(", "new System.Text.RegularExpressions.Regex(", "Regex.Match(", "Regex.Matches(", "Regex.IsMatch(", "Regex.Replace(", "Regex.Split(", "Regex.Count(", "Regex.EnumerateMatches("];
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SpecFiles.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            string source = File.ReadAllText(file);
            foreach (string call in calls)
            {
                for (int at = source.IndexOf(call, StringComparison.Ordinal); at >= 0; at = source.IndexOf(call, at + 1, StringComparison.Ordinal))
                {
                    string arguments = ArgumentsAt(source, at + call.Length);
                    if (!arguments.Contains("TimeSpan", StringComparison.Ordinal) && !arguments.Contains("Timeout", StringComparison.Ordinal))
                    {
                        int line = source.AsSpan(0, at).Count('\n') + 1;
                        offenders.Add($"{Path.GetRelativePath(SpecFiles.RepoRoot, file)}:{line}: {call}{arguments})");
                    }
                }
            }
        }
        Assert.True(offenders.Count == 0, "Regex without a match timeout (use [GeneratedRegex] or pass a TimeSpan):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheSourceScanFindsAnUnsafeRegex()
    {
        // The scan's own check: an argument list without a timeout is caught, one with a timeout is not.
        Assert.DoesNotContain("TimeSpan", ArgumentsAt("new Regex(\"a+\", RegexOptions.None); x(TimeSpan.Zero);", "new Regex(".Length), StringComparison.Ordinal);
        Assert.Contains("TimeSpan", ArgumentsAt("new Regex(\"(a)+\", RegexOptions.None, TimeSpan.FromSeconds(1));", "new Regex(".Length), StringComparison.Ordinal);
    }

    /// <summary>The text of a call's arguments: from <paramref name="start"/> to the parenthesis that closes it.</summary>
    private static string ArgumentsAt(string source, int start)
    {
        int depth = 1;
        bool inString = false;
        for (int i = start; i < source.Length; i++)
        {
            char c = source[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return source[start..i];
        }
        return source[start..];
    }
}
