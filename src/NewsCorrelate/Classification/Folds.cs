using System.Security.Cryptography;
using System.Text;

namespace NewsCorrelate.Classification;

/// <summary>Deterministic, label-stratified fold assignment: articles are grouped by their exact tag set, ordered
/// within a group by a hash of their id, and dealt round-robin, so every fold gets its share of each combination
/// and the assignment does not depend on input order.</summary>
public static class Folds
{
    /// <returns>The fold (0 to <paramref name="k"/>-1) of each article, in input order.</returns>
    public static int[] Assign(IReadOnlyList<LabelledArticle> articles, int k)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var order = Enumerable.Range(0, articles.Count)
            .Select(i => (i, Key: string.Join(";", articles[i].Tags.Select(t => t.Name).Order(StringComparer.Ordinal)),
                Hash: Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(articles[i].Article.Id)))))
            .OrderBy(x => x.Key, StringComparer.Ordinal).ThenBy(x => x.Hash, StringComparer.Ordinal).ThenBy(x => articles[x.i].Article.Id, StringComparer.Ordinal)
            .ToList();
        var folds = new int[articles.Count];
        for (var r = 0; r < order.Count; r++) folds[order[r].i] = r % k;
        return folds;
    }
}
