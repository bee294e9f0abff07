using System.CommandLine;
using System.CommandLine.Parsing;

namespace CampaignText.Cli;

/// <summary>
/// Checks added to every verb after it is built, so that they hold everywhere: a token that looks like an
/// option but is none is a parse error with a hint (never taken for a file), empty strings are refused, and
/// numbers are held to a sensible range. Parse errors end in exit code 1.
/// </summary>
internal static class CommandChecks
{
    /// <summary>The largest value each numeric option takes.</summary>
    private static readonly Dictionary<string, int> Largest = new(StringComparer.Ordinal)
    {
        ["--kwic"] = 1_000,
        ["--limit"] = 100_000,
        ["--top"] = 10_000,
        ["--jobs"] = 256,
        ["--folds"] = 100,
        ["--keywords"] = 1_000,
    };

    public static void Apply(Command command)
    {
        foreach (Command sub in command.Subcommands) Apply(sub);
        var optionNames = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        foreach (Option option in command.Options)
        {
            switch (option)
            {
                case Option<string> or Option<string?>:
                    option.Validators.Add(result => RefuseEmpty(result, option.Name));
                    break;
                case Option<string[]>:
                    option.Validators.Add(result => RefuseEmpty(result, option.Name));
                    break;
                case Option<int> number when Largest.TryGetValue(option.Name, out int largest):
                    number.Validators.Add(result =>
                    {
                        if (result.GetValueOrDefault<int>() > largest) result.AddError($"{option.Name} is at most {largest}");
                    });
                    break;
            }
        }

        foreach (Argument argument in command.Arguments)
        {
            if (argument is not (Argument<string> or Argument<string?> or Argument<string[]>)) continue;
            argument.Validators.Add(result =>
            {
                foreach (Token token in result.Tokens)
                {
                    string value = token.Value;
                    if (value.Length == 0)
                    {
                        result.AddError($"{argument.Name} must not be an empty string");
                    }
                    else if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                    {
                        string? near = Nearest(value, optionNames);
                        result.AddError($"unknown option {value}" + (near is null ? $" (see {command.Name} --help)" : $"; did you mean {near}?"));
                    }
                }
            });
        }
    }

    private static void RefuseEmpty(OptionResult result, string name)
    {
        if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value))) result.AddError($"{name} needs a value, not an empty string");
    }

    /// <summary>The option name closest to <paramref name="typed"/> (at most two edits, or a prefix), or null.</summary>
    internal static string? Nearest(string typed, IReadOnlyList<string> names)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string name in names)
        {
            int d = name.StartsWith(typed, StringComparison.Ordinal) || typed.StartsWith(name, StringComparison.Ordinal) ? 1 : Distance(typed, name);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = name;
            }
        }

        return bestDistance <= 2 ? best : null;
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64) return int.MaxValue;
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) row[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
