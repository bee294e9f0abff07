using System.Text.Json.Nodes;

namespace CampaignText.Tests.Structure;

/// <summary>
/// Compares an expected JSON fragment with actual JSON: every key of an expected object must be in the
/// actual object with a matching value; arrays must have the same length and match item by item;
/// scalars and nulls must be equal.
/// </summary>
internal static class JsonFragment
{
    /// <summary>Returns the differences, each with its JSON path; empty when the fragment matches.</summary>
    public static List<string> Compare(JsonNode? expected, JsonNode? actual, string path = "$", ISet<string>? ignoredKeys = null)
    {
        var problems = new List<string>();
        Walk(expected, actual, path, ignoredKeys, problems);
        return problems;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, ISet<string>? ignored, List<string> problems)
    {
        switch (expected)
        {
            case JsonObject eo:
                if (actual is not JsonObject ao)
                {
                    problems.Add($"{path}: expected an object, got {Show(actual)}");
                    return;
                }

                foreach (var (key, value) in eo)
                {
                    if (ignored?.Contains(key) == true)
                    {
                        continue;
                    }

                    if (!ao.TryGetPropertyValue(key, out var actualValue))
                    {
                        problems.Add($"{path}.{key}: missing");
                        continue;
                    }

                    Walk(value, actualValue, $"{path}.{key}", ignored, problems);
                }

                return;
            case JsonArray ea:
                if (actual is not JsonArray aa)
                {
                    problems.Add($"{path}: expected an array, got {Show(actual)}");
                    return;
                }

                if (ea.Count != aa.Count)
                {
                    problems.Add($"{path}: expected {ea.Count} items, got {aa.Count}: {Show(aa)}");
                }

                for (var i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                {
                    Walk(ea[i], aa[i], $"{path}[{i}]", ignored, problems);
                }

                return;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    problems.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                return;
        }
    }

    private static string Show(JsonNode? node)
    {
        var s = node?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return s.Length > 300 ? s[..300] + "…" : s;
    }
}
