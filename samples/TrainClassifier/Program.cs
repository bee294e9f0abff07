// Trains a paragraph classifier on a labelled corpus (a folder with labels.csv), cross-validates it
// with folds grouped by bulletin next to the majority baseline, saves it, and labels a paragraph with
// the saved model.
// dotnet run --project samples/TrainClassifier -- corpus [MODEL.zip]
using CampaignText.Classification;
using CampaignText.Pipeline;

string corpus = args.Length > 0 ? args[0] : "corpus";
string modelPath = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "paragraph-classifier.zip");

IReadOnlyList<LabeledParagraph> examples = TrainingCorpus.Load(corpus);
Console.WriteLine($"examples: {examples.Count} paragraphs of {examples.Select(e => e.Document).Distinct().Count()} bulletins");

var trainer = new ClassifierTrainer(new ClassifierTrainerOptions { Seed = 1 });
ClassifierReport majority = trainer.CrossValidateMajority(examples, folds: 3);
ClassifierReport report = trainer.CrossValidate(examples, folds: 3);
Console.WriteLine($"macro-F1: {report.MacroF1:0.000} (majority baseline {majority.MacroF1:0.000})");

ParagraphClassifier classifier = trainer.Train(examples);
classifier.Save(modelPath);
ParagraphClassifier loaded = ParagraphClassifier.Load(modelPath);

// A model of one's own replaces the embedded one in the pipeline.
CampaignPipeline pipeline = new CampaignPipelineBuilder().UseClassifier(loaded).Build();
// A paragraph under a core heading (【检查督导】) takes the heading's label; on a page without headings
// the model decides, reading the paragraph with its title, part heading and position.
BulletinAnalysis analysis = pipeline.Analyze("关于商圈周边环境暗访情况的通报\n\n区创城办督导组对商圈周边环境开展暗访检查，发现问题12处，已全部交办属地限期整改。\n", "sample");
ParagraphLabel? label = analysis.LabelOf(0);
Console.WriteLine($"label: {label?.Category} {label?.Confidence:0.00} ({label?.Source})");
return label is null ? 1 : 0;
