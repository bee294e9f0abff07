using System.Globalization;
using System.IO.Compression;
using System.Reflection;

namespace CampaignText.Text;

/// <summary>One rule of a normalisation table: a code point, what replaces it and when.</summary>
internal readonly record struct NormalizationRule(int From, string To, bool BetweenDigitsOnly);

/// <summary>
/// Reads the tab-separated normalisation tables in models/text/ (embedded gzip-compressed in the assembly):
/// <c>from</c> (hex code point), <c>to</c> (hex code points separated by spaces; empty removes the
/// character), <c>when</c> (<c>always</c> or <c>between-digits</c>), then a free note. Lines starting with
/// '#' are comments.
/// </summary>
internal static class NormalizationTable
{
    /// <summary>The tables the default normaliser uses, in the order they are applied.</summary>
    public static readonly IReadOnlyList<string> DefaultTables = ["text-chars.tsv", "text-radicals.tsv", "text-compat-ideographs.tsv"];

    /// <summary>Opens an embedded table by its file name.</summary>
    public static TextReader OpenEmbedded(string fileName)
    {
        string name = "CampaignText.Data." + fileName + ".gz";
        Stream stream = typeof(NormalizationTable).Assembly.GetManifestResourceStream(name)
            ?? throw new CampaignTextException($"embedded resource {name} is missing from {typeof(NormalizationTable).Assembly.GetName().Name}");
        return new StreamReader(new GZipStream(stream, CompressionMode.Decompress), System.Text.Encoding.UTF8);
    }

    /// <summary>Parses one table.</summary>
    /// <param name="reader">The table text.</param>
    /// <param name="tableName">Name used in error messages.</param>
    public static List<NormalizationRule> Parse(TextReader reader, string tableName)
    {
        var rules = new List<NormalizationRule>();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < 3)
            {
                throw new CampaignTextException("expected from<TAB>to<TAB>when", tableName, lineNo);
            }

            int from = ParseCodePoint(cols[0], tableName, lineNo);
            var to = new System.Text.StringBuilder();
            foreach (string hex in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                to.Append(char.ConvertFromUtf32(ParseCodePoint(hex, tableName, lineNo)));
            }

            bool betweenDigits = cols[2] switch
            {
                "always" => false,
                "between-digits" => true,
                _ => throw new CampaignTextException($"unknown condition '{cols[2]}' (always, between-digits)", tableName, lineNo),
            };
            rules.Add(new NormalizationRule(from, to.ToString(), betweenDigits));
        }

        return rules;
    }

    private static int ParseCodePoint(string hex, string tableName, int lineNo)
    {
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
            || cp is < 0 or > 0x10FFFF || cp is >= 0xD800 and <= 0xDFFF)
        {
            throw new CampaignTextException($"'{hex}' is not a hexadecimal Unicode scalar value", tableName, lineNo);
        }

        return cp;
    }
}
