using Xunit.Sdk;

namespace CampaignText.Tests;

/// <summary>
/// A theory whose rows are the cases of a spec file found by convention: Specs/&lt;Area&gt;/&lt;method&gt;.json,
/// where Area is the last part of the test class's namespace (or the class's <see cref="SpecFolderAttribute"/>)
/// and the file name is the method name in kebab case (<c>OrganizationNames</c> → <c>organization-names.json</c>).
/// Each case is one test result, named by its <c>name</c> field or its position and text; a case with a
/// <c>skip</c> field is reported as skipped with that reason. The method takes the case id as its only argument.
/// </summary>
[XunitTestCaseDiscoverer("CampaignText.Tests.SpecTheoryDiscoverer", "CampaignText.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SpecTheoryAttribute : TheoryAttribute
{
}
