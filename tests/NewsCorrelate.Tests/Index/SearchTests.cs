using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class SearchTests
{
    private static ArticleStore Filled()
    {
        var store = ArticleStore.OpenInMemory();
        store.Upsert([
            SomeArticle.With("oct", "Exports rise as tensions ease", "Magnet exports rose in October after the truce was agreed.", "2025-11-20", "Wire A"),
            SomeArticle.With("nov", "Exports fall in November", "Shipments of magnets fell in November despite the truce. Controls were tightened earlier.", "2025-12-21", "Blog B"),
            SomeArticle.With("apr", "Beijing tightens export controls", "New licensing rules tightened controls on seven rare earths.", "2025-04-04", "Wire A"),
            SomeArticle.With("jul", "Thaw lifts magnet trade", "Magnet shipments recovered after a thaw between the two sides.", "2025-07", "Blog B"),
        ]);
        store.ReplaceTags([
            (new ArticleId("oct"), [new TagAssignment(Tag.Truce, 0.9, [], "m")]),
            (new ArticleId("nov"), []),   // classified, nothing assigned: the store keeps only assigned tags
            (new ArticleId("apr"), [new TagAssignment(Tag.ControlsTightened, 0.95, [], "m")]),
        ]);
        return store;
    }

    private static SearchResults Run(ArticleStore store, string query, int limit = 10) =>
        store.Search(QueryParser.Parse(query).GetValueOrThrow(), limit);

    private static IEnumerable<string> Ids(SearchResults r) => r.Hits.Select(h => h.Id.Value);

    [Fact]
    public void Stemming_finds_other_forms_of_a_word()
    {
        using var store = Filled();
        Assert.Equal(["apr", "nov"], Ids(Run(store, "tightening")).Order());
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_text()
    {
        using var store = Filled();
        var r = Run(store, "november");
        Assert.Equal("nov", r.Hits[0].Id.Value);
        Assert.True(r.Hits[0].Score > 0);
    }

    [Fact]
    public void Phrases_prefixes_or_and_not_narrow_as_expected()
    {
        using var store = Filled();
        Assert.Equal(["nov"], Ids(Run(store, "\"despite the truce\"")));
        Assert.Empty(Ids(Run(store, "\"truce despite\"")));
        Assert.Equal(["apr", "nov", "oct"], Ids(Run(store, "tens* OR tighten")).Order());
        Assert.Equal(["oct"], Ids(Run(store, "truce -november")));
        Assert.Equal(["jul", "nov"], Ids(Run(store, "magnets -(october OR licensing)")).Order());
    }

    [Fact]
    public void Filters_restrict_by_month_window_source_and_tag()
    {
        using var store = Filled();
        Assert.Equal(["nov"], Ids(Run(store, "magnets month:2025-12")));
        Assert.Equal(["jul", "oct"], Ids(Run(store, "magnets from:2025-05 to:2025-11")).Order());
        Assert.Equal(["jul", "nov"], Ids(Run(store, "magnets source:blog")).Order());
        Assert.Equal(["oct"], Ids(Run(store, "truce tag:truce")));
    }

    [Fact]
    public void Facets_count_every_match_not_only_the_shown_hits()
    {
        using var store = Filled();
        var r = Run(store, "magnets OR controls", limit: 1);
        Assert.Single(r.Hits);
        Assert.Equal(4, r.Total);
        Assert.Equal(["2025-04", "2025-07", "2025-11", "2025-12"], r.Months.Select(m => m.Key));
        Assert.Equal([new FacetCount("controls_tightened", 1), new FacetCount("truce", 1)], r.Tags);
    }

    [Fact]
    public void The_hits_shown_are_the_best_scored_of_all_matches_in_score_order()
    {
        using var store = ArticleStore.OpenInMemory();
        // Article i says "magnet" 1 + i % 7 times in a text of varying length: scores differ and are not in row order.
        store.Upsert([.. Enumerable.Range(0, 30).Select(i => SomeArticle.With($"a{i}", $"Report {i}",
            string.Join(' ', Enumerable.Repeat("magnet", 1 + i % 7)) + " filler " + string.Join(' ', Enumerable.Repeat($"word{i}", i)),
            $"2025-{1 + i % 12:D2}-03"))]);
        var all = Run(store, "magnet", limit: 30);
        var top = Run(store, "magnet", limit: 5);
        Assert.Equal(30, all.Hits.Count);
        Assert.True(all.Hits.Zip(all.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Equal(all.Hits.Take(5).Select(h => h.Id), top.Hits.Select(h => h.Id));
        Assert.NotEqual(Ids(all).Order(StringComparer.Ordinal), Ids(all));
        Assert.Equal(30, top.Total);
        Assert.Equal(12, top.Months.Count);
        Assert.Equal(3, top.Months[0].Count);
        Assert.Empty(Run(store, "magnet", limit: 0).Hits);
    }

    [Fact]
    public void The_tag_facet_counts_each_tag_of_an_article_with_several()
    {
        using var store = Filled();
        store.ReplaceTags([(new ArticleId("nov"), [new TagAssignment(Tag.Truce, 0.8, [], "m"), new TagAssignment(Tag.ControlsTightened, 0.7, [], "m")])]);
        var r = Run(store, "\"the truce\"", limit: 1);
        Assert.Equal(2, r.Total);
        Assert.Equal([new FacetCount("truce", 2), new FacetCount("controls_tightened", 1)], r.Tags);
        Assert.Equal(["2025-11", "2025-12"], r.Months.Select(m => m.Key));
    }

    [Fact]
    public void Snippets_mark_the_matched_words()
    {
        using var store = Filled();
        var hit = Run(store, "shipments").Hits.First(h => h.Id.Value == "jul");
        Assert.Contains("«shipments»", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Filters_alone_list_articles_newest_first()
    {
        using var store = Filled();
        var r = Run(store, "from:2025-07");
        Assert.Equal(["nov", "oct", "jul"], Ids(r));
        Assert.All(r.Hits, h => Assert.Equal(0, h.Score));
        Assert.StartsWith("Shipments of magnets", r.Hits[0].Snippet);
        Assert.Equal(3, r.Total);
    }

    [Fact]
    public void Stats_count_per_month_source_and_tag()
    {
        using var store = Filled();
        var s = store.Stats();
        Assert.Equal(4, s.Articles);
        Assert.Equal(4, s.Months.Count);
        Assert.Equal([new FacetCount("Blog B", 2), new FacetCount("Wire A", 2)], s.Sources);
        Assert.Equal([new FacetCount("controls_tightened", 1), new FacetCount("truce", 1)], s.Tags);
        Assert.Equal(2, s.Tagged);
    }
}
