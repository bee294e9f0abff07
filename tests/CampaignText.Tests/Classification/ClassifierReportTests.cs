using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

public sealed class ClassifierReportTests
{
    [Fact]
    public void MetricsMatchAHandCount()
    {
        // a: 3 true, predicted a,a,b; b: 2 true, predicted b,c; c: 1 true, predicted c.
        string[] actual = ["a", "a", "a", "b", "b", "c"];
        string[] predicted = ["a", "a", "b", "b", "c", "c"];
        var report = new ClassifierReport("test", ["a", "b", "c"], actual, predicted);
        Assert.Equal(4.0 / 6, report.Accuracy, 9);
        var a = report.PerClass[0];
        Assert.Equal((1.0, 2.0 / 3), (a.Precision, a.Recall));
        Assert.Equal(0.8, a.F1, 9);
        var b = report.PerClass[1];
        Assert.Equal((0.5, 0.5, 0.5, 2), (b.Precision, b.Recall, b.F1, b.Support));
        var c = report.PerClass[2];
        Assert.Equal((0.5, 1.0), (c.Precision, c.Recall));
        Assert.Equal(2.0 / 3, c.F1, 9);
        Assert.Equal((0.8 + 0.5 + 2.0 / 3) / 3, report.MacroF1, 9);
        Assert.Equal(2, report.Confusion(0, 0));
        Assert.Equal(1, report.Confusion(0, 1));
        Assert.Equal(1, report.Confusion(1, 2));
        Assert.Equal(0, report.Confusion(2, 0));
        Assert.Contains("macro-F1 0.656", report.ToText());
    }

    [Fact]
    public void AClassNeverPredictedHasZeroPrecisionNotNaN()
    {
        var report = new ClassifierReport("m", ["a", "b"], ["a", "b"], ["a", "a"]);
        Assert.Equal(0, report.PerClass[1].Precision);
        Assert.Equal(0, report.PerClass[1].F1);
        Assert.False(double.IsNaN(report.MacroF1));
    }

    [Fact]
    public void AnUnknownTrueCategoryOrLengthMismatchIsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ClassifierReport("m", ["a"], ["z"], ["a"]));
        Assert.Throws<ArgumentException>(() => new ClassifierReport("m", ["a"], ["a"], []));
    }
}
