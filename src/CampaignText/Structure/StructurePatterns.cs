using System.Text.RegularExpressions;

namespace CampaignText.Structure;

/// <summary>
/// The regular expressions of the structure stage. All are source-generated with a match timeout and applied to single
/// lines (or to bounded windows of text), so their cost is linear in the document size.
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

    /// <summary>A publication title: the masthead line that names the bulletin.</summary>
    [GeneratedRegex(@"(简报|快报|专报|周报|旬报|月报|专刊|增刊|通讯|动态|参阅|要情|信息)$", RegexOptions.None, 2000)]
    public static partial Regex PublicationSuffix();

    /// <summary>An issuing body named by its role: 主办：…, 编印：…, or …编印 / …主办.</summary>
    [GeneratedRegex(@"^(?:主办|编印|编发|主编|出品|编)\s*[:：]\s*(?<org>.+)$|^(?<org>.+?)\s*(?:编印|主办|编发)$", RegexOptions.None, 2000)]
    public static partial Regex IssuerByRole();

    /// <summary>A name that ends like an office or body.</summary>
    [GeneratedRegex(@"(文明办|办公室|委员会|文明委|领导小组|指挥部|宣传部|编辑部|中心|办|局|委)(?:[（(][^（）()]{1,12}[)）])?$", RegexOptions.None, 2000)]
    public static partial Regex OrganizationSuffix();

    /// <summary>A contributor named at the end of a title line: an office, body, unit or place.</summary>
    [GeneratedRegex(@"(?:办|委|会|局|组|部|厅|处|科|室|队|所|站|院|中心|街道|镇|乡|村|社区|地区|区|县|市|团|联|协|馆|集团|公司)$", RegexOptions.None, 2000)]
    public static partial Regex ContributorSuffix();

    /// <summary>Masthead notes that are neither title nor issuer.</summary>
    [GeneratedRegex(@"^(内部资料|内部刊物|注意保存|内部资料\s*注意保存|机密|秘密|★.*|（?内部参阅）?)$", RegexOptions.None, 2000)]
    public static partial Regex MastheadNote();

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

    /// <summary>A headline's subject named in its first chars: a place or body (某某街道, 某某镇, 某区, 某局 …).</summary>
    [GeneratedRegex(@"^\S{1,8}?(?:街道|社区|镇|乡|村|区|县|市|旗|局|委|办|中心|公司|学校|医院|集团|站|所)", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex NamedSubject();

    /// <summary>An item label in running text: 一是, 二要, 第一, 其一.</summary>
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,2}(?:是|要|抓|强化|坚持)|第[一二三四五六七八九十]{1,2}[，,、]|其[一二三四五六七八九十])", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    public static partial Regex ItemLead();

    /// <summary>The opening of a news lead rather than a headline: 近日, 今年, 日前, 会议, 为了 ….</summary>
    [GeneratedRegex(@"^(?:近日|日前|近期|目前|当前|今年|去年|今天|昨天|本周|本月|上午|下午|会议|会上|此外|同时|据悉|据了解|为了|为|在|从|自|随着|经过|通过|截至|截止)", RegexOptions.None, 2000)]
    public static partial Regex NewsLead();

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

    /// <summary>A footer key at the start of a line or after whitespace, followed by a colon.</summary>
    [GeneratedRegex(@"(?<![\u4E00-\u9FFFA-Za-z])(?<key>责任编辑|责编|核稿|编校|审核|核签|签发|审稿|终审|初审|校对|编辑|主编|联系电话|电话|传真|电子邮箱|电子信箱|邮箱|信箱|E-?mail|e-?mail|EMAIL|抄报|报送|主送|抄送|分送|印发|分发|报|送|发)\s*[:：]", RegexOptions.None, 2000)]
    public static partial Regex FooterKey();

    /// <summary>A document file name as found in related-documents lists.</summary>
    [GeneratedRegex(@"\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)\s*$", RegexOptions.IgnoreCase, 2000)]
    public static partial Regex DocumentFileName();
}
