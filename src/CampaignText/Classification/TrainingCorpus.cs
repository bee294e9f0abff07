using System.Globalization;
using CampaignText.Pipeline;
using CampaignText.Structure;

namespace CampaignText.Classification;

/// <summary>
/// Reads the labelled paragraphs of a corpus folder: <c>labels.csv</c> (<c>document,paragraph,category</c>,
/// one row per paragraph) joined with the paragraphs the pipeline parses from each document. Each row
/// must line up with the parse: the document exists, it has a paragraph of that index, and that
/// paragraph's section has the row's category.
/// </summary>
public static class TrainingCorpus
{
    /// <summary>The labels file inside a corpus folder.</summary>
    public const string LabelsFile = "labels.csv";

    /// <summary>Loads the labelled paragraphs of <paramref name="corpusFolder"/>, sorted by document and index.</summary>
    /// <param name="corpusFolder">The folder holding labels.csv; document paths in it are relative to the
    /// folder's parent when they start with the folder's name (<c>corpus/2021/x.txt</c>), else to the folder.</param>
    /// <exception cref="CampaignTextException">labels.csv is missing or malformed, a document cannot be read, or a row does not line up; the message names the file and line.</exception>
    public static IReadOnlyList<LabeledParagraph> Load(string corpusFolder)
    {
        ArgumentNullException.ThrowIfNull(corpusFolder);
        return Load(corpusFolder, Path.Combine(corpusFolder, LabelsFile));
    }

    /// <summary>
    /// Loads the paragraphs labelled in <paramref name="labels"/> (same format as labels.csv) from the
    /// documents of <paramref name="corpusFolder"/>: a folder of one's own documents and one's own labels.
    /// A row may label any paragraph of a headless page or under an unknown heading with any category; under a
    /// known heading the row must agree with the heading.
    /// </summary>
    /// <param name="corpusFolder">The folder the labels' document paths are relative to (as in <see cref="Load(string)"/>).</param>
    /// <param name="labels">The labels file.</param>
    /// <exception cref="CampaignTextException">The labels file is missing or malformed, names an unknown category, a missing document or a paragraph out of range; the message names the file and line.</exception>
    public static IReadOnlyList<LabeledParagraph> Load(string corpusFolder, string labels)
    {
        ArgumentNullException.ThrowIfNull(corpusFolder);
        ArgumentNullException.ThrowIfNull(labels);
        if (!File.Exists(labels)) throw new CampaignTextException("labels file not found", labels);
        string folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusFolder)));
        var pipeline = new CampaignPipelineBuilder().WithoutExtraction().WithoutClassification().Build();
        var documents = new Dictionary<string, BulletinDocument>(StringComparer.Ordinal);
        var result = new List<LabeledParagraph>();
        var seen = new HashSet<(string, int)>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(labels))
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (line.TrimStart('\uFEFF').Trim() != "document,paragraph,category") throw new CampaignTextException("header must be 'document,paragraph,category'", labels, 1);
                continue;
            }

            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 3 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out int index) || cells[2].Length == 0)
            {
                throw new CampaignTextException("expected 'document,paragraph,category' with a paragraph number", labels, lineNumber);
            }

            string document = cells[0];
            if (!seen.Add((document, index))) throw new CampaignTextException($"paragraph {index} of {document} is labelled twice", labels, lineNumber);
            if (!documents.TryGetValue(document, out var parsed))
            {
                string relative = document.Replace('/', Path.DirectorySeparatorChar);
                string prefix = folderName + Path.DirectorySeparatorChar;
                string path = relative.StartsWith(prefix, StringComparison.Ordinal)
                    ? Path.Combine(corpusFolder, relative[prefix.Length..])
                    : Path.Combine(corpusFolder, relative);
                if (!File.Exists(path)) throw new CampaignTextException($"document {document} not found", labels, lineNumber);
                documents[document] = parsed = pipeline.AnalyzeFile(path).Document;
            }

            var (section, paragraph) = Find(parsed, index);
            if (paragraph is null || section is null)
            {
                throw new CampaignTextException($"{document} has no paragraph {index}", labels, lineNumber);
            }

            string category = cells[2];
            if (!KnownCategories.Contains(category))
            {
                throw new CampaignTextException($"unknown category '{category}' (expected one of {string.Join(", ", ClassifierTrainerOptions.CoreCategories)} or a section category id)", labels, lineNumber);
            }

            // Under a known heading the heading decides; elsewhere (headless pages, unknown headings) the
            // label is the labeller's reading of what the paragraph does.
            bool headless = section.Category == SectionCategories.Other;
            if (!headless && section.Category != category)
            {
                throw new CampaignTextException(
                    $"paragraph {index} of {document} is labelled {category} but sits under 【{section.Heading}】 ({section.Category})", labels, lineNumber);
            }

            result.Add(new LabeledParagraph(document, index, paragraph.Text, category)
            {
                Context = ContextOf(parsed, section, index),
                Article = ArticleOf(parsed, index),
                Headless = headless,
            });
        }

        return [.. result.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Index)];
    }

    private static readonly HashSet<string> KnownCategories =
        [.. ClassifierTrainerOptions.CoreCategories, .. SectionCategories.Headings.Values, SectionCategories.Other];

    // The context the pipeline gives the classifier: the article's title (the document's on a headless
    // page), the heading when it is not a core one, the paragraph's place in its article.
    private static ParagraphContext ContextOf(BulletinDocument document, Section section, int index)
    {
        foreach (var article in section.Articles)
        {
            for (int i = 0; i < article.Paragraphs.Count; i++)
            {
                if (article.Paragraphs[i].Index != index) continue;
                string? heading = ClassifierTrainerOptions.CoreCategories.Contains(section.Category) ? null : section.Heading;
                return new ParagraphContext(article.Title ?? document.Title, heading, i, article.Paragraphs.Count) { Part = article.Paragraphs[i].Part };
            }
        }

        return ParagraphContext.None;
    }

    // The index of the article holding paragraph index, counting the articles of all sections in order; -1 when none.
    private static int ArticleOf(BulletinDocument document, int index)
    {
        int n = 0;
        foreach (var section in document.Sections)
        {
            foreach (var article in section.Articles)
            {
                if (article.Paragraphs.Any(p => p.Index == index)) return n;
                n++;
            }
        }

        return -1;
    }

    private static (Section? Section, Paragraph? Paragraph) Find(BulletinDocument document, int index)
    {
        foreach (var section in document.Sections)
        {
            foreach (var article in section.Articles)
            {
                foreach (var paragraph in article.Paragraphs)
                {
                    if (paragraph.Index == index) return (section, paragraph);
                }
            }
        }

        return (null, null);
    }
}
