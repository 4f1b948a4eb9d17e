using System.Text;

namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>Legacy encodings for the wrong-charset pages.</summary>
internal static class CodePages
{
    static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);
}
