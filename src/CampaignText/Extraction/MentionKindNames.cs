namespace CampaignText.Extraction;

/// <summary>The contract names of <see cref="MentionKind"/> values (<c>district</c>, <c>town</c>, …).</summary>
public static class MentionKindNames
{
    private static readonly string[] Names = ["district", "town", "community", "organization", "person", "date", "quantity", "measure"];

    /// <summary>Every kind, in the order of <see cref="MentionKind"/>.</summary>
    public static IReadOnlyList<MentionKind> All { get; } = Enum.GetValues<MentionKind>();

    /// <summary>The lowercase contract name of <paramref name="kind"/>.</summary>
    public static string ToName(this MentionKind kind) => Names[(int)kind];

    /// <summary>Parses a contract name (case-insensitive; <c>organisation</c> and <c>place</c> accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kinds">The kinds it stands for: <c>place</c> gives district, town and community.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string name, out IReadOnlyList<MentionKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(name);
        string n = name.Trim().ToLowerInvariant();
        if (n is "place" or "places")
        {
            kinds = [MentionKind.District, MentionKind.Town, MentionKind.Community];
            return true;
        }
        if (n == "organisation") n = "organization";
        if (n.EndsWith('s') && Array.IndexOf(Names, n[..^1]) >= 0) n = n[..^1];
        if (n == "people") n = "person";
        int i = Array.IndexOf(Names, n);
        kinds = i >= 0 ? [(MentionKind)i] : [];
        return i >= 0;
    }
}
