using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Index.Query;
using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class ArticleStoreTests
{
    private static SearchResults Search(ArticleStore store, string q) => store.Search(QueryParser.Parse(q).GetValueOrThrow());

    [Fact]
    public void Upsert_reports_added_then_unchanged_then_updated_and_never_duplicates()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1");
        Assert.Equal([UpsertOutcome.Added], store.Upsert([a]));
        Assert.Equal([UpsertOutcome.Unchanged], store.Upsert([a]));
        Assert.Equal([UpsertOutcome.Updated], store.Upsert([a with { Title = "Magnet exports fell" }]));
        Assert.Equal(1, store.Count);
        Assert.Equal("Magnet exports fell", store.Get(a.Id)!.Title);
    }

    [Fact]
    public void Changing_the_published_month_moves_the_article_between_month_filters()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1", published: "2025-11-20");
        store.Upsert([a, SomeArticle.Numbered(1)]);
        store.ReplaceTags([(a.Id, [new TagAssignment(Tag.Truce, 0.9, [], "m")])]);
        Assert.Equal([UpsertOutcome.Updated], store.Upsert([a with { Published = PublishedDate.InMonth(new Month(2025, 12)) }]));
        Assert.Equal(0, Search(store, "magnets month:2025-11").Total);
        Assert.Equal(1, Search(store, "magnets month:2025-12").Total);
        Assert.Equal(1, store.Count - 1);
        Assert.Single(store.GetTags(a.Id));
        Assert.True(store.CheckIntegrity());
    }

    [Fact]
    public void Updating_the_text_updates_the_full_text_index()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1", text: "Licences were approved quickly.");
        store.Upsert([a]);
        store.Upsert([a with { Text = "Shipments were halted at the border." }]);
        Assert.Equal(0, Search(store, "licences").Total);
        Assert.Equal(1, Search(store, "halted").Total);
        Assert.True(store.CheckIntegrity());
    }

    [Fact]
    public void A_batch_in_any_month_order_is_fully_searchable_even_when_it_changes_its_own_articles()
    {
        using var store = ArticleStore.OpenInMemory();
        // Months out of order, and the same ids again later in the batch: once with a new text in the same month
        // (an update) and once in another month (a move), both before the batch's index entries are written.
        var batch = Enumerable.Range(0, 40).Select(i => SomeArticle.Numbered(i, $"2025-{12 - i % 12:D2}-0{1 + i % 9}")).ToList();
        batch.Add(SomeArticle.Numbered(3, "2025-09-04") with { Text = "Gallium shipments resumed for item three." });
        batch.Add(SomeArticle.Numbered(5, "2025-01-02") with { Text = "Tungsten licences were granted for item five." });
        var outcomes = store.Upsert(batch);
        Assert.Equal(40, outcomes.Count(o => o == UpsertOutcome.Added));
        Assert.Equal(2, outcomes.Count(o => o == UpsertOutcome.Updated));
        Assert.True(store.CheckIntegrity());
        Assert.Equal(38, Search(store, "filler").Total);
        Assert.Equal(["n-3"], Search(store, "gallium month:2025-09").Hits.Select(h => h.Id.Value));
        Assert.Equal(["n-5"], Search(store, "tungsten month:2025-01").Hits.Select(h => h.Id.Value));
        Assert.Equal(1, Search(store, "w17x").Total);
    }

    [Fact]
    public void Later_batches_add_to_months_that_already_hold_articles_without_reusing_their_row_ids()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert([.. Enumerable.Range(0, 6).Select(i => SomeArticle.Numbered(i, $"2025-0{1 + i % 2}-03"))]);
        // New articles in both months, and article 0 moved from January into February within the same batch.
        var outcomes = store.Upsert([
            SomeArticle.Numbered(6, "2025-02-04"), SomeArticle.Numbered(0, "2025-02-05"), SomeArticle.Numbered(7, "2025-01-04"),
            SomeArticle.Numbered(8, "2025-02-06")]);
        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Updated, UpsertOutcome.Added, UpsertOutcome.Added], outcomes);
        Assert.Equal(9, store.Count);
        Assert.True(store.CheckIntegrity());
        Assert.Equal(9, Search(store, "filler").Total);
        Assert.Equal(["n-0"], Search(store, "w0x month:2025-02").Hits.Select(h => h.Id.Value));
        Assert.Equal(3, Search(store, "filler month:2025-01").Total);
        Assert.Equal(6, Search(store, "filler month:2025-02").Total);
    }

    [Fact]
    public void Same_content_under_another_id_is_a_duplicate_and_not_stored()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert([SomeArticle.With("a1")]);
        var outcome = store.Upsert([SomeArticle.With("a2", text: "Exports of  MAGNETS rose\nin the month. ")]);
        Assert.Equal([UpsertOutcome.Duplicate], outcome);
        Assert.Equal(1, store.Count);
        Assert.Null(store.Get(new ArticleId("a2")));
    }

    [Fact]
    public void Round_trips_every_field_including_month_precision()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1", published: "2025-07", url: "https://example.com/x") with { Origin = ArticleOrigin.TeamBrief };
        store.Upsert([a]);
        var back = store.Get(a.Id)!;
        Assert.Equal(a, back with { });
        Assert.Equal(DatePrecision.Month, back.Published.Precision);
        Assert.Equal(new Month(2025, 7), back.Month);
    }

    [Fact]
    public void Delete_removes_the_article_its_tags_and_its_words_from_the_index()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1");
        store.Upsert([a, SomeArticle.Numbered(1)]);
        store.ReplaceTags([(a.Id, [new TagAssignment(Tag.Truce, 0.9, ["x"], "m1")])]);
        Assert.True(store.Delete(a.Id));
        Assert.False(store.Delete(a.Id));
        Assert.Null(store.Get(a.Id));
        Assert.Empty(store.GetTags(a.Id));
        Assert.Equal(0, Search(store, "magnets").Total);
        Assert.True(store.CheckIntegrity());
    }

    [Fact]
    public void Finds_by_canonical_url_and_content_hash()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1", url: "https://example.com/story");
        store.Upsert([a, SomeArticle.Numbered(2)]);
        Assert.Equal(a.Id, store.FindByCanonicalUrl("https://example.com/story")!.Id);
        Assert.Null(store.FindByCanonicalUrl("https://example.com/other"));
        Assert.Equal(a.Id, store.FindByContentHash(a.ContentHash)!.Id);
    }

    [Fact]
    public void Finds_a_near_duplicate_by_simhash_and_not_an_unrelated_text()
    {
        using var store = ArticleStore.OpenInMemory();
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(i => $"word{i % 97} term{i % 13} item{i}"));
        var a = SomeArticle.With("a1", text: text);
        store.Upsert([a, SomeArticle.Numbered(3)]);
        var nearText = text + " Reporting by a wire desk.";
        Assert.True(SimHash.Distance(SimHash.Of(text), SimHash.Of(nearText)) <= SimHash.NearDuplicateDistance);
        Assert.Equal(a.Id, store.FindNearDuplicate(SimHash.Of(nearText))!.Id);
        Assert.Null(store.FindNearDuplicate(SimHash.Of("Completely different story about grain harvests and rainfall in the south.")));
    }

    [Fact]
    public void Records_alternate_sources_of_a_story()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1");
        store.Upsert([a]);
        store.AddSource(a.Id, "https://mirror.example/a", "mirror", PublishedDate.OnDay(new DateOnly(2025, 11, 21)));
        var source = Assert.Single(store.SourcesOf(a.Id));
        Assert.Equal("mirror", source.Source);
        Assert.Throws<KeyNotFoundException>(() => store.AddSource(new ArticleId("missing"), "https://x", "x", null));
    }

    [Fact]
    public void Replacing_a_copy_by_its_original_keeps_the_id_and_its_tags_and_keeps_the_copy_as_a_source()
    {
        using var store = ArticleStore.OpenInMemory();
        var copy = SomeArticle.With("u-1", title: "WIRE: magnet exports", published: "2025-10-31", source: "Partner", url: "https://partner.example/w/1")
            with { CanonicalUrl = "https://wire.example/1" };
        store.Upsert([copy]);
        store.AddSource(copy.Id, "https://wire.example/1", "Wire", null); // the original, once recorded as a copy
        store.AddSource(copy.Id, "https://mirror.example/1", "Mirror", null);
        store.ReplaceTags([(copy.Id, [new TagAssignment(Tag.Truce, 0.9, ["x"], "m1")])]);

        var original = copy with { Url = "https://wire.example/1", Title = "Magnet exports", Source = "Wire", Published = PublishedDate.OnDay(new DateOnly(2025, 11, 2)) };
        store.ReplaceKeepingSource(original);

        Assert.Equal(original, store.Get(copy.Id));
        Assert.Equal(1, store.Count);
        Assert.Equal(Tag.Truce, Assert.Single(store.GetTags(copy.Id)).Tag);
        Assert.Equal(["https://mirror.example/1 Mirror ", "https://partner.example/w/1 Partner 2025-10-31"],
            store.SourcesOf(copy.Id).Select(s => $"{s.Url} {s.Source} {s.Published}"));
        Assert.Equal(1, Search(store, "\"magnet exports\"").Total);
        Assert.Equal(0, Search(store, "wire").Total);
        Assert.True(store.CheckIntegrity());
    }

    [Fact]
    public void Replacing_fails_whole_when_the_stored_article_has_no_url_to_keep()
    {
        using var store = ArticleStore.OpenInMemory();
        var a = SomeArticle.With("a1");
        store.Upsert([a]);

        Assert.Throws<InvalidOperationException>(() => store.ReplaceKeepingSource(a with { Title = "Other", Url = "https://wire.example/1" }));
        Assert.Throws<KeyNotFoundException>(() => store.ReplaceKeepingSource(SomeArticle.With("missing", url: "https://x.example/")));
        Assert.Equal(a, store.Get(a.Id));
        Assert.Empty(store.SourcesOf(a.Id));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void Tags_are_replaced_per_article_and_untagged_ids_stream_while_tagging()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert(Enumerable.Range(0, 25).Select(i => SomeArticle.Numbered(i)));
        var seen = new List<ArticleId>();
        foreach (var id in store.UnclassifiedArticleIds(pageSize: 4))
        {
            seen.Add(id);
            store.ReplaceTags([(id, [new TagAssignment(Tag.Truce, 0.7, ["because"], "m1")])]);
        }
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Empty(store.UnclassifiedArticleIds());
        var first = new ArticleId("n-0");
        store.ReplaceTags([(first, [new TagAssignment(Tag.Concession, 0.2, [], "m2")])]);
        var tag = Assert.Single(store.GetTags(first));
        Assert.Equal(Tag.Concession, tag.Tag);
        Assert.Equal("m2", tag.ModelVersion);
        store.ClearTags();
        Assert.Equal(25, store.UnclassifiedArticleIds().Count());
    }

    [Fact]
    public void An_article_classified_without_a_tag_is_not_classified_again_until_its_text_changes()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert(Enumerable.Range(0, 3).Select(i => SomeArticle.Numbered(i)));
        store.ReplaceTags([(new ArticleId("n-0"), []), (new ArticleId("n-1"), [new TagAssignment(Tag.Truce, 0.7, [], "m1")])], "m1");
        Assert.Equal(["n-2"], store.UnclassifiedArticleIds().Select(i => i.Value));

        var n0 = store.Get(new ArticleId("n-0"))!;
        store.Upsert([n0 with { Source = "another desk" }]);                    // same words: still classified
        Assert.Equal(["n-2"], store.UnclassifiedArticleIds().Select(i => i.Value));
        store.Upsert([n0 with { Text = n0.Text + " Licences were suspended." }]); // new words: to classify again
        Assert.Equal(["n-0", "n-2"], store.UnclassifiedArticleIds().Select(i => i.Value).Order());
        store.Delete(new ArticleId("n-1"));
        Assert.Equal(["n-0", "n-2"], store.UnclassifiedArticleIds().Select(i => i.Value).Order());
    }

    [Fact]
    public void Labels_are_kept_including_an_empty_label_set()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert([SomeArticle.Numbered(1), SomeArticle.Numbered(2)]);
        store.SetLabels(new ArticleId("n-1"), [Tag.Truce, Tag.Concession]);
        store.SetLabels(new ArticleId("n-2"), []);
        var labels = store.AllLabels();
        Assert.Equal(2, labels.Count);
        Assert.Equal([Tag.Concession, Tag.Truce], labels[0].Tags);
        Assert.Empty(labels[1].Tags);
    }

    [Fact]
    public void Crawl_ledger_remembers_the_last_visit()
    {
        using var store = ArticleStore.OpenInMemory();
        ICrawlLedger ledger = store;
        Assert.Null(ledger.Find("https://example.com/a"));
        var at = new DateTimeOffset(2025, 11, 20, 8, 0, 0, TimeSpan.Zero);
        ledger.Record(new CrawlVisit("https://example.com/a", 200, "\"e1\"", "Thu, 20 Nov 2025 08:00:00 GMT", "abc", at, new ArticleId("a1"), "article"));
        ledger.Record(new CrawlVisit("https://example.com/a", 304, "\"e1\"", null, "abc", at.AddDays(1), new ArticleId("a1"), "unchanged"));
        var visit = ledger.Find("https://example.com/a")!;
        Assert.Equal(304, visit.StatusCode);
        Assert.Equal(at.AddDays(1), visit.FetchedAt);
        Assert.Equal(new ArticleId("a1"), visit.ArticleId);
    }

    [Fact]
    public void All_articles_streams_every_article_once_in_pages()
    {
        using var store = ArticleStore.OpenInMemory();
        store.Upsert(Enumerable.Range(0, 23).Select(i => SomeArticle.Numbered(i)));
        var ids = store.AllArticles(pageSize: 5).Select(a => a.Id.Value).ToList();
        Assert.Equal(23, ids.Distinct().Count());
        Assert.Equal("n-0", ids[0]);
    }
}
