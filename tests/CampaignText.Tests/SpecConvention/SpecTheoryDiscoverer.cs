using Xunit.Abstractions;
using Xunit.Sdk;

namespace CampaignText.Tests;

/// <summary>Turns a <see cref="SpecTheoryAttribute"/> method into one test case per spec case.</summary>
public sealed class SpecTheoryDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        string relative = "?";
        List<IXunitTestCase> found = [];
        try
        {
            relative = SpecCases.RelativePath(testMethod.TestClass.Class.ToRuntimeType(), testMethod.Method.ToRuntimeMethod());
            foreach (var (id, skip, _) in SpecCases.Load(relative))
            {
                found.Add(skip is null
                    ? new XunitTestCase(diagnosticMessageSink, display, options, testMethod, [id])
                    : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, skip, [id]));
            }

            if (found.Count == 0) throw new InvalidDataException($"Specs/{relative}: no cases");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            found = [new ExecutionErrorTestCase(diagnosticMessageSink, display, options, testMethod, ex.Message)];
        }

        return found;
    }
}
