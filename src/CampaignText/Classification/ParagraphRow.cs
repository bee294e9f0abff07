namespace CampaignText.Classification;

/// <summary>One paragraph as the ML.NET pipeline sees it: featuriser output plus the label column.</summary>
internal sealed class ParagraphRow
{
    /// <summary>The paragraph's characters for the character n-grams (whitespace dropped, digits folded to 0).</summary>
    public string Text { get; set; } = "";

    /// <summary>The campaign segmenter's words, joined by single spaces.</summary>
    public string Words { get; set; } = "";

    /// <summary>How the paragraph opens: <see cref="ParagraphFeaturizer.Lead"/> of its characters.</summary>
    public string Lead { get; set; } = "";

    /// <summary>What surrounds the paragraph: <see cref="ParagraphFeaturizer.Context"/> of its title, heading and position.</summary>
    public string Context { get; set; } = "";

    /// <summary>The category id; empty when predicting.</summary>
    public string Category { get; set; } = "";
}
