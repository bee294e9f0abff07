namespace CampaignText.Structure;

/// <summary>
/// The closing block of a bulletin: editorial staff, contact details and the 报/送/发 distribution lists.
/// Absent fields are <c>null</c>; absent lists are empty.
/// </summary>
/// <param name="Editor">The 责编 (responsible editor).</param>
/// <param name="Reviewer">The 核稿 (copy reviewer).</param>
/// <param name="Staff">Other staff roles by their label, e.g. 编校, 审核, 核签, 签发.</param>
/// <param name="Phone">The 电话 number.</param>
/// <param name="Fax">The 传真 number.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="ReportTo">The 报 list: bodies the bulletin is reported to.</param>
/// <param name="CopyTo">The 送 list: bodies it is sent to.</param>
/// <param name="DistributeTo">The 发 list: bodies it is distributed to.</param>
public sealed record Footer(
    string? Editor,
    string? Reviewer,
    IReadOnlyDictionary<string, string> Staff,
    string? Phone,
    string? Fax,
    string? Email,
    IReadOnlyList<string> ReportTo,
    IReadOnlyList<string> CopyTo,
    IReadOnlyList<string> DistributeTo)
{
    /// <summary>A footer with no fields.</summary>
    public static Footer Empty { get; } = new(
        null, null, new Dictionary<string, string>().AsReadOnly(), null, null, null, [], [], []);

    /// <summary>True when no field is known.</summary>
    public bool IsEmpty =>
        Editor is null && Reviewer is null && Staff.Count == 0 && Phone is null && Fax is null && Email is null
        && ReportTo.Count == 0 && CopyTo.Count == 0 && DistributeTo.Count == 0;
}
