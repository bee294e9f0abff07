using System.Globalization;
using CampaignText.Classification;

namespace CampaignText.Tests.Classification;

[UsesSpecFiles("Classification/calibration.tsv")]
public sealed class CalibrationTests
{
    [Fact]
    public void ExpectedCalibrationErrorMatchesAHandCount()
    {
        // Specs/Classification/calibration.tsv: predictions and, in its "#!" line, the figures worked out by hand.
        var lines = SpecFiles.ReadLines("Classification/calibration.tsv").ToList();
        var expected = lines.Single(l => l.StartsWith("#!", StringComparison.Ordinal))[2..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
        var rows = lines.Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var report = new ClassifierReport("calibration", ["a", "b", "c"], [.. rows.Select(r => r[0])], [.. rows.Select(r => r[1])],
            [.. rows.Select(r => double.Parse(r[2], CultureInfo.InvariantCulture))]);
        Assert.Equal(expected["ece"], report.ExpectedCalibrationError!.Value, 9);
        Assert.Equal((int)expected["high"], report.HighConfidenceCount);
        Assert.Equal(expected["highAccuracy"], report.HighConfidenceAccuracy!.Value, 9);
        Assert.Contains("calibration: ECE 0.201", report.ToText());
    }

    [Fact]
    public void WithoutConfidencesThereIsNoCalibration()
    {
        var report = new ClassifierReport("plain", ["a", "b"], ["a", "b"], ["a", "a"]);
        Assert.Null(report.ExpectedCalibrationError);
        Assert.Null(report.HighConfidenceAccuracy);
        Assert.DoesNotContain("calibration", report.ToText());
        Assert.Throws<ArgumentException>(() => new ClassifierReport("x", ["a"], ["a", "a"], ["a", "a"], [0.5]));
    }

    [Fact]
    public void APerfectlyConfidentRightModelHasNoCalibrationError()
    {
        var report = new ClassifierReport("sure", ["a", "b"], ["a", "b", "a"], ["a", "b", "a"], [1.0, 1.0, 1.0]);
        Assert.Equal(0, report.ExpectedCalibrationError!.Value, 12);
        Assert.Equal(1.0, report.HighConfidenceAccuracy);
    }
}
