using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using NewsCorrelate.Cli;
using NewsCorrelate.Cli.Web;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>One real server on 127.0.0.1 (free port) over a store made by <c>init --with-corpus</c> in a temp folder,
/// plus one hostile article whose title and text are markup. Shared by the API and browser tests.</summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string HostileId = "hostile-1";
    public const string HostileTitle = "<script>alert(1)</script>";

    private readonly TempFolder temp = new();
    private ArticleStore? store;
    private WebApplication? app;
    private (IPlaywright Playwright, IBrowser Browser)? chromium;

    /// <summary>One chromium for all browser tests, launched on first use (see <see cref="Browser"/>).</summary>
    public async Task<IBrowser> BrowserAsync() => (chromium ??= await Browser.LaunchAsync()).Browser;

    public string Folder => temp.Path;
    public Uri BaseUri { get; private set; } = null!;

    public HttpClient Client() => new() { BaseAddress = BaseUri };

    public Task InitializeAsync()
    {
        var env = new Dictionary<string, string?> { ["NEWSCORRELATE_CORPUS"] = Repo.Corpus };
        var db = temp.File("store.db");
        var init = CliRun.With(env, "init", "--with-corpus", "--db", db);
        Assert.True(init.ExitCode == 0, init.Error);
        store = ArticleStore.Open(db);
        store.Upsert([SomeArticle.With(HostileId, HostileTitle,
            "Magnet exports <img src=x onerror=alert(2)> fell sharply in November as licences stalled.", "2025-11-21", url: "javascript:alert(3)")]);
        app = WebServer.Start(store, IPAddress.Loopback, 0, CliContext.ForWriters(new StringWriter(), new StringWriter(), env));
        BaseUri = new Uri(app.Urls.First());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (chromium is { } c)
        {
            await c.Browser.DisposeAsync();
            c.Playwright.Dispose();
        }
        if (app is not null) await app.DisposeAsync();
        store?.Dispose();
        temp.Dispose();
    }
}
