using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CampaignText.Text;

namespace CampaignText.Benchmarks;

/// <summary>
/// Reading documents into text: a 50-page CJK PDF written by scripts/corpus/make_pdf.py (the test fixture
/// tests/CampaignText.Tests/Specs/Text/pdf/fifty-pages.pdf) and a government news page of about 100 KB
/// (menus, breadcrumbs, metadata table, article, related links, footer). MB/s is file bytes over mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ReaderBenchmarks
{
    private static readonly Dictionary<string, long> FileBytes = [];

    private readonly DocumentReader _reader = new();
    private byte[] _pdf = [];
    private byte[] _html = [];

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(FileBytesOf, "file megabytes (10^6 bytes) read per second"));
    }

    [GlobalSetup]
    public void Setup()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CampaignText.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        _pdf = File.ReadAllBytes(Path.Combine(root, "tests", "CampaignText.Tests", "Specs", "Text", "pdf", "fifty-pages.pdf"));
        _html = Encoding.UTF8.GetBytes(GovernmentPage(paragraphs: 120));
        FileBytes[nameof(ReadPdf50Pages)] = _pdf.Length;
        FileBytes[nameof(ReadHtmlPage)] = _html.Length;
        Console.WriteLine($"// pdf {_pdf.Length} bytes, html {_html.Length} bytes");
    }

    [Benchmark]
    public int ReadPdf50Pages() => _reader.Read(new MemoryStream(_pdf, writable: false), "fifty-pages.pdf").Text.Length;

    [Benchmark]
    public int ReadHtmlPage() => _reader.Read(new MemoryStream(_html, writable: false), "page.html").Text.Length;

    /// <summary>A page laid out like a district government's article page.</summary>
    internal static string GovernmentPage(int paragraphs)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>东城区创建全国文明城区工作简报_东城区人民政府</title>")
          .Append("<style>.TRS_Editor p{text-indent:2em}</style><script>var a = 1;</script></head><body>")
          .Append("<div class=\"top\">北京市东城区人民政府</div><div class=\"menu\"><ul>");
        for (int i = 0; i < 12; i++) sb.Append($"<li><a href=\"/c{i}/\">栏目{i}</a></li>");
        sb.Append("</ul></div><div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/dt\">工作动态</a></div>")
          .Append("<table class=\"xxgk\"><tr><th>索引号：</th><td>11110101/2021-00123</td><th>发布机构：</th><td>东城区文明办</td></tr></table>")
          .Append("<div class=\"article\"><h1>东城区创建全国文明城区工作简报（第5期）</h1><div class=\"info\">发布时间：2021-09-27 来源：东城区文明办</div>")
          .Append("<div class=\"TRS_Editor\" id=\"zoom\">");
        for (int i = 0; i < paragraphs; i++)
        {
            sb.Append("<p>　　").Append(i + 1).Append("月，东城区组织志愿者开展环境清洁活动，清理卫生死角二十余处，")
              .Append("向居民发放垃圾分类宣传册300余份，<strong>整改问题45处</strong>，群众满意度明显提升。</p>\n");
        }

        sb.Append("</div><div class=\"share\">分享到：<a href=\"#\">微信</a><a href=\"#\">微博</a></div></div><div class=\"related\"><h3>相关新闻</h3><ul>");
        for (int i = 0; i < 10; i++) sb.Append($"<li><a href=\"/a/{i}.html\">东城区开展第{i}次志愿服务活动</a><span>2021-09-{i + 10}</span></li>");
        sb.Append("</ul></div><div class=\"bottom\">主办：东城区人民政府办公室 京ICP备05001234号</div></body></html>");
        return sb.ToString();
    }

    /// <summary>File bytes of a benchmark's input; the column runs in the host process, where the setup did not run.</summary>
    private static long FileBytesOf(BenchmarkCase benchmarkCase)
    {
        if (!FileBytes.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out long bytes))
        {
            new ReaderBenchmarks().Setup();
            FileBytes.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out bytes);
        }

        return bytes;
    }
}
