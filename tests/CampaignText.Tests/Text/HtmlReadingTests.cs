using System.Text;
using CampaignText.Text;

namespace CampaignText.Tests.Text;

/// <summary>HTML input: decoding, visible text one line per block, and the boilerplate the DOM makes certain.</summary>
public class HtmlReadingTests
{
    private static readonly DocumentReader Reader = new(new DocumentReaderOptions { Normalize = false });

    private static SourceText Read(string html, string name = "page.html") =>
        Reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(html)), name);

    private static SourceText ReadBytes(byte[] bytes, string name = "page.html") => Reader.Read(new MemoryStream(bytes), name);

    /// <summary>A government news page: header with a site menu, breadcrumbs, the article, related links, footer.</summary>
    internal const string GovernmentPage = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title>东城区召开全国文明城区创建推进会_北京市东城区人民政府</title>
          <style>.TRS_Editor p { text-indent: 2em; } body { font-family: 宋体; }</style>
          <script>var _hmt = _hmt || []; document.write("统计代码");</script>
        </head>
        <body>
          <div class="top" role="banner"><img src="logo.png" alt="东城区人民政府"><span>北京市东城区人民政府</span></div>
          <div class="menu">
            <ul>
              <li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
              <li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li>
            </ul>
          </div>
          <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/dt">工作动态</a> &gt; 正文</div>
          <div class="article">
            <h1>东城区召开全国文明城区创建推进会</h1>
            <div class="info">发布时间：2021-09-27&nbsp;&nbsp;来源：<a href="http://wmb.bjdch.gov.cn">东城区文明办</a>&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
            <div class="TRS_Editor" id="zoom">
              <p>　　9月26日，东城区召开全国文明城区创建推进会，
                 区委常委、宣传部部长出席会议并讲话。</p>
              <p style="text-indent:2em">会议要求，各街道要对照测评体系查漏补缺&mdash;&mdash;做到问题不过夜、整改不反弹&hellip;&hellip;</p>
              <p>&emsp;&emsp;会议通报了实地检查情况：<br>共检查点位612个；<br>发现问题2140处。</p>
              <table>
                <tr><th>街道</th><th>点位</th><th>问题</th></tr>
                <tr><td>和平里</td><td>45</td><td>120</td></tr>
              </table>
              <p style="display: none">隐藏的段落</p>
              <p hidden>也隐藏</p>
              <!-- 注释不应出现 -->
              <noscript>请启用脚本</noscript>
            </div>
            <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
            <div class="pages"><a href="/dt/1.html">上一篇：东城区开展志愿服务活动</a></div>
            <div class="related"><h3>相关新闻</h3>
              <ul><li><a href="/a">东城区部署垃圾分类工作</a></li><li><a href="/b">东城区召开文明城区测评培训会</a></li></ul>
            </div>
          </div>
          <form><input type="text" value="请输入关键词"><button>搜索</button></form>
          <nav><a href="/sitemap">网站地图</a></nav>
          <aside>热点专题 文明创建</aside>
          <footer><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></footer>
          <script type="text/javascript">alert("脚本");</script>
        </body>
        </html>
        """;

    [Fact]
    public void ReadsTheArticleOfAGovernmentPage()
    {
        SourceText text = Read(GovernmentPage);
        Assert.Equal(SourceFormat.Html, text.Format);
        Assert.Equal("UTF-8", text.EncodingName);
        const string expected =
            "东城区召开全国文明城区创建推进会\n" +
            "发布时间：2021-09-27 来源：东城区文明办 字号：大 中 小\n" +
            "　　9月26日，东城区召开全国文明城区创建推进会，区委常委、宣传部部长出席会议并讲话。\n" +
            "会议要求，各街道要对照测评体系查漏补缺——做到问题不过夜、整改不反弹……\n" +
            "　　会议通报了实地检查情况：\n" +
            "共检查点位612个；\n" +
            "发现问题2140处。\n" +
            "街道\t点位\t问题\n" +
            "和平里\t45\t120\n";
        Assert.Equal(expected, text.Text);
    }

    [Fact]
    public void ScriptStyleTitleCommentsAndHiddenTextNeverAppear()
    {
        string text = Read(GovernmentPage).Text;
        foreach (string absent in new[] { "统计代码", "_hmt", "分享到", "font-family", "脚本", "隐藏", "注释", "请启用", "北京市东城区人民政府", "请输入关键词", "搜索" })
        {
            Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MenusBreadcrumbsRelatedLinksAndNextPreviousAreDropped()
    {
        string text = Read(GovernmentPage).Text;
        foreach (string absent in new[] { "政务公开", "当前位置", "上一篇", "东城区部署垃圾分类工作", "网站地图", "热点专题", "联系我们" })
        {
            Assert.DoesNotContain(absent, text, StringComparison.Ordinal);
        }

        // A date-and-source line with one link in it stays.
        Assert.Contains("发布时间：2021-09-27", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAfterTheArticleContainerIsLeftOut()
    {
        const string html = """
            <body><div class="main">
            <h1>东城区开展志愿服务活动</h1><div class="info">发布时间：2021-09-27</div>
            <div id="zoom"><p>　　9月26日，东城区组织志愿者开展环境清洁活动，清理卫生死角二十余处。</p>
            <p>　　活动中，志愿者还向居民发放了垃圾分类宣传册，讲解分类知识。</p></div>
            <p>（东城区文明办供稿）</p>
            <div class="editor">【责任编辑：李明】</div>
            </div>
            <div class="bottom"><p>主办：北京市东城区人民政府办公室 承办：东城区政务服务中心</p><p>京ICP备05001234号</p></div>
            </body>
            """;
        const string expected =
            "东城区开展志愿服务活动\n发布时间：2021-09-27\n" +
            "　　9月26日，东城区组织志愿者开展环境清洁活动，清理卫生死角二十余处。\n" +
            "　　活动中，志愿者还向居民发放了垃圾分类宣传册，讲解分类知识。\n" +
            "（东城区文明办供稿）\n";
        Assert.Equal(expected, Read(html).Text);
    }

    [Fact]
    public void SentencesOutsideTheDensestContainerKeepTheWholePage()
    {
        // Most of the prose is in #zoom, but two more sentences follow it: nothing is cut.
        const string html = """
            <body><div id="zoom"><p>东城区召开推进会，区委常委出席，各街道、各部门负责同志参加，会议部署了重点任务、分工和时限。</p>
            <p>会议要求，对照测评体系，查漏补缺，逐项整改，确保各项指标全面达标、不反弹、不回潮，群众满意。</p></div>
            <p>会后，与会人员实地察看了点位。</p><p>各街道随即开展了整改。</p><div>版权所有</div></body>
            """;
        string text = Read(html).Text;
        Assert.Contains("会后，与会人员实地察看了点位。\n各街道随即开展了整改。\n", text, StringComparison.Ordinal);
        Assert.Contains("版权所有", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GbkPageWithMetaCharset()
    {
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>" +
                            "<body><p>东城区文明办召开调度会，部署垃圾分类工作。</p></body></html>";
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(html);
        SourceText text = ReadBytes(bytes);
        Assert.Equal("GB18030", text.EncodingName);
        Assert.Equal("东城区文明办召开调度会，部署垃圾分类工作。\n", text.Text);

        // <meta charset="gbk"> the same.
        byte[] short_ = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(
            "<!doctype html><meta charset=\"GBK\"><p>交道口街道开展环境整治。</p>");
        Assert.Equal("交道口街道开展环境整治。\n", ReadBytes(short_).Text);
    }

    [Fact]
    public void Utf8PageThatClaimsGb2312IsReadAsUtf8()
    {
        const string html = "<html><head><meta charset=\"gb2312\"></head><body><p>东城区开展志愿服务。</p></body></html>";
        Assert.Equal("东城区开展志愿服务。\n", ReadBytes(Encoding.UTF8.GetBytes(html)).Text);
    }

    [Fact]
    public void ByteOrderMarkWins()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body><p>景山街道完成整治。</p></body></html>")];
        SourceText text = ReadBytes(bytes);
        Assert.Equal("UTF-16LE", text.EncodingName);
        Assert.Equal("景山街道完成整治。\n", text.Text);
    }

    [Fact]
    public void NavigationOnlyPageGivesNoText()
    {
        const string html = """
            <html><body>
            <nav><a href="/">首页</a><a href="/a">动态</a></nav>
            <div class="menu"><ul><li><a href="/1">政务公开</a></li><li><a href="/2">办事服务</a></li></ul></div>
            <div id="links"><a href="/x">东城区开展志愿服务活动</a><br><a href="/y">东城区部署垃圾分类工作</a></div>
            <div role="contentinfo">版权所有：东城区人民政府</div>
            </body></html>
            """;
        Assert.Equal("", Read(html).Text);
    }

    [Fact]
    public void EntitiesAreDecoded()
    {
        const string html = "<p>A&amp;B &lt;文明&gt; &quot;创建&quot; &#x4E1C;&#22478;&#21306; &copy; &yen;5&nbsp;元</p>";
        Assert.Equal("A&B <文明> \"创建\" 东城区 © ¥5 元\n", Read(html).Text);
    }

    [Fact]
    public void LineBreaksAndBlocks()
    {
        const string html = "<div>第一行<br>第二行<br/><br>第四行<div>块</div>尾<p>段</p><h2>标题</h2><ul><li>一</li><li>二</li></ul></div>";
        Assert.Equal("第一行\n第二行\n\n第四行\n块\n尾\n段\n标题\n一\n二\n", Read(html).Text);
    }

    [Fact]
    public void WhitespaceCollapsesInsideBlocksButLeadingFullWidthSpacesStay()
    {
        const string html = "<p>\n   　　东城区   召开\n\t会议，   </p><p>  \u00A0 第二段</p>";
        Assert.Equal("　　东城区 召开会议，\n第二段\n", Read(html).Text);
    }

    [Fact]
    public void PreformattedTextKeepsItsLines()
    {
        Assert.Equal("第一行\n  第二行\n", Read("<pre>第一行\n  第二行</pre>").Text);
    }

    [Fact]
    public void DataTableRowsAreLinesWithTabsAndLayoutTablesAreBlocks()
    {
        const string html = """
            <table><tr><td><p>东城区召开推进会。</p><p>会议要求查漏补缺。</p></td><td><div>右栏</div></td></tr></table>
            <table><tr><th>街道</th><th>点位</th></tr><tr><td>和平里</td><td><b>45</b></td></tr></table>
            """;
        Assert.Equal("东城区召开推进会。\n会议要求查漏补缺。\n右栏\n街道\t点位\n和平里\t45\n", Read(html).Text);
    }

    [Fact]
    public void TitleIsNotEmittedButTheHeadlineIs()
    {
        const string html = "<html><head><title>网页标题_东城区</title></head><body><h1>东城区召开推进会</h1><p>正文。</p></body></html>";
        Assert.Equal("东城区召开推进会\n正文。\n", Read(html).Text);
    }

    [Fact]
    public void HeaderAndFooterStayWhenTheyAreNotLinkDense()
    {
        const string html = "<header><p>发布日期：2021年9月27日</p></header><p>正文。</p>" +
                            "<footer><a href=\"/\">首页</a><a href=\"/m\">地图</a></footer><footer>（东城区文明办供稿）</footer>";
        Assert.Equal("发布日期：2021年9月27日\n正文。\n（东城区文明办供稿）\n", Read(html).Text);
    }

    [Fact]
    public void HtmlIsDetectedByContentForUnknownExtensionsOnly()
    {
        const string html = "\uFEFF  <!DOCTYPE html><html><body><p>东城区开展志愿服务。</p></body></html>";
        Assert.Equal(SourceFormat.Html, Read(html, "download").Format);
        Assert.Equal(SourceFormat.Html, Read("<html><body><p>正文。</p></body></html>", "page.dat").Format);
        Assert.Equal(SourceFormat.Txt, Read(html, "page.txt").Format);
        Assert.Equal(SourceFormat.Html, Read(html, "page.HTM").Format);
        Assert.Equal(SourceFormat.Html, Read(html, "page.xhtml").Format);
    }

    [Fact]
    public void ReadStringTakesHtmlByName()
    {
        SourceText text = Reader.ReadString("<p>东城区&nbsp;开展志愿服务。</p><script>x()</script>", "page.html");
        Assert.Equal(SourceFormat.Html, text.Format);
        Assert.Equal("东城区 开展志愿服务。\n", text.Text);
    }

    [Fact]
    public void DeepNestingIsWalkedWithoutRecursion()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append("<div><span>");
        sb.Append("深处的文字。");
        Assert.Equal("深处的文字。\n", Read(sb.ToString()).Text);
    }

    [Fact]
    public void NestingPastTheLimitIsRefusedBeforeParsing()
    {
        // Tree building is quadratic in the depth: 100,000 open elements would take minutes.
        string html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "文字";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var ex = Assert.Throws<CampaignTextException>(() => Read(html, "deep.html"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.StartsWith("deep.html: HTML nested more than 4096 elements deep", ex.Message, StringComparison.Ordinal);

        // Sloppy pages that leave out optional end tags, or self-close, are not deep.
        string sloppy = "<ul>" + string.Concat(Enumerable.Repeat("<li><p>文明创建<br><img src=x.png>", 20_000)) + "</ul>";
        Assert.True(HtmlTextExtractor.NestingDepth(sloppy) < 10);
        Assert.Equal(2, HtmlTextExtractor.NestingDepth("<div><script>\"<div><div><div>\"</script><!-- <div><div> --><span></span><b>x</b></div>"));
    }

    [Fact]
    public void TwentyMegabyteHtmlIsRefusedForItsSize()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("ct-html-").FullName, "huge.html");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("<html><body>");
                const string para = "<p>东城区开展文明创建志愿服务活动，参与群众123人，整改问题45处。</p>\n";
                for (long written = 0; written < 20L * 1024 * 1024; written += Encoding.UTF8.GetByteCount(para)) writer.Write(para);
                writer.Write("</body></html>");
            }

            var ex = Assert.Throws<CampaignTextException>(() => Reader.Read(path));
            Assert.Contains($"HTML file is {new FileInfo(path).Length} bytes, over the limit of {DocumentReaderOptions.DefaultHtmlLimit} bytes", ex.Message, StringComparison.Ordinal);
            Assert.Contains("MaxHtmlBytes", ex.Message, StringComparison.Ordinal);

            var unseekable = Assert.Throws<CampaignTextException>(() => Reader.Read(new ForwardOnly(File.ReadAllBytes(path)), "huge.html"));
            Assert.Contains("MaxHtmlBytes", unseekable.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void HtmlLimitIsItsOwnSetting()
    {
        var reader = new DocumentReader(new DocumentReaderOptions { MaxHtmlBytes = 100, Normalize = false });
        var ex = Assert.Throws<CampaignTextException>(() => reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(GovernmentPage)), "p.html"));
        Assert.Contains("MaxHtmlBytes", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReader(new DocumentReaderOptions { MaxHtmlBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentReader(new DocumentReaderOptions { MaxPdfBytes = -1 }));
    }

    [Fact]
    public void NormalisedTextMapsBackToTheExtractedText()
    {
        var reader = new DocumentReader();
        SourceText text = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("<p>日期：２０２１年</p>")), "p.html");
        Assert.Equal("日期：2021年\n", text.Text);
        Assert.Equal("日期：２０２１年\n", text.Original);
        int at = text.Text.IndexOf("2021", StringComparison.Ordinal);
        Assert.Equal("２０２１", text.OriginalSlice(new TextSpan(at, at + 4)));
    }

    private sealed class ForwardOnly(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
