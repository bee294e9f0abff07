using System.Globalization;
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
        string extension = method.GetCustomAttribute<SpecTheoryAttribute>()?.Extension ?? "json";
        return $"{folder}/{KebabCase(method.Name)}.{extension}";
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
        if (relativePath.EndsWith(".tsv", StringComparison.Ordinal)) return Table(relativePath, File.ReadLines(path, Encoding.UTF8));
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

    /// <summary>
    /// The row of a table spec file (<c>Extension = "tsv"</c>) with the given id: its line and its columns, unescaped;
    /// fails the test when the row has fewer than <paramref name="columns"/> columns.
    /// </summary>
    public static (int Line, string[] Columns) Row(Type testClass, string methodName, string id, int columns)
    {
        var c = Find(testClass, methodName, id);
        string[] cells = [.. c["columns"]!.AsArray().Select(static v => v!.GetValue<string>())];
        int line = c["line"]!.GetValue<int>();
        Assert.True(cells.Length >= columns, $"line {line}: expected {columns} columns, found {cells.Length}");
        return (line, cells);
    }

    /// <summary>The case of a <see cref="SpecTheoryAttribute"/> method with the given id.</summary>
    public static JsonObject Find(Type testClass, string methodName, string id) =>
        Find(RelativePath(testClass, testClass.GetMethod(methodName) ?? throw new MissingMethodException(testClass.Name, methodName)), id);

    /// <summary>The rows of a table spec file as cases: <c>line</c> and <c>columns</c>.</summary>
    internal static List<(string Id, string? Skip, JsonObject Case)> Table(string relativePath, IEnumerable<string> lines)
    {
        var result = new List<(string, string?, JsonObject)>();
        string? skip = null;
        int lineNo = 0;
        foreach (string line in lines)
        {
            lineNo++;
            if (line.StartsWith("#skip:", StringComparison.Ordinal))
            {
                skip = line["#skip:".Length..].Trim();
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = new JsonArray([.. line.Split('\t').Select(static c => (JsonNode?)JsonValue.Create(Unescape(c)))]);
            // The id shows the first column as written (escapes kept): a lone surrogate would not survive as a test name.
            string first = line.Split('\t')[0];
            if (first.Length > 40) first = first[..(char.IsHighSurrogate(first[39]) ? 39 : 40)] + "…";
            result.Add(($"line {lineNo:D3}: {first}", skip, new JsonObject { ["line"] = lineNo, ["columns"] = cells }));
            skip = null;
        }

        if (skip is not null) throw new InvalidDataException($"Specs/{relativePath}: a #skip line with no row after it");
        return result;
    }

    /// <summary>Reads the escapes of a table cell: \t \r \n \\ \uXXXX \UXXXXXXXX; any other backslash stays.</summary>
    public static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\' || i + 1 >= s.Length)
            {
                sb.Append(s[i]);
                continue;
            }

            char e = s[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                    sb.Append((char)int.Parse(s.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(s.AsSpan(i + 1, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i += 8;
                    break;
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Id(JsonObject c, int index)
    {
        if (c["name"] is JsonValue n && n.TryGetValue(out string? name) && name.Length > 0) return name;
        string text = c["text"] is JsonValue t && t.TryGetValue(out string? s) ? s : c["input"]?.ToJsonString() ?? "";
        text = text.ReplaceLineEndings(" ");
        if (text.Length > 40) text = text[..40] + "…";
        return $"{index + 1:D3} {text}";
    }
}
