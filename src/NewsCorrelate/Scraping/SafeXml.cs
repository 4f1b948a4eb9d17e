using System.Xml;
using System.Xml.Linq;

namespace NewsCorrelate.Scraping;

/// <summary>Loads untrusted XML (feeds, sitemaps) with DTDs ignored and no external resolution, so entity
/// expansion and external-entity tricks cannot run. Returns the reason instead of throwing.</summary>
internal static class SafeXml
{
    public static XDocument? Load(string text, out string? error)
    {
        error = null;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n')), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            error = $"not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}";
            return null;
        }
    }
}
