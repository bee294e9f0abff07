namespace CampaignText.Terms;

/// <summary>One bulletin as the term tables read it: its source, date, district and paragraph texts.</summary>
/// <param name="Document">The source path.</param>
/// <param name="Date">The issue date (yyyy-MM-dd), when known.</param>
/// <param name="District">The bulletin's district, when known.</param>
/// <param name="Paragraphs">The paragraph texts, in order.</param>
public sealed record TermDocument(string Document, string? Date, string? District, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The value of a grouping key for this bulletin: year, month or district (empty when unknown).</summary>
    /// <param name="key">year, month or district.</param>
    /// <exception cref="ArgumentException">The key is not one of <see cref="TermTables.GroupKeys"/>.</exception>
    public string KeyOf(string key) => key switch
    {
        "year" => Date is { Length: >= 4 } ? Date[..4] : string.Empty,
        "month" => Date is { Length: >= 7 } ? Date[..7] : string.Empty,
        "district" => District ?? string.Empty,
        _ => throw new ArgumentException($"unknown group '{key}' (use {string.Join(", ", TermTables.GroupKeys)})", nameof(key)),
    };
}
