using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Turns the bytes of a saved or fetched page into text: gunzips when the bytes are gzip, then decodes by
/// byte-order mark, the declared charset (HTTP header or <c>&lt;meta charset&gt;</c> in the first 4 KB), else UTF-8.
/// Pure; thread-safe.</summary>
public static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<cs>[\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>Decodes <paramref name="bytes"/>. <paramref name="declaredCharset"/> is the HTTP Content-Type charset
    /// when known. Throws <see cref="InvalidDataException"/> for a truncated or corrupt gzip stream.</summary>
    public static string Decode(byte[] bytes, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b) bytes = Gunzip(bytes);
        if (bytes.AsSpan().StartsWith("\uFEFF"u8)) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var charset = declaredCharset;
        if (string.IsNullOrWhiteSpace(charset))
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var m = MetaCharset().Match(head);
            if (m.Success) charset = m.Groups["cs"].Value;
        }
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim());
            }
            catch (ArgumentException)
            {
                // An unknown charset name: UTF-8 is the web's default and the best guess.
            }
        }
        // A page that declares UTF-16 in a meta tag is really ASCII-compatible (the tag was readable as ASCII).
        if (encoding is UnicodeEncoding) encoding = Encoding.UTF8;
        return encoding.GetString(bytes);
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(bytes.Length * 4);
        gzip.CopyTo(output);
        // GZipStream stops quietly at a cut-off stream; the trailer's length (mod 2^32) tells a whole file from a part.
        var expected = bytes.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) : uint.MaxValue;
        if (expected != (uint)output.Length)
            throw new InvalidDataException("truncated or corrupt gzip data");
        return output.ToArray();
    }
}
