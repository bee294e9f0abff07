using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using CampaignText.Pipeline;

namespace CampaignText.Tests.PublicApi;

/// <summary>
/// The public surface of the CampaignText and CampaignText.Segmentation assemblies, compared with the committed list in
/// Specs/PublicApi/public-api.txt so that every change to it is deliberate.
/// </summary>
[UsesSpecFiles("PublicApi/public-api.txt")]
public class PublicApiTests
{
    private const string UpdateVariable = "CAMPAIGNTEXT_UPDATE_API";
    private const string ListPath = "tests/CampaignText.Tests/Specs/PublicApi/public-api.txt";

    [Fact]
    public void PublicSurfaceMatchesTheCommittedList()
    {
        string actual = PublicApiLister.Describe(typeof(CampaignPipeline).Assembly, typeof(CampaignText.Segmentation.JiebaSegmenter).Assembly);
        string path = Path.Combine(SpecFiles.RepoRoot, ListPath);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        string expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual) return;

        var expectedLines = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var added = actualLines.Where(l => !expectedLines.Contains(l)).Take(40).Select(l => "+ " + l);
        var removed = expectedLines.Where(l => !actualLines.Contains(l)).Take(40).Select(l => "- " + l);
        Assert.Fail(
            $"The public API of CampaignText differs from {ListPath}.\n" +
            string.Join('\n', added.Concat(removed)) + "\n" +
            "If the change is deliberate, regenerate the list and commit it:\n" +
            $"  {UpdateVariable}=1 dotnet test tests/CampaignText.Tests -c Release --filter FullyQualifiedName~PublicApiTests");
    }

    [Fact]
    public void ListerSeesPublicMembersAndNotInternalOnes()
    {
        string api = PublicApiLister.Describe(typeof(CampaignPipeline).Assembly, typeof(CampaignText.Segmentation.JiebaSegmenter).Assembly);
        Assert.Contains("class CampaignText.Pipeline.CampaignPipeline", api, StringComparison.Ordinal);
        Assert.Contains("  method static CampaignText.Pipeline.CampaignPipeline CreateDefault()", api, StringComparison.Ordinal);
        Assert.Contains("  property string? HomeDistrict { get; init; }", api, StringComparison.Ordinal);
        Assert.DoesNotContain("TextAnalysis", api, StringComparison.Ordinal);
        Assert.DoesNotContain("DataTable", api, StringComparison.Ordinal);
    }
}

/// <summary>Writes one line per public type and per public or protected member, sorted.</summary>
internal static class PublicApiLister
{
    private static readonly NullabilityInfoContext Nullability = new();

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(params Assembly[] assemblies)
    {
        var sb = new StringBuilder();
        foreach (Type type in assemblies.SelectMany(a => a.GetTypes()).Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            foreach (string member in Members(type).Order(StringComparer.Ordinal)) sb.Append("  ").Append(member).Append('\n');
        }
        return sb.ToString();
    }

    private static bool IsVisible(Type t)
    {
        if (t.IsNested) return (t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem) && IsVisible(t.DeclaringType!);
        return t.IsPublic;
    }

    private static bool IsVisible(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);

    private static string TypeHeader(Type t)
    {
        string kind;
        if (t.IsEnum) kind = "enum";
        else if (t.IsInterface) kind = "interface";
        else if (t.IsValueType) kind = (t.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : "") + (IsRecord(t) ? "record struct" : "struct");
        else if (t.IsSubclassOf(typeof(Delegate))) kind = "delegate";
        else
        {
            kind = t.IsAbstract && t.IsSealed ? "static class" : (t.IsAbstract ? "abstract " : t.IsSealed ? "sealed " : "") + (IsRecord(t) ? "record" : "class");
        }

        var bases = new List<string>();
        if (!t.IsValueType && !t.IsInterface && t.BaseType is { } b && b != typeof(object)) bases.Add(Name(b));
        foreach (Type i in t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Where(i => !IsRecordEquatable(t, i)))
        {
            if (t.BaseType is null || !t.BaseType.GetInterfaces().Contains(i)) bases.Add(Name(i));
        }
        bases.Sort(StringComparer.Ordinal);
        return $"{kind} {Name(t)}" + (bases.Count > 0 && !t.IsEnum ? " : " + string.Join(", ", bases) : "");
    }

    private static bool IsRecord(Type t) =>
        t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool IsRecordEquatable(Type t, Type i) =>
        IsRecord(t) && i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t;

    private static bool IsGenerated(MemberInfo m) => m.IsDefined(typeof(CompilerGeneratedAttribute), false);

    private static IEnumerable<string> Members(Type t)
    {
        if (t.IsEnum)
        {
            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }
            yield break;
        }

        foreach (MemberInfo m in t.GetMembers(Declared))
        {
            switch (m)
            {
                case ConstructorInfo c when IsVisible(c) && !(t.IsAbstract && t.IsSealed):
                    if (IsRecord(t) && c.GetParameters() is [{ } only] && only.ParameterType == t) break; // the record's copy constructor
                    yield return $"ctor({Parameters(c)})";
                    break;
                case MethodInfo mi when IsVisible(mi) && !mi.IsSpecialName && !IsGenerated(mi) && !mi.Name.Contains('<', StringComparison.Ordinal):
                    if (IsRecord(t) && mi.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct") break;
                    yield return $"method {Modifiers(mi)}{Name(mi.ReturnType, Nullability.Create(mi.ReturnParameter))} {mi.Name}{GenericArguments(mi)}({Parameters(mi)})";
                    break;
                case MethodInfo op when IsVisible(op) && op.IsSpecialName && op.Name.StartsWith("op_", StringComparison.Ordinal) && !IsGenerated(op):
                    if (IsRecord(t) && op.Name is "op_Equality" or "op_Inequality") break;
                    yield return $"operator {Name(op.ReturnType)} {op.Name}({Parameters(op)})";
                    break;
                case PropertyInfo p when (IsVisible(p.GetMethod) || IsVisible(p.SetMethod)) && !IsGenerated(p) && p.Name != "EqualityContract":
                    var accessors = new List<string>();
                    if (IsVisible(p.GetMethod)) accessors.Add("get;");
                    if (IsVisible(p.SetMethod))
                    {
                        bool init = p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(x => x.Name == "IsExternalInit");
                        accessors.Add(init ? "init;" : "set;");
                    }
                    string index = p.GetIndexParameters() is { Length: > 0 } ip ? "[" + string.Join(", ", ip.Select(Parameter)) + "]" : "";
                    yield return $"property {(IsStatic(p) ? "static " : "")}{Name(p.PropertyType, Nullability.Create(p))} {p.Name}{index} {{ {string.Join(' ', accessors)} }}";
                    break;
                case FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !IsGenerated(f):
                    string value = f.IsLiteral ? " = " + Convert.ToString(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) : "";
                    yield return $"field {(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType, Nullability.Create(f))} {f.Name}{value}";
                    break;
                case EventInfo e when IsVisible(e.AddMethod):
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool IsStatic(PropertyInfo p) => (p.GetMethod ?? p.SetMethod)!.IsStatic;

    private static string Modifiers(MethodInfo m) =>
        (m.IsStatic ? "static " : "")
        + (m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && m.GetBaseDefinition() == m && !m.DeclaringType!.IsInterface ? "virtual " : "")
        + (m.IsVirtual && m.GetBaseDefinition() != m ? "override " : "")
        + (m.IsFamily || m.IsFamilyOrAssembly ? "protected " : "");

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        string prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "";
        if (p.Member is MethodInfo { IsStatic: true } mi && p.Position == 0 && mi.IsDefined(typeof(ExtensionAttribute))) prefix = "this " + prefix;
        string value = p.HasDefaultValue ? " = " + (p.DefaultValue switch { null => "null", string s => "\"" + s + "\"", bool b => b ? "true" : "false", var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) }) : "";
        return $"{prefix}{Name(p.ParameterType, Nullability.Create(p))} {p.Name}{value}";
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    /// <summary>The C# name of <paramref name="t"/>, with <c>?</c> on nullable references where <paramref name="n"/> says so.</summary>
    private static string Name(Type t, NullabilityInfo? n = null)
    {
        if (t.IsByRef) return Name(t.GetElementType()!, n);
        string mark = n is not null && !t.IsValueType && (n.ReadState == NullabilityState.Nullable || n.WriteState == NullabilityState.Nullable) ? "?" : "";
        if (Keywords.TryGetValue(t, out string? k)) return k + mark;
        if (t.IsArray) return Name(t.GetElementType()!, n?.ElementType) + "[" + new string(',', t.GetArrayRank() - 1) + "]" + mark;
        if (t.IsGenericParameter) return t.Name + mark;
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : "") + t.Name;
        if (!t.IsGenericType) return name + mark;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        Type[] args = t.GetGenericArguments();
        NullabilityInfo[] argInfo = n?.GenericTypeArguments ?? [];
        return name + "<" + string.Join(", ", args.Select((a, i) => Name(a, i < argInfo.Length ? argInfo[i] : null))) + ">" + mark;
    }
}
