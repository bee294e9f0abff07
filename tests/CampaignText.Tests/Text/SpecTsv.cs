using System.Globalization;
using System.Text;

namespace CampaignText.Tests.Text;

/// <summary>Reads spec case files: tab-separated, '#' comments, backslash escapes in every column.</summary>
internal static class SpecTsv
{
    public static string PathOf(string area, string file) => Path.Combine(AppContext.BaseDirectory, "Specs", area, file);

    public static IEnumerable<object[]> Cases(string area, string file, int columns)
    {
        int lineNo = 0;
        foreach (string line in File.ReadLines(PathOf(area, file), Encoding.UTF8))
        {
            lineNo++;
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            string[] cols = line.Split('\t');
            if (cols.Length < columns)
            {
                throw new InvalidDataException($"{file}:{lineNo}: expected {columns} columns, found {cols.Length}");
            }

            var row = new object[columns + 1];
            row[0] = lineNo;
            for (int i = 0; i < columns; i++)
            {
                row[i + 1] = Unescape(cols[i]);
            }

            yield return row;
        }
    }

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
}
