using System.CommandLine;
using CampaignText.Export.Sqlite;
using CampaignText.Segmentation.Keywords;
using CampaignText.Terms;

namespace CampaignText.Cli.Commands;

/// <summary>
/// <c>campaigntext terms corpus.db [--by year|district|month] [--ngrams N] [--collocations]
/// [--keyness KEY=VALUE] [--min-count N] [--top N] [--stopwords FILE] [--pos n,v,…] [--format table|csv|json]</c>:
/// corpus-linguistics tables over an index. With no flags, word frequency and document frequency over
/// the whole index.
/// </summary>
internal static class TermsCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Argument<string>("db") { Description = "An index made by `campaigntext index`." };
        var by = new Option<string?>("--by") { Description = "Frequencies per group: year, district or month." };
        var ngrams = new Option<int>("--ngrams") { Description = "Count runs of N adjacent words instead of single words.", DefaultValueFactory = _ => 1 };
        var collocations = new Option<bool>("--collocations") { Description = "Pairs of adjacent words with PMI and log-likelihood, strongest first." };
        var keyness = new Option<string?>("--keyness") { Description = "Keyness of one group against the rest, e.g. district=东城区 (or its code, 110101), year=2021 or month=2021-07 (log-likelihood, signed)." };
        var minCount = new Option<int>("--min-count") { Description = "Leave out terms seen fewer times (for keyness: in both groups together).", DefaultValueFactory = _ => 1 };
        var top = new Option<int>("--top") { Description = "Most rows (per group with --by); 0 for all.", DefaultValueFactory = _ => 20 };
        var stopwords = new Option<string[]>("--stopwords") { Description = "More stop words: a UTF-8 file, one word a line (repeatable).", AllowMultipleArgumentsPerToken = false };
        var noStop = new Option<bool>("--no-default-stopwords") { Description = "Do not leave out the built-in stop lists (jieba's, Chinese function words, campaign words)." };
        var pos = new Option<string?>("--pos") { Description = "Keep only words with these part-of-speech tags, comma-separated (n keeps n, nr, ns, nt, nz; v keeps v, vn, vd…)." };
        var format = new Option<string>("--format") { Description = "table (on the terminal), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(TableOutput.Formats);
        var command = new Command("terms", "Word frequency, n-grams, collocations and keyness tables over an index.")
        {
            db, by, ngrams, collocations, keyness, minCount, top, stopwords, noStop, pos, format,
        };
        command.SetAction(parse => context.Run(() =>
        {
            var group = parse.GetValue(by);
            if (group is not null && !TermTables.GroupKeys.Contains(group)) throw new UsageException($"--by: unknown group '{group}' (use {string.Join(", ", TermTables.GroupKeys)})");
            int n = parse.GetValue(ngrams);
            if (n is < 1 or > 8) throw new UsageException("--ngrams must be between 1 and 8");
            if (parse.GetValue(minCount) < 1) throw new UsageException("--min-count must be 1 or more");
            if (parse.GetValue(top) < 0) throw new UsageException("--top must be 0 or more");
            bool colloc = parse.GetValue(collocations);
            var key = parse.GetValue(keyness);
            (string Key, string Value)? target = null;
            if (key is not null)
            {
                var parts = key.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !TermTables.GroupKeys.Contains(parts[0]) || parts[1].Length == 0)
                {
                    throw new UsageException($"--keyness wants KEY=VALUE with KEY one of {string.Join(", ", TermTables.GroupKeys)} (district=东城区, year=2021), not '{key}'");
                }

                target = (parts[0], parts[1]);
            }

            if ((colloc ? 1 : 0) + (target is null ? 0 : 1) + (group is null ? 0 : 1) > 1) throw new UsageException("--by, --collocations and --keyness each make a different table: give one");
            if (colloc && n != 1) throw new UsageException("--collocations are pairs of adjacent words: leave out --ngrams");
            var stop = new List<IReadOnlySet<string>>();
            if (!parse.GetValue(noStop)) stop.Add(StopWords.Default);
            foreach (var file in parse.GetValue(stopwords) ?? []) stop.Add(StopWords.Load(file));
            var tags = parse.GetValue(pos)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tags is { Length: 0 }) throw new UsageException("--pos wants tags such as n,v,vn");
            var options = new TermOptions
            {
                Ngram = n,
                MinCount = parse.GetValue(minCount),
                Top = parse.GetValue(top),
                StopWords = StopWords.Union(stop),
                Tags = tags,
            };
            return Run(parse.GetValue(db)!, options, group, colloc, target, parse.GetValue(format) ?? "table", context.Out);
        }));
        return command;
    }

    internal static int Run(string dbPath, TermOptions options, string? group, bool collocations, (string Key, string Value)? keyness, string format, TextWriter output)
    {
        IReadOnlyList<TermDocument> documents;
        using (var index = CorpusIndex.Open(dbPath))
        {
            // By district, a city-level bulletin's articles count under their own districts.
            documents = index.TermDocuments(byArticleDistrict: group == "district" || keyness is { Key: "district" });
            if (keyness is { Key: "district" } d && index.ResolveDistrict(d.Value) is { } name) keyness = (d.Key, name); // 110101 or 东城 for 东城区
        }

        var tables = TermTables.Build(documents, options);
        StatsTable table;
        int firstNumeric;
        if (collocations)
        {
            table = tables.Collocations();
            firstNumeric = 1;
        }
        else if (keyness is { } k)
        {
            try
            {
                table = tables.Keyness(k.Key, k.Value);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException("--keyness: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
            }

            firstNumeric = 1;
        }
        else
        {
            table = tables.Frequencies(group);
            firstNumeric = group is null ? 1 : 2;
        }

        TableOutput.Write(table, format, output, firstNumeric);
        return 0;
    }
}
