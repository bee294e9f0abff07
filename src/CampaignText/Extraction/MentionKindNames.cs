using CampaignText.Extraction.Kinds;

namespace CampaignText.Extraction;

/// <summary>The contract names of <see cref="MentionKind"/> values (<c>district</c>, <c>town</c>, …), as registered in <see cref="MentionKinds"/>.</summary>
public static class MentionKindNames
{
    private static readonly MentionKind[] Places = [MentionKind.District, MentionKind.Town, MentionKind.Community];

    /// <summary>Every registered kind, in the order of <see cref="MentionKinds.All"/>.</summary>
    public static IReadOnlyList<MentionKind> All { get; } = [.. MentionKinds.All.Select(static d => d.Kind)];

    /// <summary>The lowercase contract name of <paramref name="kind"/>.</summary>
    public static string ToName(this MentionKind kind) => MentionKinds.Of(kind).Name;

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
            kinds = Places;
            return true;
        }
        if (n == "organisation") n = "organization";
        if (n.EndsWith('s') && MentionKinds.Named(n[..^1]) is not null) n = n[..^1];
        if (n == "people") n = "person";
        kinds = MentionKinds.Named(n) is { } d ? [d.Kind] : [];
        return kinds.Count > 0;
    }
}
