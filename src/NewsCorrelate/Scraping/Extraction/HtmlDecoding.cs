using System.IO.Compression;

namespace NewsCorrelate.Scraping.Extraction;

/// <summary>Turns the bytes of a saved page into text: gunzips when the bytes are gzip, then decodes them the way the
/// crawler does (<see cref="CharsetDecoder"/>: byte-order mark, declared charset, meta tag, else UTF-8).
/// Pure; thread-safe.</summary>
public static class HtmlDecoding
{
    /// <summary>Decodes <paramref name="bytes"/>. <paramref name="declaredCharset"/> is the HTTP Content-Type charset
    /// when known. Throws <see cref="InvalidDataException"/> for a truncated or corrupt gzip stream.</summary>
    public static string Decode(byte[] bytes, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b) bytes = Gunzip(bytes);
        return CharsetDecoder.Decode(bytes, declaredCharset);
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
