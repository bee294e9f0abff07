namespace CampaignText.Extraction;

/// <summary>Reads the plain data files: UTF-8 lines, # comments, tab-separated fields.</summary>
internal static class DataTable
{
    /// <summary>The non-empty, non-comment lines of <paramref name="content"/>, split on tabs and trimmed.</summary>
    public static IEnumerable<string[]> Rows(string content)
    {
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0) continue;
            string[] fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
            yield return fields;
        }
    }

    /// <summary>The first field of every row.</summary>
    public static IEnumerable<string> Words(string content) => Rows(content).Select(r => r[0]).Where(w => w.Length > 0);
}
