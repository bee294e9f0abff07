using Xunit.Sdk;

namespace CampaignText.Tests;

/// <summary>
/// A theory whose rows are the cases of a spec file found by convention: Specs/&lt;Area&gt;/&lt;method&gt;.json,
/// where Area is the last part of the test class's namespace (or the class's <see cref="SpecFolderAttribute"/>)
/// and the file name is the method name in kebab case (<c>OrganizationNames</c> → <c>organization-names.json</c>).
/// Each case is one test result, named by its <c>name</c> field or its position and text; a case with a
/// <c>skip</c> field is reported as skipped with that reason. The method takes the case id as its only argument.
/// With <c>Extension = "tsv"</c> the file is a tab-separated table instead (<c>&lt;method&gt;.tsv</c>): each row is a
/// case, named by its line and first column as written; <c># comments</c> and empty lines are no cases, a <c>#skip: reason</c>
/// line skips the row after it, and every column takes the escapes \t \r \n \\ \uXXXX \UXXXXXXXX.
/// </summary>
[XunitTestCaseDiscoverer("CampaignText.Tests.SpecTheoryDiscoverer", "CampaignText.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SpecTheoryAttribute : TheoryAttribute
{
    /// <summary>The spec file's extension: json (the default) or tsv.</summary>
    public string Extension { get; set; } = "json";
}
