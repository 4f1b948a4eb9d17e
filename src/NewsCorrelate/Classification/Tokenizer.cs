using System.Runtime.CompilerServices;
namespace NewsCorrelate.Classification;

/// <summary>Splits text into normalised word tokens: lower-cased letters and digits; every number (with its
/// decimal point or thousands separators) becomes the single token "0", so specific figures never become features;
/// a possessive "'s" is dropped; hyphens and other punctuation separate words. Pure and thread-safe.</summary>
public static class Tokenizer
{
    public const string NumberToken = "0";

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: optimised from the first call
    public static void Tokenize(string text, List<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                    i++;
                tokens.Add(NumberToken);
                continue;
            }
            if (!char.IsLetter(c))
            {
                i++;
                continue;
            }
            var length = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (length < buffer.Length) buffer[length++] = char.ToLowerInvariant(text[i]);
                i++;
            }
            // possessive 's / ’s: drop it; other apostrophes (don't, we're) join the word.
            while (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsLetter(text[i + 1]))
            {
                var j = i + 1;
                while (j < text.Length && char.IsLetterOrDigit(text[j])) j++;
                var isPossessive = j - (i + 1) == 1 && text[i + 1] is 's' or 'S';
                if (!isPossessive)
                    for (var k = i + 1; k < j && length < buffer.Length; k++)
                        buffer[length++] = char.ToLowerInvariant(text[k]);
                i = j;
            }
            tokens.Add(new string(buffer[..length]));
        }
    }

    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        Tokenize(text, tokens);
        return tokens;
    }
}
