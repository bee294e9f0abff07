namespace CampaignText.Export.Sqlite;

/// <summary>One paragraph that matched a search, with the match in context (keyword in context).</summary>
/// <param name="Document">The source path of the bulletin.</param>
/// <param name="Date">The bulletin's issue date (yyyy-MM-dd), when known.</param>
/// <param name="District">The bulletin's district, when known.</param>
/// <param name="Paragraph">The paragraph's index in the bulletin.</param>
/// <param name="Category">The paragraph's category (its label, or else its section's category).</param>
/// <param name="Left">Up to the requested number of characters before the match.</param>
/// <param name="Match">The matched text as it stands in the paragraph.</param>
/// <param name="Right">Up to the requested number of characters after the match.</param>
public sealed record SearchHit(string Document, string? Date, string? District, int Paragraph, string? Category, string Left, string Match, string Right);
