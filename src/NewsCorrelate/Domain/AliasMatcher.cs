using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace NewsCorrelate.Domain;

/// <summary>Finds the words a series goes by ("US", "United States", "America") in text: one compiled regex per
/// alias list, cached. Short all-capital aliases ("US", "EU") match only in capitals, so the pronoun "us" is not
/// the United States; spaces in an alias also match hyphens ("rare-earth"). Thread-safe.</summary>
public static class AliasMatcher
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>A regex matching any of <paramref name="aliases"/> as whole words.</summary>
    public static Regex For(IEnumerable<string> aliases)
    {
        var list = aliases.Where(a => a.Length >= 2).Distinct().OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToList();
        return Cache.GetOrAdd(string.Join('\u001f', list), _ => Build(list));
    }

    /// <summary>A regex matching <paramref name="alias"/> as a whole word.</summary>
    public static Regex For(string alias) => For([alias]);

    private static Regex Build(List<string> aliases)
    {
        if (aliases.Count == 0) return new Regex("(?!)", RegexOptions.Compiled);
        var parts = aliases.Select(a =>
        {
            var escaped = Regex.Escape(a).Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal);
            var caseSensitive = a.Length <= 3 && a.All(c => !char.IsLetter(c) || char.IsUpper(c));
            return caseSensitive ? $"(?-i:{escaped})" : escaped;
        });
        return new Regex($@"(?<![\w.])(?:{string.Join('|', parts)})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
