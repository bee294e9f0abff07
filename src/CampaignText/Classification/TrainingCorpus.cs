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
        string labels = Path.Combine(corpusFolder, LabelsFile);
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

            if (section.Category != cells[2])
            {
                throw new CampaignTextException(
                    $"paragraph {index} of {document} is labelled {cells[2]} but sits under 【{section.Heading}】 ({section.Category})", labels, lineNumber);
            }

            result.Add(new LabeledParagraph(document, index, paragraph.Text, cells[2]));
        }

        return [.. result.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Index)];
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
