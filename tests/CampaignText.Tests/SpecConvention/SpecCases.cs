using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;

namespace CampaignText.Tests;

/// <summary>
/// Loads the cases of a convention spec file: a JSON array of case objects, or an object whose
/// <c>cases</c> property is that array. Ids are the case's <c>name</c>, or its number and text.
/// </summary>
internal static class SpecCases
{
    /// <summary>The spec file of a <see cref="SpecTheoryAttribute"/> method, relative to Specs/ with '/' separators.</summary>
    public static string RelativePath(Type testClass, MethodInfo method)
    {
        string folder = testClass.GetCustomAttribute<SpecFolderAttribute>()?.Folder
            ?? testClass.Namespace?.Split('.')[^1]
            ?? throw new InvalidOperationException($"{testClass.Name} has no namespace to take a spec folder from");
        return $"{folder}/{KebabCase(method.Name)}.json";
    }

    /// <summary><c>OrganizationNames</c> → <c>organization-names</c>.</summary>
    public static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>The cases of a spec file in order, each with its id and skip reason (null when it runs).</summary>
    public static IReadOnlyList<(string Id, string? Skip, JsonObject Case)> Load(string relativePath)
    {
        string path = SpecFiles.PathOf(relativePath);
        if (!File.Exists(path)) throw new FileNotFoundException($"spec file missing: Specs/{relativePath}", path);
        JsonNode? root = JsonNode.Parse(File.ReadAllText(path));
        JsonArray cases = root switch
        {
            JsonArray a => a,
            JsonObject o when o["cases"] is JsonArray a => a,
            _ => throw new InvalidDataException($"Specs/{relativePath}: expected an array of cases or an object with \"cases\""),
        };
        var result = new List<(string, string?, JsonObject)>(cases.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject c) throw new InvalidDataException($"Specs/{relativePath}: case {i + 1} is not an object");
            string id = Id(c, i);
            if (!seen.Add(id)) throw new InvalidDataException($"Specs/{relativePath}: two cases have the id \"{id}\"");
            string? skip = c["skip"] is JsonValue s && s.TryGetValue(out string? reason) ? reason : null;
            result.Add((id, skip, c));
        }

        return result;
    }

    /// <summary>The case of a file with the given id.</summary>
    public static JsonObject Find(string relativePath, string id) =>
        Load(relativePath).FirstOrDefault(c => c.Id == id).Case ?? throw new KeyNotFoundException($"Specs/{relativePath}: no case \"{id}\"");

    /// <summary>The case of a <see cref="SpecTheoryAttribute"/> method with the given id.</summary>
    public static JsonObject Find(Type testClass, string methodName, string id) =>
        Find(RelativePath(testClass, testClass.GetMethod(methodName) ?? throw new MissingMethodException(testClass.Name, methodName)), id);

    private static string Id(JsonObject c, int index)
    {
        if (c["name"] is JsonValue n && n.TryGetValue(out string? name) && name.Length > 0) return name;
        string text = c["text"] is JsonValue t && t.TryGetValue(out string? s) ? s : c["input"]?.ToJsonString() ?? "";
        text = text.ReplaceLineEndings(" ");
        if (text.Length > 40) text = text[..40] + "…";
        return $"{index + 1:D3} {text}";
    }
}
