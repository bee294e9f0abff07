using System.Collections.Frozen;
using CampaignText.Text;

namespace CampaignText.Structure;

/// <summary>
/// The one table that maps section headings (the text inside 【】) to stable lowercase category ids.
/// The five core headings come first; aliases map to the same id; an unknown heading maps to
/// <see cref="Other"/>.
/// </summary>
public static class SectionCategories
{
    /// <summary>The id for a heading that is not in the table, and for text before any heading.</summary>
    public const string Other = "other";

    /// <summary>The id of the 简讯 (briefs) section, whose items carry their own tags.</summary>
    public const string Briefs = "briefs";

    private static readonly FrozenDictionary<string, string> Table = new Dictionary<string, string>
    {
        // The core headings of the output contract.
        ["文明创建"] = "creation",
        ["工作交流"] = "exchange",
        ["简讯"] = Briefs,
        ["指挥调度"] = "dispatch",
        ["检查督导"] = "inspection",
        // Aliases of the core headings.
        ["创建工作"] = "creation",
        ["创城工作"] = "creation",
        ["经验交流"] = "exchange",
        ["交流借鉴"] = "exchange",
        ["简讯快递"] = Briefs,
        ["信息快递"] = Briefs,
        ["督查督导"] = "inspection",
        ["督导检查"] = "inspection",
        ["检查通报"] = "inspection",
        ["督查通报"] = "inspection",
        // Other headings seen in bulletins.
        ["文明实践"] = "practice",
        ["新时代文明实践"] = "practice",
        ["文明培育"] = "cultivation",
        ["志愿服务"] = "volunteer",
        ["志愿者风采"] = "volunteer",
        ["综合整治"] = "rectification",
        ["环境整治"] = "rectification",
        ["我为群众办实事"] = "services",
        ["工作动态"] = "news",
        ["创城动态"] = "news",
        ["基层动态"] = "grassroots",
        ["各区动态"] = "grassroots",
        ["典型经验"] = "practice",
        ["经验做法"] = "practice",
        ["典型选树"] = "models",
        ["先进典型"] = "models",
        ["媒体关注"] = "media",
        ["媒体聚焦"] = "media",
        ["领导讲话"] = "speeches",
        ["领导批示"] = "speeches",
        ["会议精神"] = "meetings",
        ["宣传教育"] = "publicity",
        ["舆论宣传"] = "publicity",
        ["未成年人思想道德建设"] = "minors",
        ["网络文明"] = "online",
        ["文明交通"] = "traffic",
        ["垃圾分类"] = "wastesorting",
        ["疫情防控"] = "epidemic",
        ["通知公告"] = "notices",
        ["工作提示"] = "notices",
        ["专题报道"] = "feature",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The ids of the five core headings, which always open a section even inside 简讯.</summary>
    private static readonly FrozenSet<string> CoreIds =
        new[] { "creation", "exchange", Briefs, "dispatch", "inspection" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every known heading with its id.</summary>
    public static IReadOnlyDictionary<string, string> Headings => Table;

    /// <summary>
    /// The category id of a heading; spaces inside the heading are ignored. Returns <see cref="Other"/>
    /// for <c>null</c> and for unknown headings.
    /// </summary>
    /// <param name="heading">The text inside 【】, with or without spaces.</param>
    public static string Resolve(string? heading)
    {
        if (string.IsNullOrEmpty(heading))
        {
            return Other;
        }

        var key = TraditionalChars.Fold(TextCleaning.RemoveWhitespace(heading));
        return Table.TryGetValue(key, out var id) ? id : Other;
    }

    /// <summary>True when <paramref name="heading"/> maps to one of the five core categories of the contract.</summary>
    /// <param name="heading">The text inside 【】.</param>
    public static bool IsCore(string? heading) => CoreIds.Contains(Resolve(heading));
}
