namespace CampaignText.Structure;

/// <summary>
/// The head of a bulletin: its publication title, issue numbers, issuing body and date. Every field is
/// <c>null</c> when the document does not state it.
/// </summary>
/// <param name="Publication">The publication title with inner spaces removed, e.g. 首都精神文明建设情况简报.</param>
/// <param name="Issue">The issue number from 第N期.</param>
/// <param name="TotalIssue">The running number from (总第N期).</param>
/// <param name="Issuer">The body that publishes the bulletin, e.g. 首都精神文明办.</param>
/// <param name="Date">The date of the issue.</param>
public sealed record Masthead(string? Publication, int? Issue, int? TotalIssue, string? Issuer, DateOnly? Date)
{
    /// <summary>A masthead with no fields.</summary>
    public static Masthead Empty { get; } = new(null, null, null, null, null);

    /// <summary>True when no field is known.</summary>
    public bool IsEmpty => Publication is null && Issue is null && TotalIssue is null && Issuer is null && Date is null;
}
