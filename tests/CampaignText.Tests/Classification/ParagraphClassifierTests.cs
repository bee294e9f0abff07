using System.IO.Compression;
using CampaignText.Classification;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Classification;

[UsesSpecFiles("Classification/paragraphs.tsv")]
public sealed class ParagraphClassifierTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("campaigntext-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Specs/Classification/paragraphs.tsv: invented paragraphs, expected category TAB text.</summary>
    public static TheoryData<string, string> SpecParagraphs()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in SpecFiles.ReadLines("Classification/paragraphs.tsv").Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }

        return data;
    }

    [Fact]
    public void TheEmbeddedModelLoadsWithTheCoreCategories()
    {
        var model = ParagraphClassifier.Embedded;
        Assert.Same(model, ParagraphClassifier.Embedded);
        Assert.Equal(ClassifierTrainerOptions.CoreCategories, model.Categories);
        Assert.Equal("maxent+nb", model.Algorithm);
        Assert.True(model.TrainingExamples >= 400);
    }

    [Fact]
    public void TheEmbeddedModelLabelsInventedParagraphs()
    {
        // 20 paragraphs written for this test (4 per category), in the style of the corpus but sharing no
        // sentence with it. Grouped cross-validation on the corpus gives about 0.92 accuracy, with
        // creation the weakest class (about 0.83 F1); 16 of 20 (0.8) leaves room for the expected
        // creation/exchange/dispatch confusions while failing a model that has lost any one class.
        var cases = SpecParagraphs();
        int right = 0, total = 0;
        var misses = new List<string>();
        foreach (var row in cases)
        {
            string expected = (string)row[0], text = (string)row[1];
            var label = ParagraphClassifier.Embedded.Predict(text);
            Assert.NotNull(label);
            Assert.InRange(label.Confidence, 0.0, 1.0);
            total++;
            if (label.Category == expected) right++;
            else misses.Add($"{expected} → {label.Category} ({label.Confidence:0.00}): {text[..20]}");
        }

        Assert.Equal(20, total);
        Assert.True(right >= 16, $"{right}/{total} right; misses:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void BriefsAreRecognisedEveryTime()
    {
        // Short news items are the easiest class (F1 about 0.99 in cross-validation).
        foreach (var row in SpecParagraphs().Where(r => (string)r[0] == "briefs"))
        {
            Assert.Equal("briefs", ParagraphClassifier.Embedded.Predict((string)row[1])!.Category);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\u3000")]
    public void EmptyTextGetsNoLabel(string text)
    {
        Assert.Null(ParagraphClassifier.Embedded.Predict(text));
        Assert.Empty(ParagraphClassifier.Embedded.Probabilities(text));
        Assert.Equal([null, null], ParagraphClassifier.Embedded.PredictMany([text, text]));
        Assert.Null(new CampaignPipelineBuilder().Build().Classifier!.Predict(text));
    }

    [Fact]
    public void PredictManyAgreesWithPredict()
    {
        var texts = SpecParagraphs().Select(r => (string)r[1]).Append("").ToArray();
        var many = ParagraphClassifier.Embedded.PredictMany(texts);
        Assert.Equal(texts.Select(ParagraphClassifier.Embedded.Predict), many);
    }

    [Fact]
    public void ProbabilitiesSumToOneAndTheLabelIsTheirMaximum()
    {
        foreach (var row in SpecParagraphs())
        {
            var p = ParagraphClassifier.Embedded.Probabilities((string)row[1]);
            Assert.Equal(5, p.Count);
            Assert.Equal(1.0, p.Sum(), 3);
            var label = ParagraphClassifier.Embedded.Predict((string)row[1])!;
            Assert.Equal(ParagraphClassifier.Embedded.Categories[p.ToList().IndexOf(p.Max())], label.Category);
            Assert.Equal(Math.Round(p.Max(), 4), label.Confidence, 6);
        }
    }

    [Fact]
    public void EightThreadsGiveTheSameLabelsAsOne()
    {
        var texts = SpecParagraphs().Select(r => (string)r[1]).ToArray();
        var sequential = texts.Select(ParagraphClassifier.Embedded.Predict).ToArray();
        var results = new ParagraphLabel?[8][];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var mine = new ParagraphLabel?[texts.Length * 5];
            for (int round = 0; round < 5; round++)
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    int k = (i + t * 3) % texts.Length; // each thread in its own order
                    mine[round * texts.Length + k] = ParagraphClassifier.Embedded.Predict(texts[k]);
                }
            }

            results[t] = mine;
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        foreach (var mine in results)
        {
            for (int round = 0; round < 5; round++)
            {
                Assert.Equal(sequential, mine.Skip(round * texts.Length).Take(texts.Length));
            }
        }
    }

    [Fact]
    public void ASavedModelLoadsBackAndPredictsTheSame()
    {
        string path = Path.Combine(_dir, "sub", "model.zip");
        ParagraphClassifier.Embedded.Save(path);
        var loaded = ParagraphClassifier.Load(path);
        var texts = SpecParagraphs().Select(r => (string)r[1]).ToArray();
        Assert.Equal(texts.Select(ParagraphClassifier.Embedded.Predict), texts.Select(loaded.Predict));
        Assert.Equal(ParagraphClassifier.Embedded.Categories, loaded.Categories);
    }

    [Fact]
    public void AMissingModelFileIsNamed()
    {
        string path = Path.Combine(_dir, "nowhere.zip");
        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.Equal(path, ex.File);
        Assert.Contains(path, ex.Message);
        Assert.Contains("not found", ex.Message);
    }

    [Fact]
    public void AFileThatIsNotAZipIsNamed()
    {
        string path = Path.Combine(_dir, "garbage.zip");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37))]);
        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.StartsWith(path + ": ", ex.Message);
    }

    [Fact]
    public void AZipWithoutAManifestIsNamed()
    {
        string path = Path.Combine(_dir, "other.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) zip.CreateEntry("readme.txt");
        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.StartsWith(path + ": ", ex.Message);
        Assert.Contains("no manifest", ex.Message);
    }

    [Fact]
    public void AModelOfAnotherSchemaVersionIsRefused()
    {
        string path = Path.Combine(_dir, "old.zip");
        ParagraphClassifier.Embedded.Save(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(ModelManifest.EntryName)!;
            string json;
            using (var reader = new StreamReader(entry.Open())) json = reader.ReadToEnd();
            entry.Delete();
            var changed = zip.CreateEntry(ModelManifest.EntryName);
            using var writer = new StreamWriter(changed.Open());
            writer.Write(json.Replace($"\"schemaVersion\": {ModelManifest.CurrentSchemaVersion}", "\"schemaVersion\": 99", StringComparison.Ordinal));
        }

        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.StartsWith(path + ": ", ex.Message);
        Assert.Contains("schema version 99", ex.Message);
    }

    [Fact]
    public void AModelWithADamagedEntryIsNamed()
    {
        string path = Path.Combine(_dir, "damaged.zip");
        ParagraphClassifier.Embedded.Save(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            // Keep the manifest, replace ML.NET's biggest entry with junk.
            var victim = zip.Entries.Where(e => e.FullName != ModelManifest.EntryName).MaxBy(e => e.Length)!;
            string name = victim.FullName;
            victim.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write([1, 2, 3, 4, 5, 6, 7, 8]);
        }

        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.StartsWith(path + ": ", ex.Message);
    }

    [Fact]
    public void ATruncatedModelIsNamed()
    {
        string path = Path.Combine(_dir, "cut.zip");
        using (var buffer = new MemoryStream())
        {
            ParagraphClassifier.Embedded.Save(buffer);
            File.WriteAllBytes(path, buffer.ToArray()[..(int)(buffer.Length / 2)]);
        }

        var ex = Assert.Throws<CampaignTextException>(() => ParagraphClassifier.Load(path));
        Assert.StartsWith(path + ": ", ex.Message);
    }

    [Fact]
    public void TheDefaultPipelineLabelsEveryProseParagraph()
    {
        string path = Path.Combine(SpecFiles.RepoRoot, "corpus", "2019", "dongcheng-2019-014.txt");
        var analysis = CampaignPipeline.CreateDefault().AnalyzeFile(path);
        foreach (var paragraph in analysis.Document.Paragraphs)
        {
            var label = analysis.Labels[paragraph.Index];
            Assert.NotNull(label);
            Assert.Contains(label.Category, ClassifierTrainerOptions.CoreCategories);
        }
    }
}
