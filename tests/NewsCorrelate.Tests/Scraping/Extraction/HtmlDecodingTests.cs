using System.IO.Compression;
using System.Text;
using NewsCorrelate.Scraping.Extraction;
using Xunit;

namespace NewsCorrelate.Tests.Scraping.Extraction;

public class HtmlDecodingTests
{
    private static string Page(string charset) => $"<html><head><meta charset=\"{charset}\"></head><body><p>Zölle und Magnete – café</p></body></html>";

    [Fact]
    public void Utf8_is_the_default()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Zölle – café</p>");

        Assert.Equal("<p>Zölle – café</p>", HtmlDecoding.Decode(bytes));
    }

    [Fact]
    public void A_meta_charset_is_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Page("windows-1252");
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes(html);

        Assert.Contains("Zölle und Magnete – café", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Gzipped_bytes_are_unpacked_first()
    {
        var html = Page("utf-8");
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(html));

        Assert.Equal(html, HtmlDecoding.Decode(packed.ToArray()));
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_an_invalid_data_error()
    {
        Assert.ThrowsAny<InvalidDataException>(() => HtmlDecoding.Decode([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]));
    }

    [Fact]
    public void An_unknown_charset_falls_back_to_utf8()
    {
        var html = Page("x-made-up");

        Assert.Equal(html, HtmlDecoding.Decode(Encoding.UTF8.GetBytes(html)));
    }
}
