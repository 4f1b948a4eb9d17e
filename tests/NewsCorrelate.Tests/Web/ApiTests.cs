using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsCorrelate.Cli;
using NewsCorrelate.Cli.Web;
using NewsCorrelate.Index;
using NewsCorrelate.Tests.Index;
using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>The JSON API against the real server.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebServerFixture server)
{
    private readonly HttpClient client = server.Client();

    private async Task<JsonElement> Get(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Series_lists_the_shipped_series_with_their_latest_month()
    {
        var root = await Get("/api/series");

        var us = root.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "CN-magnets-US");
        Assert.Matches(@"^\d{4}-\d{2}$", us.GetProperty("latestMonth").GetString());
        Assert.True(us.GetProperty("months").GetInt32() > 3);
    }

    [Fact]
    public async Task A_timeline_has_each_month_with_its_move_source_and_tagged_article_markers()
    {
        var root = await Get("/api/series/CN-magnets-US");

        var months = root.GetProperty("months").EnumerateArray().ToList();
        var november = months.Single(m => m.GetProperty("month").GetString() == "2025-11");
        Assert.Equal(581.8, november.GetProperty("value").GetDouble());
        Assert.Equal("down", november.GetProperty("direction").GetString());
        Assert.False(string.IsNullOrEmpty(november.GetProperty("source").GetString()));
        Assert.Contains(months, m => m.GetProperty("notable").GetBoolean());
        Assert.Contains(months, m => m.GetProperty("tags").EnumerateArray().Any(t => t.GetProperty("count").GetInt32() > 0));
    }

    [Fact]
    public async Task Explain_and_ask_answer_like_the_cli()
    {
        var explained = await Get("/api/explain?series=CN-magnets-US&month=2025-11");
        var asked = await Get("/api/ask?q=" + Uri.EscapeDataString("what explained the November drop"));

        Assert.Equal("2025-11", explained.GetProperty("move").GetProperty("month").GetString());
        Assert.Equal("CN-magnets-US", asked.GetProperty("series").GetProperty("name").GetString());
        Assert.Equal("what explained the November drop", asked.GetProperty("question").GetString());
        Assert.Contains("post-truce normalisation", asked.GetProperty("summary").GetString());
        Assert.NotEmpty(asked.GetProperty("reports").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/explain?series=CN-magnets-US&month=November")]
    [InlineData("/api/explain?series=nowhere&month=2025-11")]
    [InlineData("/api/ask?q=")]
    [InlineData("/api/search?q=%22unclosed")]
    [InlineData("/api/search?q=truce&limit=100000")]
    [InlineData("/api/articles/bad%20id")]
    public async Task Bad_input_is_a_400_with_an_error_message(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/nothing")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/index.html.bak")]
    public async Task Unknown_things_are_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);

    [Fact]
    public async Task Search_has_hits_with_marked_snippets_and_month_and_tag_facets()
    {
        var root = await Get("/api/search?q=truce&limit=5");

        Assert.True(root.GetProperty("total").GetInt32() > 5);
        Assert.Equal(5, root.GetProperty("hits").GetArrayLength());
        Assert.Contains(SearchHit.HighlightOpen, root.GetProperty("hits")[0].GetProperty("snippet").GetString());
        Assert.NotEmpty(root.GetProperty("facets").GetProperty("months").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("facets").GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task Hostile_article_text_comes_back_as_json_text_and_the_page_is_locked_down()
    {
        var raw = await client.GetStringAsync($"/api/articles/{WebServerFixture.HostileId}");
        var article = JsonDocument.Parse(raw).RootElement;
        var page = await client.GetAsync("/");

        Assert.Equal(WebServerFixture.HostileTitle, article.GetProperty("title").GetString());
        Assert.Equal("javascript:alert(3)", article.GetProperty("url").GetString());
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Equal("application/json", (await client.GetAsync($"/api/articles/{WebServerFixture.HostileId}")).Content.Headers.ContentType!.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_article_has_its_tags_probabilities_evidence_and_the_tags_a_label_may_use()
    {
        var a = await Get("/api/articles/ncb-202508-02");

        var truce = a.GetProperty("tags").EnumerateArray().Single(t => t.GetProperty("tag").GetString() == "truce");
        Assert.InRange(truce.GetProperty("probability").GetDouble(), 0.5, 1);
        Assert.NotEmpty(truce.GetProperty("evidence").EnumerateArray());
        Assert.Contains(a.GetProperty("knownTags").EnumerateArray(), t => t.GetString() == "concession");
    }

    [Fact]
    public async Task A_label_change_is_kept_and_shows_on_the_article()
    {
        var response = await client.PutAsync("/api/labels/ncb-202508-02", Json("""{"tags":["truce","concession"]}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var labels = (await Get("/api/articles/ncb-202508-02")).GetProperty("labels").EnumerateArray().Select(t => t.GetString()).Order();
        Assert.Equal(["concession", "truce"], labels);
    }

    [Fact]
    public async Task Cross_site_writes_are_refused_and_change_nothing()
    {
        var before = (await Get("/api/articles/ncb-202510-22")).GetProperty("labels").ToString();
        using var fromOrigin = new HttpRequestMessage(HttpMethod.Put, "/api/labels/ncb-202510-22") { Content = Json("""{"tags":[]}""") };
        fromOrigin.Headers.Add("Origin", "http://evil.example");
        using var fromSite = new HttpRequestMessage(HttpMethod.Put, "/api/labels/ncb-202510-22") { Content = Json("""{"tags":[]}""") };
        fromSite.Headers.Add("Sec-Fetch-Site", "cross-site");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(fromOrigin)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(fromSite)).StatusCode);
        Assert.Equal(before, (await Get("/api/articles/ncb-202510-22")).GetProperty("labels").ToString());
    }

    [Fact]
    public async Task Writes_must_be_json_small_and_well_formed()
    {
        var form = await client.PutAsync("/api/labels/ncb-202510-22", new StringContent("""{"tags":[]}""", Encoding.UTF8, "text/plain"));
        var huge = await client.PutAsync("/api/labels/ncb-202510-22", Json("""{"tags":[""" + string.Join(",", Enumerable.Repeat("\"truce\"", 3_000)) + "]}"));
        var badTag = await client.PutAsync("/api/labels/ncb-202510-22", Json("""{"tags":["Not A Tag"]}"""));
        var unknown = await client.PutAsync("/api/labels/no-such-article", Json("""{"tags":[]}"""));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Requests_naming_another_host_are_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/series");
        request.Headers.Host = "attacker.example";

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Retraining_on_the_store_labels_writes_a_separate_model_and_reports_both_metrics()
    {
        var start = await client.PostAsync("/api/train", Json("{}"));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);

        JsonElement status;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(200);
            status = await Get("/api/train/status");
        }
        while (status.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

        Assert.Equal("done", status.GetProperty("state").GetString());
        var output = status.GetProperty("output").GetString()!;
        Assert.Equal(Path.Combine(server.Folder, "analyst-model.ncm"), output);
        Assert.True(File.Exists(output));
        Assert.True(status.GetProperty("trained").GetProperty("crossValidated").GetProperty("micro").GetProperty("f1").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Object, status.GetProperty("current").GetProperty("crossValidated").ValueKind);

        // re-tag the store with it: every article is classified again and the retrained model becomes the current one
        var apply = await client.PostAsync("/api/train/apply", Json("{}"));
        Assert.Equal(HttpStatusCode.Accepted, apply.StatusCode);
        do
        {
            await Task.Delay(200);
            status = await Get("/api/train/status");
        }
        while (status.GetProperty("state").GetString() == "applying" && DateTime.UtcNow < deadline.AddSeconds(60));
        Assert.Equal("applied", status.GetProperty("state").GetString());
        Assert.True(status.GetProperty("applied").GetProperty("articles").GetInt32() >= 700);
        var version = status.GetProperty("trained").GetProperty("version").GetString();
        Assert.Equal(version, status.GetProperty("current").GetProperty("version").GetString());
        var article = await Get("/api/articles/ncb-202511-12");
        Assert.All(article.GetProperty("tags").EnumerateArray(), t => Assert.Equal(version, t.GetProperty("model").GetString()));
    }

    [Fact]
    public void Applying_before_any_retraining_is_refused_with_the_reason()
    {
        using var temp = new TempFolder();
        using var store = ArticleStore.Open(temp.File("s.db"));
        var job = new TrainingJob(store, CliContext.ForWriters(new StringWriter(), new StringWriter(), new Dictionary<string, string?>()));
        Assert.False(job.TryApply(out var refusal));
        Assert.Contains("retrain first", refusal);
    }
}
