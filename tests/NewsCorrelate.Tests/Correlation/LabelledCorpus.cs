using System.Globalization;
using System.Text.Json;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Tests.Fixtures;

namespace NewsCorrelate.Tests.Correlation;

/// <summary>The shipped briefs with their hand labels as tags (probability 1, the first sentence as evidence):
/// correlation tested on its own, without the classifier.</summary>
internal sealed class LabelledCorpus : IArticleWindow
{
    public static readonly Lazy<LabelledCorpus> Instance = new(() => new LabelledCorpus());

    public IReadOnlyList<TaggedArticle> Articles { get; }

    private LabelledCorpus()
    {
        var labels = File.ReadLines(Path.Combine(Repo.Corpus, "labels.csv")).Skip(1)
            .Select(l => l.Split(',', 2))
            .ToDictionary(p => p[0], p => p[1].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => new Tag(t)).ToList());
        var list = new List<TaggedArticle>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Corpus, "articles"), "*.jsonl"))
            foreach (var line in File.ReadLines(file))
            {
                var d = JsonDocument.Parse(line).RootElement;
                string S(string name) => d.GetProperty(name).GetString()!;
                var published = PublishedDate.OnDay(DateOnly.ParseExact(S("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture));
                var article = new Article(new ArticleId(S("id")), null, null, S("source"), S("title"), published, S("text"), ArticleOrigin.TeamBrief);
                var first = SentenceSplitter.Split(article.Text)[0];
                list.Add(new TaggedArticle(article, labels[S("id")].Select(t => new TagAssignment(t, 1, [first], "labels")).ToList()));
            }
        Articles = list;
    }

    public IEnumerable<TaggedArticle> CandidatesBetween(DateOnly from, DateOnly to) =>
        Articles.Where(a => a.Article.Published.Date >= from && a.Article.Published.Date <= to);
}
