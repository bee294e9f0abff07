namespace CampaignText.Extraction.Measures;

/// <summary>A campaign measure: what was done (type from the taxonomy), the verb and what it acted on.</summary>
/// <param name="Text">The surface form, from the trigger to the end of the object.</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset (UTF-16, exclusive).</param>
/// <param name="Type">The measure type (meeting, inspection, rectification, volunteer, publicity, training, evaluation, guidance, practice…).</param>
/// <param name="Trigger">The verb (开展, 召开, 检查…).</param>
/// <param name="Object">The phrase acted on (专项整治行动, 社区); null when none.</param>
public sealed record MeasureMention(string Text, int Start, int End, string Type, string Trigger, string? Object) : Mention(Text, Start, End)
{
    /// <inheritdoc />
    public override MentionKind Kind => MentionKind.Measure;
}
