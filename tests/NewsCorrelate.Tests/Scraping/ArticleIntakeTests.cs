using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Scraping;
using NewsCorrelate.Scraping.Extraction;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class ArticleIntakeTests
{
    private static readonly Uri Original = new("https://wire.example/story/1");
    private static readonly PublishedDate Day = PublishedDate.OnDay(new DateOnly(2025, 11, 20));

    private static ExtractedPage Page(string title, IReadOnlyList<string> paragraphs, string? canonical = null, PublishedDate? published = null, string? site = "Wire") =>
        new(title, published ?? Day, DateSource.JsonLd, null, site, canonical, "en", paragraphs);

    private static IReadOnlyList<string> Text(int seed) => SiteText.Paragraphs(seed);

    [Fact]
    public void A_new_story_is_stored_under_its_canonical_url()
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        Assert.Equal(IntakeOutcome.New, intake.Add(Page("Port delays", Text(1), "https://wire.example/story/1?utm_source=x"), new Uri("https://wire.example/story/1?ref=home"), null, out var id));
        var stored = store.Get(id!.Value)!;
        Assert.Equal("https://wire.example/story/1", stored.CanonicalUrl);
        Assert.Equal("Wire", stored.Source);
        Assert.Equal(ArticleId.FromUrl("https://wire.example/story/1"), stored.Id);
    }

    [Fact]
    public void The_same_page_again_is_unchanged_and_with_new_text_an_update()
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        intake.Add(Page("Port delays", Text(1)), Original, null, out var id);
        Assert.Equal(IntakeOutcome.Unchanged, intake.Add(Page("Port delays", Text(1)), Original, null, out _));
        Assert.Equal(IntakeOutcome.Updated, intake.Add(Page("Port delays widen", Text(1)), Original, null, out var again));
        Assert.Equal(id, again);
        Assert.Equal("Port delays widen", store.Get(id!.Value)!.Title);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void A_copy_naming_the_original_as_canonical_becomes_a_source_not_an_edit()
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        intake.Add(Page("Port delays", Text(1)), Original, null, out var id);
        var copy = new Uri("https://partner.example/news/port-delays");
        Assert.Equal(IntakeOutcome.Duplicate, intake.Add(Page("PARTNER: port delays", Text(1), Original.AbsoluteUri, site: "Partner"), copy, null, out var matched));
        Assert.Equal(id, matched);
        Assert.Equal("Port delays", store.Get(id!.Value)!.Title);
        Assert.Equal((copy.AbsoluteUri, "Partner"), store.SourcesOf(id.Value).Select(s => (s.Url, s.Source)).Single());
    }

    [Theory]
    [InlineData("canonical", "WIRE: port delays", "Partner")] // a copy elsewhere whose rel=canonical names the original
    [InlineData("syndication", "WIRE: port delays", "Partner")] // a copy with its own canonical URL naming the original in syndication markup
    [InlineData("canonical", "Port delays", "Wire")] // the same text in another form (an AMP page) naming the original as canonical
    public void An_original_and_a_copy_naming_it_give_the_same_store_in_either_order(string namedBy, string copyTitle, string copySite)
    {
        var copyUrl = new Uri("https://partner.example/wire/port-delays");
        var original = Page("Port delays", Text(1));
        var copy = Page(copyTitle, copySite == "Wire" ? Text(1) : [.. Text(1), "Distributed by the Wire syndication desk."], site: copySite,
            published: PublishedDate.OnDay(new DateOnly(2025, 11, 21)));
        copy = namedBy == "syndication"
            ? copy with { CanonicalUrl = copyUrl.AbsoluteUri, OriginalUrl = Original.AbsoluteUri }
            : copy with { CanonicalUrl = Original.AbsoluteUri };

        var (originalFirst, outcomesA) = Snapshot((original, Original), (copy, copyUrl));
        var (copyFirst, outcomesB) = Snapshot((copy, copyUrl), (original, Original));

        Assert.Equal([IntakeOutcome.New, IntakeOutcome.Duplicate], outcomesA);
        Assert.Equal([IntakeOutcome.New, IntakeOutcome.Replaced], outcomesB);
        Assert.Equal(originalFirst, copyFirst);
        Assert.Equal(
            $"{ArticleId.FromUrl(Original.AbsoluteUri)} {Original} {Original} Wire 'Port delays' {Day} | {copyUrl} {copySite} 2025-11-21",
            copyFirst);
    }

    /// <summary>Feeds the pages in order to a fresh store; returns the store as one line per article (id, URLs, source,
    /// title, date, then its sources) and the intake outcomes.</summary>
    private static (string Store, IntakeOutcome[] Outcomes) Snapshot(params (ExtractedPage Page, Uri Url)[] pages)
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        var outcomes = pages.Select(p => intake.Add(p.Page, p.Url, null, out _)).ToArray();
        Assert.True(store.CheckIntegrity());
        var lines = store.AllArticles().Select(a =>
            $"{a.Id} {a.Url} {a.CanonicalUrl} {a.Source} '{a.Title}' {a.Published}" +
            (a.Text == string.Join("\n\n", Text(1)) ? "" : " (other text)") +
            string.Concat(store.SourcesOf(a.Id).Select(s => $" | {s.Url} {s.Source} {s.Published}")));
        return (string.Join("\n", lines), outcomes);
    }

    [Fact]
    public void Identical_and_near_identical_texts_elsewhere_are_sources_of_the_first()
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        intake.Add(Page("Port delays", Text(1)), Original, null, out var id);
        Assert.Equal(IntakeOutcome.Duplicate, intake.Add(Page("Port delays", Text(1), site: null), new Uri("https://mirror.example/a"), null, out var exact));
        var trimmed = Text(1).Append("Additional reporting by the desk.").ToList();
        Assert.Equal(IntakeOutcome.Duplicate, intake.Add(Page("Delays at the port", trimmed), new Uri("https://other.example/b"), null, out var near));
        Assert.Equal(id, exact);
        Assert.Equal(id, near);
        Assert.Equal(["Wire", "mirror.example"], store.SourcesOf(id!.Value).Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(IntakeOutcome.New, intake.Add(Page("Another story", Text(2)), new Uri("https://wire.example/story/2"), null, out _));
    }

    [Fact]
    public void A_page_without_a_date_takes_its_feed_date_or_is_left_out()
    {
        using var store = ArticleStore.OpenInMemory();
        var intake = new ArticleIntake(store);
        var undated = Page("Port delays", Text(1)) with { Published = null };
        Assert.Equal(IntakeOutcome.Undated, intake.Add(undated, Original, null, out _));
        Assert.Equal(IntakeOutcome.New, intake.Add(undated, Original, Day, out var id));
        Assert.Equal(Day, store.Get(id!.Value)!.Published);
    }
}
