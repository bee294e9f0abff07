using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignText.Classification;

/// <summary>
/// What a saved paragraph model says about itself, stored as <see cref="EntryName"/> inside the model
/// zip next to ML.NET's own entries. <see cref="SchemaVersion"/> changes whenever the featuriser or the
/// row schema changes, so an old model is refused instead of scoring garbage.
/// </summary>
internal sealed record ModelManifest(
    int SchemaVersion,
    string Algorithm,
    string Features,
    int Seed,
    IReadOnlyList<string> Categories,
    int Examples)
{
    /// <summary>The schema version this build of the library writes and reads.</summary>
    public const int CurrentSchemaVersion = 3;

    /// <summary>
    /// The oldest schema version this build still reads: version 2 models have no context column and
    /// score as before (version 3 added the row's <c>Context</c> column and the context block).
    /// </summary>
    public const int OldestReadableSchemaVersion = 2;

    /// <summary>The zip entry that holds the manifest.</summary>
    public const string EntryName = "CampaignText/paragraph-classifier.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The manifest as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads a manifest; null when the JSON does not hold one.</summary>
    public static ModelManifest? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ModelManifest>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
