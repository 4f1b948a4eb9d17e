using System.IO.Compression;
using System.Text;
using NewsCorrelate.Scraping;
using NewsCorrelate.Tests.Scraping.Site;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class HttpFetcherTests(TestSite site) : IClassFixture<TestSite>
{
    private static HttpFetcher Fetcher() => new(new FetchOptions("NewsCorrelate/1.0", TimeSpan.FromSeconds(10), 1024 * 1024, 5));

    [Fact]
    public async Task A_matching_etag_gives_not_modified_and_keeps_the_validators()
    {
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(new FetchRequest(site.Url("/articles/a02")), CancellationToken.None);
        var again = await fetcher.FetchAsync(new FetchRequest(site.Url("/articles/a02"), first.ETag, first.LastModified), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("text/html", first.MediaType);
        Assert.Equal(FetchStatus.NotModified, again.Status);
        Assert.Equal(304, again.StatusCode);
        Assert.Equal(first.ETag, again.ETag);
        Assert.Null(again.Text);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_becomes_a_wait()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new FetchRequest(site.Url("/busy-until")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal("HTTP 503", result.Reason);
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 20, 31);
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_final_url_reported()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new FetchRequest(site.Url("/go/a05")), CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(site.Url("/articles/a05"), result.FinalUrl);
        Assert.Equal(site.Url("/go/a05"), result.Url);
    }

    [Fact]
    public async Task Saved_gzipped_pages_are_read_from_disk_with_the_same_limits()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nc-fetch-{Guid.NewGuid():N}.html.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes("<html><body><p>Ünïcode page</p></body></html>"));
        try
        {
            using var fetcher = Fetcher();
            var result = await fetcher.FetchAsync(new FetchRequest(new Uri(path)), CancellationToken.None);
            Assert.Equal(FetchStatus.Ok, result.Status);
            Assert.Equal("text/html", result.MediaType);
            Assert.Contains("Ünïcode page", result.Text);

            using var tiny = new HttpFetcher(new FetchOptions("NewsCorrelate/1.0", TimeSpan.FromSeconds(10), 16, 5));
            Assert.StartsWith("file larger than 16 bytes", (await tiny.FetchAsync(new FetchRequest(new Uri(path)), CancellationToken.None)).Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Unreachable_hosts_are_a_failed_result_not_an_exception()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri("http://127.0.0.1:9/")), CancellationToken.None); // the discard port: refused
        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.StartsWith("network error: ", result.Reason);
    }

    [Fact]
    public async Task A_slow_response_is_cut_off_at_the_timeout()
    {
        using var fetcher = new HttpFetcher(new FetchOptions("NewsCorrelate/1.0", TimeSpan.FromSeconds(0.5), 1024 * 1024, 5));
        var result = await fetcher.FetchAsync(new FetchRequest(site.Url("/slow")), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal("timed out after 0.5 s", result.Reason);
    }
}
