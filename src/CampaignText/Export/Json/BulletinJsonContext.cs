using System.Text.Json.Serialization;

namespace CampaignText.Export.Json;

/// <summary>Source-generated serialization metadata for the JSON contract.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(BulletinJson))]
internal sealed partial class BulletinJsonContext : JsonSerializerContext;
