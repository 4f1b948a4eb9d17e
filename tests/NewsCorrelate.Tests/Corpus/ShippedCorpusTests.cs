using System.Globalization;
using System.Text.RegularExpressions;
using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Corpus;

public partial class ShippedCorpusTests
{
    private static ShippedCorpus Corpus => ShippedCorpus.Instance.Value;

    private static readonly DateOnly First = new(2019, 1, 1);

    // Events run to March 2026; the customs story on March data is published in April.
    private static readonly DateOnly Last = new(2026, 4, 30);

    private static readonly string[] RealOutlets =
    [
        "reuters", "bloomberg", "associated press", "ap news", "financial times", "wall street journal", "wsj",
        "new york times", "south china morning post", "scmp", "nikkei", "kitco", "xinhua", "global times", "cnbc",
        "caixin", "the guardian", "bbc", "cnn", "telegraph", "mining.com", "fastmarkets", "argus", "smm",
        "shanghai metals market", "asian metal", "politico", "axios", "economist",
    ];

    [Fact]
    public void Has_at_least_300_briefs_with_unique_well_formed_ids()
    {
        Assert.True(Corpus.Briefs.Count >= 300, $"only {Corpus.Briefs.Count} briefs");
        var dupes = Corpus.Briefs.GroupBy(b => b.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(dupes.Count == 0, "duplicate ids: " + string.Join(", ", dupes));
        var bad = Corpus.Briefs.Where(b => !IdPattern().IsMatch(b.Id) || b.Id.Substring(4, 6) != b.Published.ToString("yyyyMM", CultureInfo.InvariantCulture))
            .Select(b => $"{b.Where} {b.Id}").ToList();
        Assert.True(bad.Count == 0, "ids not ncb-YYYYMM-NN (ncx-, ncy-, ncz-, ncl-, nca-, ncd-, ncr-, ncs-, ncv- for the later batches) of their publication month: " + string.Join(", ", bad));
    }

    [Fact]
    public void Every_brief_has_the_schema_fields_and_is_marked_as_a_team_brief()
    {
        var problems = new List<string>();
        foreach (var b in Corpus.Briefs)
        {
            foreach (var field in (string[])["id", "title", "published", "source", "url", "about", "text"])
                if (b.Field(field) is null) problems.Add($"{b.Where}: missing string field '{field}'");
            if (b.Field("source") != "NewsCorrelate brief") problems.Add($"{b.Where}: source is '{b.Field("source")}'");
            if (b.Field("url") is { Length: > 0 }) problems.Add($"{b.Where}: url should be empty for a team brief");
            if (string.IsNullOrWhiteSpace(b.Field("title")) || string.IsNullOrWhiteSpace(b.Field("about"))) problems.Add($"{b.Where}: empty title or about");
            if (!DateOnly.TryParseExact(b.Field("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d < First || d > Last)
                problems.Add($"{b.Where}: published '{b.Field("published")}' outside {First:yyyy-MM-dd}..{Last:yyyy-MM-dd}");
            // the long-form batch (ncl-) is written at real articles' length
            var most = b.Id.StartsWith("ncl-", StringComparison.Ordinal) ? 1000 : 650;
            if (b.Words < 60 || b.Words > most) problems.Add($"{b.Where}: {b.Words} words (60-{most} expected)");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_brief_is_attributed_to_a_real_outlet()
    {
        var problems = new List<string>();
        foreach (var b in Corpus.Briefs)
        {
            var source = b.Field("source")!.ToLowerInvariant();
            if (RealOutlets.Any(o => source.Contains(o, StringComparison.Ordinal))) problems.Add($"{b.Where}: source names a real outlet");
            if (WireCredit().IsMatch(b.Text)) problems.Add($"{b.Where}: carries a wire credit such as '(Reuters) -'");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Briefs_carry_no_quotations()
    {
        var quoted = Corpus.Briefs.Where(b => Quotation().IsMatch(b.Text)).Select(b => b.Where).ToList();
        Assert.True(quoted.Count == 0, "briefs with quoted speech: " + string.Join(", ", quoted));
    }

    [Fact]
    public void Every_month_of_2025_and_early_2026_and_every_quarter_of_2023_2024_is_covered()
    {
        var byMonth = Corpus.Briefs.GroupBy(b => Month.Of(b.Published)).ToDictionary(g => g.Key, g => g.Count());
        var gaps = new List<string>();
        for (var m = new Month(2025, 1); m <= new Month(2026, 3); m = m.AddMonths(1))
            if (byMonth.GetValueOrDefault(m) < 6) gaps.Add($"{m}: {byMonth.GetValueOrDefault(m)}");
        for (var q = new Month(2023, 1); q <= new Month(2024, 10); q = q.AddMonths(3))
        {
            var n = Enumerable.Range(0, 3).Sum(i => byMonth.GetValueOrDefault(q.AddMonths(i)));
            if (n < 6) gaps.Add($"{q.Year} Q{(q.Number + 2) / 3}: {n}");
        }
        Assert.True(gaps.Count == 0, "under 6 briefs: " + string.Join(", ", gaps));
    }

    [Fact]
    public void Labels_cover_every_brief_once_with_known_tags()
    {
        var ids = Corpus.Briefs.Select(b => b.Id).ToHashSet();
        var problems = new List<string>();
        var seen = new HashSet<string>();
        foreach (var (line, id, tags) in Corpus.Labels)
        {
            if (!ids.Contains(id)) problems.Add($"labels.csv:{line}: unknown article '{id}'");
            if (!seen.Add(id)) problems.Add($"labels.csv:{line}: '{id}' labelled twice");
            foreach (var tag in Split(tags))
                if (!Tag.WellKnown.Contains(new Tag(tag))) problems.Add($"labels.csv:{line}: unknown tag '{tag}'");
        }
        problems.AddRange(ids.Except(seen).Select(id => $"labels.csv: no row for '{id}'"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Each_tag_none_and_multi_tag_have_enough_examples()
    {
        var sets = Corpus.Labels.Select(l => Split(l.Tags)).ToList();
        var counts = Tag.WellKnown.ToDictionary(t => t.Name, t => sets.Count(s => s.Contains(t.Name)));
        var none = sets.Count(s => s.Length == 0);
        var multi = sets.Count(s => s.Length >= 2);
        var summary = string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")) + $", none {none}, multi {multi}";
        Assert.True(counts.Values.All(c => c >= 70) && none >= 70 && multi >= 40, summary);
    }

    [Fact]
    public void No_sentence_of_the_seed_articles_is_copied_into_the_corpus()
    {
        static IEnumerable<string> Shingles(string text)
        {
            var words = Regex.Split(text.ToLowerInvariant(), @"\W+").Where(w => w.Length > 0).ToArray();
            for (var i = 0; i + 12 <= words.Length; i++)
                yield return string.Join(" ", words, i, 12);
        }
        var seedShingles = Directory.GetFiles(Repo.Seeds, "*.txt").SelectMany(f => Shingles(File.ReadAllText(f))).ToHashSet();
        var copied = Corpus.Briefs.Where(b => Shingles(b.Text).Any(seedShingles.Contains)).Select(b => b.Where).ToList();
        Assert.True(copied.Count == 0, "briefs sharing a 12-word run with a seed article (stock phrases such as the name of the series are shorter): " + string.Join(", ", copied));
    }

    [Fact]
    public void Volume_series_keep_the_reported_columns_and_every_series_is_defined()
    {
        var volumes = File.ReadAllLines(Path.Combine(Repo.Corpus, "volumes.csv"));
        Assert.Equal("month,series,tonnes,yoy_pct,mom_pct,source_url", volumes[0]);
        var series = File.ReadAllLines(Path.Combine(Repo.Corpus, "series.csv"));
        Assert.Equal("name,description,unit,aliases", series[0]);
        var defined = series.Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var used = volumes.Skip(1).Select(l => l.Split(',')[1]).ToHashSet();
        Assert.Empty(used.Except(defined));
        Assert.Contains("United States", series.Single(l => l.StartsWith("CN-magnets-US,", StringComparison.Ordinal)));
    }

    private static string[] Split(string tags) => tags.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^nc[bxyzladrsvw]-\d{6}-\d{2}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\((Reuters|AP|AFP|Bloomberg|Xinhua)\)\s*[-–—]")]
    private static partial Regex WireCredit();

    // Quoted speech: a quotation of five or more words in straight or curly double quotes.
    [GeneratedRegex("[\"“](\\S+\\s+){4,}\\S+[\"”]")]
    private static partial Regex Quotation();
}
