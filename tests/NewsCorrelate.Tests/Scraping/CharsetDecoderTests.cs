using System.Text;
using NewsCorrelate.Scraping;
using Xunit;

namespace NewsCorrelate.Tests.Scraping;

public class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head) => $"<html><head>{head}</head><body>Café déjà vu</body></html>";

    [Fact]
    public void The_header_charset_wins()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta charset=\"utf-8\">"));
        Assert.Contains("Café déjà vu", CharsetDecoder.Decode(bytes, "windows-1252"));
    }

    [Fact]
    public void Without_a_header_the_meta_tag_decides()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"));
        Assert.Contains("Café déjà vu", CharsetDecoder.Decode(bytes, null));
    }

    [Fact]
    public void A_byte_order_mark_beats_a_meta_tag_and_an_unknown_header_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1252\">"))).ToArray();
        var text = CharsetDecoder.Decode(bytes, "no-such-charset");
        Assert.StartsWith("<html>", text);
        Assert.Contains("Café déjà vu", text);
    }

    [Fact]
    public void A_byte_order_mark_beats_a_stale_header_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page(""))).ToArray();
        Assert.Contains("Café déjà vu", CharsetDecoder.Decode(bytes, "iso-8859-1"));
    }

    [Fact]
    public void Xml_declarations_name_the_encoding_of_feeds()
    {
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><rss>Café €</rss>");
        Assert.Contains("Café €", CharsetDecoder.Decode(bytes, null));
    }

    [Fact]
    public void Utf8_is_the_default() =>
        Assert.Contains("Café déjà vu", CharsetDecoder.Decode(Encoding.UTF8.GetBytes(Page("")), null));
}
