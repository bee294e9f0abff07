using System.Text.RegularExpressions;

namespace CampaignText.Structure;

/// <summary>
/// The regular expressions of the structure stage. All are source-generated with a match timeout, or built with a
/// timeout around the word lists of models/structure/structure-words.tsv (<see cref="StructureWords"/>), and applied
/// to single lines (or to bounded windows of text), so their cost is linear in the document size.
/// </summary>
internal static partial class StructurePatterns
{
    private const string ChineseDigits = "〇零○Ｏ一二三四五六七八九十百千两";

    /// <summary>(总第 2127 期) with either kind of parentheses.</summary>
    [GeneratedRegex(@"[（(]\s*总\s*第\s*(?<n>[0-9０-９]{1,6}|[" + ChineseDigits + @"]{1,8})\s*期\s*[)）]", RegexOptions.None, 2000)]
    public static partial Regex TotalIssue();

    /// <summary>第 18 期 / 第十八期.</summary>
    [GeneratedRegex(@"第\s*(?<n>[0-9０-９]{1,6}|[" + ChineseDigits + @"]{1,8})\s*期", RegexOptions.None, 2000)]
    public static partial Regex Issue();

    /// <summary>2020年4月24日, 2020 年 4 月 24 日, 二〇二一年一月十八日.</summary>
    [GeneratedRegex(@"(?<y>[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]", RegexOptions.None, 2000)]
    public static partial Regex ChineseDate();

    /// <summary>2020-04-24, 2020.4.24, 2020/4/24.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*[-./]\s*(?<m>[0-9]{1,2})\s*[-./]\s*(?<d>[0-9]{1,2})(?![0-9])", RegexOptions.None, 2000)]
    public static partial Regex NumericDate();

    /// <summary>A publication title that names a bulletin only beside an issue number or an issuer (…工作动态; models/structure/structure-words.tsv).</summary>
    public static Regex PublicationNeedsIssue() => StructureWords.Embedded.PublicationNeedsIssue;

    /// <summary>A publication title: the masthead line that names the bulletin (suffixes from models/structure/structure-words.tsv).</summary>
    public static Regex PublicationSuffix() => StructureWords.Embedded.PublicationSuffix;

    /// <summary>An issuing body named by its role: 主办：…, 编印：…, or …编印 / …主办 (roles from models/structure/structure-words.tsv).</summary>
    public static Regex IssuerByRole() => StructureWords.Embedded.IssuerByRole;

    /// <summary>A name that ends like an office or body (suffixes from models/structure/structure-words.tsv).</summary>
    public static Regex OrganizationSuffix() => StructureWords.Embedded.OrganizationSuffix;

    /// <summary>A contributor named at the end of a title line: an office, body, unit or place (models/structure/structure-words.tsv).</summary>
    public static Regex ContributorSuffix() => StructureWords.Embedded.ContributorSuffix;

    /// <summary>Masthead notes that are neither title nor issuer (notes and marks from models/structure/structure-words.tsv).</summary>
    public static Regex MastheadNote() => StructureWords.Embedded.MastheadNote;

    /// <summary>A 【…】 heading or tag at the start of a line, with what follows it.</summary>
    [GeneratedRegex(@"^【(?<name>[^【】]{1,20})】\s*(?<rest>.*)$", RegexOptions.None, 2000)]
    public static partial Regex BracketHeading();

    /// <summary>
    /// An attribution at the end of a raw line: (东城区文明办), （本刊）, **（本刊）**; group <c>who</c> is
    /// the contributor.
    /// </summary>
    [GeneratedRegex(@"[\s*_]*[（(]\s*(?<who>[^（()）0-9０-９，,。；;:：]{1,30}?)\s*[)）][\s*_]*$", RegexOptions.None, 2000)]
    public static partial Regex TrailingAttribution();

    /// <summary>A part heading label: 一、 二. （三） (四) 1. 2、 (3) 第一部分.</summary>
    [GeneratedRegex(@"^(?:(?<cn>[一二三四五六七八九十]{1,3}\s*[、．.])|(?<cnp>[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])|(?<arabic>[0-9]{1,2}\s*(?:[、．]|\.(?![0-9])))|(?<arabicp>[（(]\s*[0-9]{1,2}\s*[)）])|(?<chapter>第[一二三四五六七八九十]{1,3}(?:部分|章|节)))", RegexOptions.None, 2000)]
    public static partial Regex PartHeading();

    /// <summary>What sharing sites append to a document's title: _共3页, （3页）, 篇一, (精选5篇).</summary>
    [GeneratedRegex(@"(?:[_＿\-—]\s*共\s*[0-9]{1,4}\s*页|[（(]\s*(?:共\s*)?[0-9]{1,4}\s*页\s*[)）]|\s+篇[一二三四五六七八九十]{1,3}|[（(【]\s*(?:精选|通用|优选|范文)?\s*[0-9一二三四五六七八九十]{1,3}\s*篇\s*[)）】])$", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex TitleDecoration();

    /// <summary>A headline's subject named in its first chars: a place or body (endings from models/structure/structure-words.tsv).</summary>
    public static Regex NamedSubject() => StructureWords.Embedded.NamedSubject;

    /// <summary>An item label in running text: 一是, 二要, 第一, 其一 (the verbs from models/structure/structure-words.tsv).</summary>
    public static Regex ItemLead() => StructureWords.Embedded.ItemLead;

    /// <summary>The opening of a news lead rather than a headline: 近日, 今年, 日前, 会议, 为了 … (models/structure/structure-words.tsv).</summary>
    public static Regex NewsLead() => StructureWords.Embedded.NewsLead;

    /// <summary>A three-character line that is only a place's name (何店镇, 西湖区): the label of the item under it.</summary>
    public static Regex PlaceLabel() => StructureWords.Embedded.PlaceLabel;

    /// <summary>A horizontal rule: markdown (---, ***) or a line of dashes or box-drawing lines (————, ━━━).</summary>
    [GeneratedRegex(@"^(?:[-*_=—━─－–～~═]\s*){3,}$", RegexOptions.None, 2000)]
    public static partial Regex HorizontalRule();

    /// <summary>A page marker line: 2, - 2 -, —2—, 第2页, 第 2 页 共 5 页, 2/5, Page 2 of 5.</summary>
    [GeneratedRegex(@"^(?:[-－—–_·\s]*(?<n>[0-9]{1,4})[-－—–_·\s]*|第\s*(?<n>[0-9]{1,4})\s*页(?:\s*[,，/、]?\s*共\s*[0-9]{1,4}\s*页)?|(?<n>[0-9]{1,4})\s*/\s*[0-9]{1,4}|[Pp]age\s*(?<n>[0-9]{1,4})(?:\s*of\s*[0-9]{1,4})?)$", RegexOptions.None, 2000)]
    public static partial Regex PageMarker();

    /// <summary>
    /// A page number that scraping glued between two CJK characters, with optional spaces, or set off by
    /// spaces between CJK punctuation (、 2 官) and a CJK character; the
    /// caller checks the characters around it and the page sequence.
    /// </summary>
    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[ \t]*(?<n>[0-9]{1,3})[ \t]*(?=[\u4E00-\u9FFF])|(?<=[、，；：“”《》（）])[ \t]+(?<n>[0-9]{1,3})[ \t]+(?=[\u4E00-\u9FFF])", RegexOptions.None, 2000)]
    public static partial Regex GluedNumber();

    /// <summary>A document file name as found in related-documents lists.</summary>
    [GeneratedRegex(@"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)\s*$", RegexOptions.IgnoreCase, 2000)]
    public static partial Regex DocumentFileName();

    /// <summary>The end of an official document's title that names its kind: …的通知, …的报告, …情况通报, …实施方案.</summary>
    [GeneratedRegex(@"(?:通知|通报|报告|方案|意见|办法|决定|规则|规定|纪要|总结|函|请示|批复|公告|倡议书)$", RegexOptions.None, 2000)]
    public static partial Regex DocumentKindEnding();
}
