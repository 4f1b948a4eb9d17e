using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorrelate.Scraping;

/// <summary>Turns response bytes into text choosing the encoding as browsers do (WHATWG): a byte-order mark, else the
/// Content-Type charset, else a <c>&lt;meta charset&gt;</c> / http-equiv tag or XML declaration in the first 2 KB,
/// else UTF-8. A BOM is the one signal that cannot be stale, so it beats a header (servers often send a default
/// charset that the file does not use). Unknown charset names fall through to the next source, and the latin-1
/// labels mean windows-1252. Pure and thread-safe.</summary>
public static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="body"/>; <paramref name="headerCharset"/> is the charset parameter of the
    /// Content-Type header (null when absent).</summary>
    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset) => Detect(body, headerCharset, out var skip).GetString(body[skip..]);

    /// <summary>The encoding that <see cref="Decode"/> would use; <paramref name="bomLength"/> is the BOM to skip.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, out int bomLength)
    {
        if (FromBom(body, out bomLength) is { } bom) return bom;
        if (Lookup(headerCharset) is { } fromHeader) return fromHeader;
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 2048)]);
        var match = MetaCharset().Match(head);
        if (match.Success && Lookup(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) is { } fromMeta)
            // A page that says utf-16 in an ASCII-readable meta tag is not utf-16.
            return fromMeta is UnicodeEncoding ? Encoding.UTF8 : fromMeta;
        return Encoding.UTF8;
    }

    private static Encoding? FromBom(ReadOnlySpan<byte> b, out int size)
    {
        size = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { size = 3; return Encoding.UTF8; }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { size = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { size = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // As browsers do (WHATWG Encoding): these labels mean windows-1252.
        if (n is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1") n = "windows-1252";
        try
        {
            return Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
