using CampaignText.Classification;
using CampaignText.Export.Json;
using CampaignText.Pipeline;
using System.Text.Json.Nodes;

namespace CampaignText.Tests.Classification;

[UsesSpecFiles("Classification/heading-labels.tsv", "Classification/heading-labels.txt")]
public sealed class LabelSourceTests
{
    /// <summary>Specs/Classification/heading-labels.tsv: paragraph index, expected category (* for any core one), labelSource.</summary>
    public static TheoryData<int, string, string> Expected()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var line in SpecFiles.ReadLines("Classification/heading-labels.tsv").Where(l => !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            data.Add(int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), cells[1], cells[2]);
        }

        return data;
    }

    private static BulletinAnalysis Analyze() =>
        CampaignPipeline.CreateDefault().AnalyzeFile(SpecFiles.PathOf("Classification/heading-labels.txt"));

    [Theory]
    [MemberData(nameof(Expected))]
    public void ACoreHeadingDecidesTheLabelAndTheJsonSaysSo(int index, string category, string source)
    {
        var analysis = Analyze();
        var label = analysis.LabelOf(index);
        Assert.NotNull(label);
        Assert.Equal(source, label.Source == LabelSource.Heading ? "heading" : "model");
        if (category == "*") Assert.Contains(label.Category, ClassifierTrainerOptions.CoreCategories);
        else Assert.Equal(category, label.Category);
        if (source == "heading") Assert.Equal(1.0, label.Confidence);

        var json = JsonNode.Parse(new BulletinJsonWriter().ToJson(analysis))!;
        var paragraph = json["sections"]!.AsArray().SelectMany(s => s!["articles"]!.AsArray()).SelectMany(a => a!["paragraphs"]!.AsArray())
            .Single(p => p!["index"]!.GetValue<int>() == index)!;
        Assert.Equal(source, paragraph["labelSource"]!.GetValue<string>());
        Assert.Equal(label.Category, paragraph["category"]!.GetValue<string>());
    }

    [Fact]
    public void TheHeadingWinsOverTheModel()
    {
        // A classifier that always answers "briefs": paragraphs under core headings must not ask it.
        var pipeline = new CampaignPipelineBuilder().UseClassifier(new Always("briefs")).Build();
        var analysis = pipeline.AnalyzeFile(SpecFiles.PathOf("Classification/heading-labels.txt"));
        Assert.Equal("exchange", analysis.LabelOf(0)!.Category);
        Assert.Equal("dispatch", analysis.LabelOf(1)!.Category);
        Assert.Equal(("briefs", LabelSource.Model), (analysis.LabelOf(2)!.Category, analysis.LabelOf(2)!.Source));
    }

    [Fact]
    public void TheModelSeesTheTitleTheUnknownHeadingAndThePosition()
    {
        var seen = new Always("creation");
        new CampaignPipelineBuilder().UseClassifier(seen).Build().AnalyzeFile(SpecFiles.PathOf("Classification/heading-labels.txt"));
        var context = Assert.Single(seen.Contexts);
        Assert.Equal(new ParagraphContext("外地城市整治背街小巷的做法", "他山之石", 0, 1), context);
    }

    [Theory]
    [InlineData("一")]
    [InlineData(" x ")]
    [InlineData("\u3000好\n")]
    public void OneCharacterGetsNoLabel(string text)
    {
        Assert.Null(ParagraphClassifier.Embedded.Predict(text));
        Assert.Null(ParagraphClassifier.Embedded.Predict(text, new ParagraphContext("区创城办召开调度会", null, 0, 1)));
        Assert.Equal([null], ParagraphClassifier.Embedded.PredictMany([text]));
    }

    private sealed class Always(string category) : IParagraphClassifier
    {
        public List<ParagraphContext> Contexts { get; } = [];

        public ParagraphLabel? Predict(string text) => new(category, 0.5);

        public ParagraphLabel? Predict(string text, ParagraphContext context)
        {
            lock (Contexts) Contexts.Add(context);
            return new(category, 0.5);
        }
    }
}
