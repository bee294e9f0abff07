namespace CampaignText.Pipeline;

/// <summary>Glob matching without regular expressions: '*' (not across '/'), '**' (across '/'), '?'; ordinal, case-insensitive.</summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string relativePath)
    {
        string path = relativePath.Replace('\\', '/');
        if (!pattern.Contains('/', StringComparison.Ordinal))
        {
            int slash = path.LastIndexOf('/');
            path = slash < 0 ? path : path[(slash + 1)..];
        }

        return Match(pattern.Replace('\\', '/').AsSpan(), path.AsSpan());
    }

    /// <summary>Whole-string match of a pattern.</summary>
    private static bool Match(ReadOnlySpan<char> p, ReadOnlySpan<char> s)
    {
        // Memoised over (pattern index, text index) so that no pattern can take more than |p|·|s| steps.
        var memo = new Dictionary<(int, int), bool>();
        return At(p, s, 0, 0, memo);
    }

    private static bool At(ReadOnlySpan<char> p, ReadOnlySpan<char> s, int i, int j, Dictionary<(int, int), bool> memo)
    {
        while (true)
        {
            if (memo.TryGetValue((i, j), out bool known)) return known;
            if (i == p.Length) return j == s.Length;
            if (p[i] == '*')
            {
                bool deep = i + 1 < p.Length && p[i + 1] == '*';
                int next = deep ? i + 2 : i + 1;
                if (deep && next < p.Length && p[next] == '/')
                {
                    // "**/" also matches no folder at all.
                    if (At(p, s, next + 1, j, memo)) return Remember(memo, i, j, true);
                }

                for (int k = j; k <= s.Length; k++)
                {
                    if (At(p, s, next, k, memo)) return Remember(memo, i, j, true);
                    if (k < s.Length && s[k] == '/' && !deep) break;
                }

                return Remember(memo, i, j, false);
            }

            if (j == s.Length) return Remember(memo, i, j, false);
            if (p[i] != '?' && char.ToUpperInvariant(p[i]) != char.ToUpperInvariant(s[j])) return Remember(memo, i, j, false);
            if (p[i] == '?' && s[j] == '/') return Remember(memo, i, j, false);
            i++;
            j++;
        }
    }

    private static bool Remember(Dictionary<(int, int), bool> memo, int i, int j, bool value)
    {
        memo[(i, j)] = value;
        return value;
    }
}
