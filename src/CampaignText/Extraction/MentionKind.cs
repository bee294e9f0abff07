namespace CampaignText.Extraction;

/// <summary>The kinds of mention, named in JSON as in the output contract (see <see cref="MentionKindNames"/>).</summary>
public enum MentionKind
{
    /// <summary>A county-level division (区/县/县级市), JSON <c>district</c>.</summary>
    District,

    /// <summary>A Beijing 街道, 乡, 镇 or 地区, JSON <c>town</c>.</summary>
    Town,

    /// <summary>A community (…社区) or village (…村), JSON <c>community</c>.</summary>
    Community,

    /// <summary>An organisation such as a 文明办 or a district bureau, JSON <c>organization</c>.</summary>
    Organization,

    /// <summary>A person's name with a role, JSON <c>person</c>.</summary>
    Person,

    /// <summary>A date, month or year, JSON <c>date</c>.</summary>
    Date,

    /// <summary>A number with its unit, JSON <c>quantity</c>.</summary>
    Quantity,

    /// <summary>A campaign measure (meeting, inspection, rectification…), JSON <c>measure</c>.</summary>
    Measure,
}
