namespace CampaignText.Pipeline;

/// <summary>How far a batch has come, reported after each result is handed out (in input order).</summary>
/// <param name="Completed">Results handed out so far, failures included.</param>
/// <param name="Failed">Failures among them.</param>
/// <param name="Path">The file of the latest result.</param>
public readonly record struct AnalysisProgress(int Completed, int Failed, string Path);
