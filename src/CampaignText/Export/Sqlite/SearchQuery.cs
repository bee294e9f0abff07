namespace CampaignText.Export.Sqlite;

/// <summary>
/// A full-text search: the text to find (taken literally, never as FTS syntax; words separated by spaces
/// must all occur in the paragraph) and optional filters.
/// </summary>
/// <param name="Text">What to find.</param>
public sealed record SearchQuery(string Text)
{
    /// <summary>Only bulletins of this district (normalised name, e.g. 朝阳区).</summary>
    public string? District { get; init; }

    /// <summary>Only bulletins issued in this month (yyyy-MM) or later.</summary>
    public string? From { get; init; }

    /// <summary>Only bulletins issued in this month (yyyy-MM) or earlier.</summary>
    public string? To { get; init; }

    /// <summary>Only paragraphs of this category.</summary>
    public string? Category { get; init; }

    /// <summary>Characters of context on each side of the match.</summary>
    public int Context { get; init; } = 20;

    /// <summary>
    /// One hit per occurrence of the query's first word in a paragraph (a keyword-in-context concordance)
    /// instead of one per paragraph; <see cref="Limit"/> still counts paragraphs.
    /// </summary>
    public bool EveryOccurrence { get; init; }

    /// <summary>Most hits returned.</summary>
    public int Limit { get; init; } = 50;
}
