using CampaignText.Structure;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Structure;

/// <summary>The one list of footer keys (models/structure/footer-keys.tsv): which lines open a footer, which field each key fills.</summary>
public sealed class FooterKeysTests
{
    [SpecTheory]
    public void FooterKeys(string id)
    {
        var c = SpecCases.Find(typeof(FooterKeysTests), nameof(FooterKeys), id);
        string line = c["line"]!.GetValue<string>();
        bool starts = c["starts"]?.GetValue<bool>() ?? true;
        Assert.Equal(starts, FooterReader.StartsFooterLine(line));
        if (c["field"] is not { } fields) return;
        var reader = new FooterReader();
        reader.AcceptLine(line);
        var f = reader.Build();
        foreach (var (name, value) in fields.AsObject())
        {
            string expected = value!.GetValue<string>();
            string? actual = name switch
            {
                "editor" => f.Editor,
                "reviewer" => f.Reviewer,
                "phone" => f.Phone,
                "fax" => f.Fax,
                "email" => f.Email,
                "report" => string.Join('|', f.ReportTo),
                "copy" => string.Join('|', f.CopyTo),
                "distribute" => string.Join('|', f.DistributeTo),
                "staff" => string.Join('|', f.Staff.Select(kv => kv.Key + "=" + kv.Value)),
                _ => throw new InvalidDataException($"unknown field {name}"),
            };
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void EveryFieldHasAKeyAndBadRowsAreNamed()
    {
        Assert.Equal(Enum.GetValues<FooterField>().Order(), CampaignText.Structure.FooterKeys.Fields.Values.Distinct().Order());
        var twice = Assert.Throws<InvalidDataException>(() => CampaignText.Structure.FooterKeys.Parse("报\treport\n报\tcopy\n"));
        Assert.Equal("footer-keys.tsv: key 报 is listed twice", twice.Message);
        var unknown = Assert.Throws<InvalidDataException>(() => CampaignText.Structure.FooterKeys.Parse("报\tnewspaper\n"));
        Assert.StartsWith("footer-keys.tsv: key 报 needs a field", unknown.Message, StringComparison.Ordinal);
    }
}
