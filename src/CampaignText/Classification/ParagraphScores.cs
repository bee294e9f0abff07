namespace CampaignText.Classification;

/// <summary>The score column the ML.NET model writes: one probability per category, in key order.</summary>
internal sealed class ParagraphScores
{
    /// <summary>The probabilities.</summary>
    public float[] Score { get; set; } = [];
}
