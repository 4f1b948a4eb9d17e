using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>The page in a real browser against the real server: timeline, explanations, questions, search with
/// facets, labelling, escaping. Each test saves a screenshot of the view it ends on.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(WebServerFixture server) : IAsyncLifetime
{
    private IBrowserContext? browser;
    private IPage page = null!;
    private readonly List<string> dialogs = [];
    private readonly List<string> consoleErrors = [];

    public async Task InitializeAsync()
    {
        browser = await (await server.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 } });
        page = await browser.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        page.Console += (_, m) => { if (m.Type == "error") consoleErrors.Add(m.Text); };
        await page.GotoAsync(server.BaseUri.ToString());
        await page.WaitForSelectorAsync("#chart rect.bar");
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
    }

    [Fact]
    public async Task The_timeline_draws_a_bar_per_month_with_notable_moves_and_tag_markers()
    {
        var bars = await page.Locator("#chart rect.bar").CountAsync();
        var timeline = JsonDocument.Parse(await server.Client().GetStringAsync("/api/series/CN-magnets-US")).RootElement;

        Assert.Equal(timeline.GetProperty("months").GetArrayLength(), bars);
        Assert.True(await page.Locator("#chart rect.bar.notable").CountAsync() > 0);
        Assert.True(await page.Locator("#chart circle.marker").CountAsync() > 0);
        Assert.Equal("CN-magnets-US", await page.InputValueAsync("#series-picker"));
        await page.HoverAsync("#chart rect.bar[data-month='2025-11']");
        Assert.Contains("581.8", await page.TextContentAsync("#tooltip"));
        await Browser.ScreenshotAsync(page, "timeline");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Clicking_a_month_opens_its_explanation_with_drivers_and_evidence()
    {
        await page.ClickAsync("#chart rect.bar[data-month='2025-11']");

        await page.WaitForSelectorAsync("#explanation .drivers .event");
        Assert.Contains("2025-11", await page.TextContentAsync("#explanation h2"));
        Assert.True(await page.Locator("#explanation .drivers .event").CountAsync() > 0);
        Assert.True(await page.Locator("#explanation .evidence mark").CountAsync() > 0);
        await Browser.ScreenshotAsync(page, "explanation");
    }

    [Fact]
    public async Task A_bar_can_be_explained_from_the_keyboard()
    {
        await page.FocusAsync("#chart rect.bar[data-month='2025-05']");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("#explanation:not([hidden]) .move");
        Assert.Contains("2025-05", await page.TextContentAsync("#explanation h2"));
    }

    [Fact]
    public async Task The_question_box_answers_like_ask()
    {
        await page.FillAsync("#ask-input", "what explained the November drop");
        await page.PressAsync("#ask-input", "Enter");

        await page.WaitForSelectorAsync("#explanation:not([hidden]) .summary");
        Assert.Contains("post-truce normalisation", await page.TextContentAsync("#explanation .summary"));
        await Browser.ScreenshotAsync(page, "ask");
    }

    [Fact]
    public async Task A_search_narrows_when_a_month_facet_is_clicked()
    {
        await page.ClickAsync("button.tab[data-view='search']");
        await page.FillAsync("#search-input", "truce");
        await page.PressAsync("#search-input", "Enter");
        await page.WaitForSelectorAsync("#facets button[data-facet^='month:']");
        var before = await ResultCountAsync();
        Assert.True(await page.Locator("#results mark").CountAsync() > 0);

        var facet = page.Locator("#facets button[data-facet^='month:']").First;
        var month = (await facet.GetAttributeAsync("data-facet"))!["month:".Length..];
        await facet.ClickAsync();
        await page.WaitForSelectorAsync("#search-summary:has-text('narrowed by')");

        var after = await ResultCountAsync();
        Assert.InRange(after, 1, before - 1);
        foreach (var line in await page.Locator("#results li .muted").AllTextContentsAsync())
            Assert.StartsWith(month, line);
        Assert.Equal("true", await page.GetAttributeAsync($"#facets button[data-facet='month:{month}']", "aria-pressed"));
        await Browser.ScreenshotAsync(page, "search");
    }

    [Fact]
    public async Task A_label_change_on_an_article_is_kept_in_the_store()
    {
        await OpenFirstHitAsync("Busan");
        var id = (await page.TextContentAsync("#article .muted"))!.Split(" - ")[2];
        var concession = page.Locator("#label-concession");
        var wanted = !await concession.IsCheckedAsync();

        await concession.SetCheckedAsync(wanted);
        await page.ClickAsync("#save-labels");
        await page.WaitForSelectorAsync("#article [role=status]:has-text('saved:')");

        var stored = JsonDocument.Parse(await server.Client().GetStringAsync("/api/articles/" + id)).RootElement.GetProperty("labels");
        Assert.Equal(wanted, stored.EnumerateArray().Any(t => t.GetString() == "concession"));
        await Browser.ScreenshotAsync(page, "article");
    }

    [Fact]
    public async Task Hostile_article_text_shows_as_text_and_runs_nothing()
    {
        await OpenFirstHitAsync("onerror licences stalled");

        Assert.Equal(WebServerFixture.HostileTitle, await page.TextContentAsync("#article-title"));
        Assert.Equal(0, await page.Locator("#article script, #article img, #article a[href^='javascript']").CountAsync());
        Assert.Contains("<img src=x onerror=alert(2)>", await page.TextContentAsync("#article .article-text"));
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Retraining_shows_the_new_metrics_beside_the_current_ones()
    {
        await page.ClickAsync("button.tab[data-view='training']");
        await page.ClickAsync("#train-button");

        await page.WaitForSelectorAsync("#train-status:has-text('state: done')", new PageWaitForSelectorOptions { Timeout = 60_000 });
        var micro = await page.Locator("#train-metrics tr:has-text('micro average') td").AllTextContentsAsync();
        Assert.Equal(3, micro.Count);
        Assert.Matches(@"^0\.\d{3} / 0\.\d{3} / 0\.\d{3}$", micro[1]);
        Assert.Matches(@"^[01]\.\d{3} / [01]\.\d{3} / [01]\.\d{3}$", micro[2]);
        Assert.Contains("analyst-model.ncm", await page.TextContentAsync("#train-status"));
        await Browser.ScreenshotAsync(page, "training");

        await page.ClickAsync("#apply-button");
        await page.WaitForSelectorAsync("#train-status:has-text('state: applied')", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Matches(@"re-tagged \(\d+ with a tag\)", await page.TextContentAsync("#train-status"));
        Assert.True(await page.Locator("#apply-button").IsHiddenAsync());
    }

    private async Task OpenFirstHitAsync(string query)
    {
        await page.ClickAsync("button.tab[data-view='search']");
        await page.FillAsync("#search-input", query);
        await page.PressAsync("#search-input", "Enter");
        await page.ClickAsync("#results li button.linklike >> nth=0");
        await page.WaitForSelectorAsync("#article:not([hidden]) #article-title");
    }

    private async Task<int> ResultCountAsync() =>
        int.Parse((await page.TextContentAsync("#search-summary"))!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
