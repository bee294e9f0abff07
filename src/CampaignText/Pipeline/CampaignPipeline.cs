using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CampaignText.Classification;
using CampaignText.Extraction;
using CampaignText.Extraction.Dates;
using CampaignText.Extraction.Places;
using CampaignText.Structure;
using CampaignText.Text;

namespace CampaignText.Pipeline;

/// <summary>
/// The whole analysis of a bulletin in one object: read the file (any encoding, .md, .docx), parse its
/// structure, extract mentions from every paragraph against the issue date and the bulletin's own
/// district, and label every paragraph. Built by <see cref="CampaignPipelineBuilder"/> (or
/// <see cref="CreateDefault"/>); immutable and thread-safe, so one instance serves a whole program.
/// </summary>
/// <example>
/// <code>
/// var pipeline = CampaignPipeline.CreateDefault();
/// BulletinAnalysis a = pipeline.AnalyzeFile("bulletin.docx");
/// foreach (var m in a.Mentions) Console.WriteLine($"{m.Paragraph} {m.Mention.Kind} {m.Mention.Text}");
/// </code>
/// </example>
public sealed partial class CampaignPipeline
{
    private static readonly Lazy<CampaignPipeline> DefaultPipeline = new(() => new CampaignPipelineBuilder().Build());
    private static readonly MentionKind[] DistrictOnly = [MentionKind.District];
    private const int DistrictMemoLimit = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DistrictRef?> _districtOf = new(StringComparer.Ordinal);

    internal CampaignPipeline(DocumentReader reader, BulletinParser parser, MentionExtractor? extractor, IReadOnlyCollection<MentionKind>? kinds, IParagraphClassifier? classifier)
    {
        Reader = reader;
        Parser = parser;
        Extractor = extractor;
        Kinds = kinds;
        Classifier = classifier;
    }

    /// <summary>The shared default pipeline: embedded data, campaign lexicon, every mention kind, the embedded classifier.</summary>
    public static CampaignPipeline CreateDefault() => DefaultPipeline.Value;

    /// <summary>Reads files into text.</summary>
    public DocumentReader Reader { get; }

    /// <summary>Parses text into a bulletin's structure.</summary>
    public BulletinParser Parser { get; }

    /// <summary>Finds mentions in paragraphs; null when extraction is turned off.</summary>
    public MentionExtractor? Extractor { get; }

    /// <summary>The mention kinds extracted; all when null.</summary>
    public IReadOnlyCollection<MentionKind>? Kinds { get; }

    /// <summary>Labels paragraphs; null when classification is turned off.</summary>
    public IParagraphClassifier? Classifier { get; }

    /// <summary>Reads and analyses one file.</summary>
    /// <param name="path">A .txt (UTF-8, UTF-16 or GB18030), .md or .docx file.</param>
    /// <returns>The analysis, with <see cref="BulletinAnalysis.Source"/> set to <paramref name="path"/>.</returns>
    /// <exception cref="CampaignTextException">The file cannot be read or decoded; the message names the file.</exception>
    /// <exception cref="IOException">The file system failed.</exception>
    public BulletinAnalysis AnalyzeFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Analyze(Reader.Read(path), path);
    }

    /// <summary>
    /// Analyses many files on <paramref name="parallelism"/> threads and hands the results out in input
    /// order. At most twice <paramref name="parallelism"/> files are read or held at once, so memory stays
    /// flat however many files there are. A file that cannot be read or analysed gives a failure result
    /// and the batch goes on; every input gives exactly one result.
    /// </summary>
    /// <param name="files">The files, read lazily (see <see cref="BulletinFiles.Expand(IEnumerable{string})"/>).</param>
    /// <param name="parallelism">Files analysed at once; 0 or less means one per processor.</param>
    /// <param name="progress">Told after each result is handed out; may be null.</param>
    /// <param name="cancellationToken">Stops the batch: no new file is started, the files under way finish, and enumeration throws <see cref="OperationCanceledException"/>.</param>
    public async IAsyncEnumerable<AnalysisResult> AnalyzeMany(
        IEnumerable<string> files,
        int parallelism = 0,
        IProgress<AnalysisProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        int width = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        var window = new Queue<Task<AnalysisResult>>();
        using var gate = new SemaphoreSlim(width, width);
        int completed = 0, failed = 0;
        try
        {
            foreach (var path in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                window.Enqueue(AnalyzeGated(path, gate, cancellationToken));
                if (window.Count < 2 * width) continue;
                var result = await window.Dequeue().ConfigureAwait(false);
                Report(result);
                yield return result;
            }

            while (window.Count > 0)
            {
                var result = await window.Dequeue().ConfigureAwait(false);
                Report(result);
                yield return result;
            }
        }
        finally
        {
            // Stopped early (cancelled, or the consumer broke off): let the files under way finish before
            // the gate goes, and drop their results.
            foreach (var pending in window)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        void Report(AnalysisResult result)
        {
            completed++;
            if (!result.Succeeded) failed++;
            progress?.Report(new AnalysisProgress(completed, failed, result.Path));
        }
    }

    private async Task<AnalysisResult> AnalyzeGated(string path, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await Task.Run(() => AnalyzeOrFail(path), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The <see cref="AnalysisResult.Warning"/> of a file that yields no text (a navigation-only page).</summary>
    internal const string NoTextFound = "no text found";

    /// <summary>
    /// Analyses one file; any failure but cancellation becomes a failure result, and a file that yields no text
    /// at all (a web page of menus only) succeeds with the warning "no text found".
    /// </summary>
    /// <param name="path">The file.</param>
    public AnalysisResult AnalyzeOrFail(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var read = Reader.Read(path);
            string text = read.Text;
            var result = AnalysisResult.Success(Analyze(read, path));
            return string.IsNullOrWhiteSpace(text) ? result with { Warning = NoTextFound } : result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return AnalysisResult.Failure(path, Describe(path, ex));
        }
    }

    private static string Describe(string path, Exception ex)
    {
        switch (ex)
        {
            case FileNotFoundException:
                return "file not found";
            case DirectoryNotFoundException:
                return "directory not found";
            case UnauthorizedAccessException:
                return "access denied";
        }

        var message = ex.Message;
        if (ex is CampaignTextException { File: { } file } && message.StartsWith(file, StringComparison.Ordinal))
        {
            message = message[file.Length..].TrimStart(':', ' ');
        }
        else if (ex is not (CampaignTextException or IOException or ArgumentException or NotSupportedException or InvalidDataException))
        {
            // An unexpected failure inside the analysis: say where it came from, without a stack trace.
            message = $"analysis failed ({ex.GetType().Name}: {ex.Message})";
        }

        return string.IsNullOrWhiteSpace(message) ? ex.GetType().Name : message;
    }

    /// <summary>Reads and analyses one document from a stream.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="fileName">Its name: the extension picks the format, and errors name it.</param>
    public BulletinAnalysis Analyze(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        return Analyze(Reader.Read(stream, fileName), fileName);
    }

    /// <summary>Analyses a bulletin given as text.</summary>
    /// <param name="text">The bulletin's text.</param>
    /// <param name="source">The name to report as its source.</param>
    /// <remarks>Source offsets (<see cref="ParagraphMention.SourceSpan"/>, <see cref="BulletinAnalysis.SourceSpanOf"/>) point into <paramref name="text"/>.</remarks>
    public BulletinAnalysis Analyze(string text, string source = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return Analyze(text, source, null);
    }

    /// <summary>Analyses a document already read; source offsets point into <see cref="SourceText.Original"/>.</summary>
    /// <param name="text">The document as read by <see cref="DocumentReader"/>.</param>
    /// <param name="source">The name to report as its source.</param>
    public BulletinAnalysis Analyze(SourceText text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return Analyze(text.Text, source, text);
    }

    private BulletinAnalysis Analyze(string text, string source, SourceText? original)
    {
        var document = Parser.Parse(text);
        var home = FindDistrict(document.Issuer, null) ?? FindDistrict(document.Masthead.Publication, null);
        var mentions = new List<ParagraphMention>();
        var labels = new List<ParagraphLabel?>();
        var districts = new List<DistrictRef?>();
        var paragraphSources = new List<TextSpan>();
        DistrictRef? established = null;
        bool byDistricts = false;
        // Dates resolve against the issue date, else a metadata or sign-off date, else a year of the paragraph,
        // the head of the document (2022年·第9期, the title) or, last, of an earlier paragraph.
        var referenceSource = document.DateSource switch
        {
            DocumentDateSource.Metadata => DateReference.Metadata,
            DocumentDateSource.SignOff => DateReference.SignOff,
            _ => DateReference.Masthead,
        };
        int? titleYear = document.Date is null ? HeadYear(text, document) : null, earlierYear = null;
        // A headless document (no core section heading) is read as a whole once its articles are known.
        bool headless = !document.Sections.Any(s => CoreCategories.Contains(s.Category));
        var documentToLabel = new List<List<(int Index, string Text, ParagraphContext Context)>>();
        foreach (var section in document.Sections)
        {
            foreach (var article in section.Articles)
            {
                // An article credited to a district office ("(东城区文明办)") speaks for that district; else the
                // district its title names (read under the bulletin's own district).
                var articleHome = FindDistrict(article.Attribution, home?.Code) ?? FindDistrict(article.Title, home?.Code);
                DistrictRef? firstNamed = null, firstTown = null;

                // With no district of its own, an article is read under the bulletin's, else under the first
                // district an earlier article established (a bulletin of 滨江区 that never names its district).
                var context = new ExtractionContext(articleHome?.Code ?? home?.Code ?? established?.Code, Kinds) { ReferenceSource = referenceSource, ReferenceYear = titleYear };
                var toLabel = new List<(int Index, string Text, ParagraphContext Context)>();
                for (int position = 0; position < article.Paragraphs.Count; position++)
                {
                    var paragraph = article.Paragraphs[position];
                    var offsets = SourceOffsets.Align(text, paragraph, original);
                    while (paragraphSources.Count <= paragraph.Index) paragraphSources.Add(default);
                    paragraphSources[paragraph.Index] = offsets.Whole;
                    if (Extractor is not null)
                    {
                        var paragraphContext = titleYear is null && earlierYear is not null ? context with { ReferenceYear = earlierYear } : context;
                        foreach (var m in Extractor.Extract(paragraph.Text, document.Date, paragraphContext))
                        {
                            mentions.Add(new ParagraphMention(paragraph.Index, m) { SourceSpan = offsets.ToSource(m.Start, m.End) });
                            if (firstNamed is null && m is DistrictMention { Text.Length: >= 3 } d) firstNamed = RefOf(d.Normalized, d.Code);
                            // A town of known district names its district (黔灵镇 → 云岩区).
                            if (firstTown is null && m is TownMention { Code: { } tc }) firstTown = Extractor.Data.Gazetteer.TownByCode(tc) is { } t ? RefOf(Extractor.Data.Gazetteer.ByCode(t.DistrictCode)?.Name ?? t.DistrictName, t.DistrictCode) : null;
                            if (document.Date is null && m is DateMention { Relative: false, Normalized: { Length: >= 4 } n } && char.IsAsciiDigit(n[0]))
                            {
                                earlierYear = int.Parse(n.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
                            }
                        }
                    }

                    if (Classifier is not null)
                    {
                        while (labels.Count < paragraph.Index) labels.Add(null);
                        labels.Add(HeadingLabel(paragraph.Text, section, out bool byModel));
                        if (byModel) toLabel.Add((paragraph.Index, TraditionalChars.Fold(paragraph.Text), ContextOf(document, section, article, position)));
                    }
                }

                // The paragraphs the model labels are read together, as one article (and, in a headless
                // document, with the rest of the document once every article is known).
                if (toLabel.Count > 0 && headless) documentToLabel.Add(toLabel);
                else if (toLabel.Count > 0)
                {
                    var predicted = Classifier!.PredictArticle([.. toLabel.Select(p => p.Text)], [.. toLabel.Select(p => p.Context)]);
                    for (int i = 0; i < toLabel.Count; i++) labels[toLabel[i].Index] = predicted[i];
                }

                var articleDistrict = articleHome ?? firstNamed ?? firstTown ?? home ?? established ?? CityIn(article.Title);
                // A bulletin whose articles are credited to districts (a city-level bulletin) has no one district.
                if (FindDistrict(article.Attribution, home?.Code) is not null) byDistricts = true;
                if (!byDistricts) established ??= articleHome ?? firstNamed ?? firstTown;
                else established = null;
                foreach (var paragraph in article.Paragraphs)
                {
                    while (districts.Count <= paragraph.Index) districts.Add(null);
                    districts[paragraph.Index] = articleDistrict;
                }
            }
        }

        if (documentToLabel.Count > 0)
        {
            var predicted = Classifier!.PredictDocument(
                [.. documentToLabel.Select(a => (IReadOnlyList<string>)[.. a.Select(p => p.Text)])],
                [.. documentToLabel.Select(a => (IReadOnlyList<ParagraphContext>)[.. a.Select(p => p.Context)])]);
            for (int a = 0; a < documentToLabel.Count; a++)
            {
                for (int i = 0; i < documentToLabel[a].Count; i++) labels[documentToLabel[a][i].Index] = predicted[a][i];
            }
        }

        return new BulletinAnalysis(source, document, home?.Name, mentions, labels) { Home = home, ParagraphDistricts = districts, ParagraphSources = paragraphSources };
    }

    /// <summary>
    /// The first prefecture-level city <paramref name="title"/> names (杭州市以……), as the district of an article
    /// about a city as a whole; null when none.
    /// </summary>
    private DistrictRef? CityIn(string? title)
    {
        if (Extractor is null || string.IsNullOrEmpty(title)) return null;
        var gaz = Extractor.Data.Gazetteer;
        for (int i = 0; i < title.Length; i++)
        {
            if (gaz.LongestAt(title, i) is { Regions: [{ Level: "city" } city, ..] })
            {
                return new DistrictRef(city.Name, city.Code, city.ParentCode is { } parent ? gaz.ByCode(parent)?.Name : null);
            }
        }

        return null;
    }

    private DistrictRef? RefOf(string name, string code)
    {
        var gaz = Extractor!.Data.Gazetteer;
        var district = gaz.ByCode(code);
        string? city = district?.ParentCode is { } parent ? gaz.ByCode(parent)?.Name : null;
        return new DistrictRef(name, code, city);
    }

    // A paragraph under a core heading (【工作交流】, 【指挥调度】 …) takes the heading's category; any
    // other is left to the classifier (byModel), which reads it from its text, its article's title (the document's
    // title on a headless page), its heading when not a core one, its part heading, its place in the article and
    // the article's other paragraphs. Empty and one-character paragraphs get no label.
    private static ParagraphLabel? HeadingLabel(string text, Section section, out bool byModel)
    {
        byModel = false;
        if (ParagraphClassifier.TooShort(text)) return null;
        if (CoreCategories.Contains(section.Category)) return new ParagraphLabel(section.Category, 1.0) { Source = LabelSource.Heading };
        byModel = true;
        return null;
    }

    // What the model knows around a paragraph; the model reads traditional script folded to simplified, as it was trained.
    private static ParagraphContext ContextOf(BulletinDocument document, Section section, Article article, int position)
    {
        var title = article.Title ?? document.Title;
        return new ParagraphContext(title is null ? null : TraditionalChars.Fold(title), section.Heading is null ? null : TraditionalChars.Fold(section.Heading), position, article.Paragraphs.Count)
        {
            Part = article.Paragraphs[position].Part is { } part ? TraditionalChars.Fold(part) : null,
        };
    }

    private static readonly FrozenSet<string> CoreCategories = ClassifierTrainerOptions.CoreCategories.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Finds the mentions of any text (not only bulletins), as <see cref="MentionExtractor.Extract"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="referenceDate">The date relative dates resolve against; when null they stay unresolved.</param>
    /// <param name="context">Home district and kinds; this pipeline's kinds when null.</param>
    /// <exception cref="InvalidOperationException">The pipeline was built without extraction.</exception>
    public IReadOnlyList<Mention> Extract(string text, DateOnly? referenceDate, ExtractionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Extractor is null) throw new InvalidOperationException("This pipeline was built without extraction.");
        return Extractor.Extract(text, referenceDate, context ?? new ExtractionContext(null, Kinds));
    }

    /// <summary>
    /// The year the head of a document states, above its first paragraph (an issue line 2022年·第9期, a title
    /// 关于2022年……的报告), else in its title or publication name; null when none does.
    /// </summary>
    private static int? HeadYear(string text, Structure.BulletinDocument document)
    {
        int headEnd = document.Paragraphs.Select(static p => p.Source.Start).DefaultIfEmpty(0).First();
        return TitleYear(text[..Math.Clamp(headEnd, 0, Math.Min(text.Length, 4000))]) ?? TitleYear(document.Title) ?? TitleYear(document.Masthead.Publication);
    }

    /// <summary>The first year a line states (2022年·第9期, 2021年创建工作简报), or null.</summary>
    private static int? TitleYear(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        var m = TitleYearRegex().Match(title);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})[ \t]?年(?![0-9])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex TitleYearRegex();

    /// <summary>The first district <paramref name="text"/> names, read under the district <paramref name="homeCode"/>; null when none.</summary>
    private DistrictRef? FindDistrict(string? text, string? homeCode)
    {
        if (Extractor is null || string.IsNullOrWhiteSpace(text)) return null;
        // Issuers, publication titles and attributions repeat from issue to issue: remember the answers
        // (a pure function of the text and home) up to a fixed number, so memory stays bounded.
        string key = homeCode is null ? text : homeCode + "\u0001" + text;
        if (_districtOf.TryGetValue(key, out var known)) return known;
        DistrictRef? found = null;
        foreach (var m in Extractor.Extract(text, null, new ExtractionContext(homeCode, DistrictOnly)))
        {
            // 我区/全区 name the home district itself, not a district of the text.
            if (m is DistrictMention d && d.Text.Length >= 3)
            {
                found = RefOf(d.Normalized, d.Code);
                break;
            }
        }

        if (_districtOf.Count < DistrictMemoLimit) _districtOf.TryAdd(key, found);
        return found;
    }
}
