using System.CommandLine;
using CampaignText.Classification;
using CampaignText.Pipeline;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>--model FILE</c> of <c>analyze</c> and <c>index</c>: label paragraphs with a model saved by
/// <c>campaigntext train</c> instead of the embedded one.
/// </summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model")
    {
        Description = "A paragraph model saved by 'campaigntext train' (default: the embedded model).",
    };

    /// <summary>The pipeline for a --model value: the shared default one when null.</summary>
    /// <exception cref="CampaignTextException">The model file is missing, not a model zip, truncated or of another schema; the message names the file.</exception>
    public static CampaignPipeline Pipeline(string? model) =>
        model is null ? CampaignPipeline.CreateDefault() : new CampaignPipelineBuilder().UseClassifier(ParagraphClassifier.Load(model)).Build();
}
