using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

/// <summary>The content hash and SimHash of each article of an upsert batch, computed on thread-pool threads in
/// chunks while the writer stores the articles before them (hashing is about a sixth of the writer's work per article,
/// and the writer itself cannot be spread over cores). Reading an entry waits for its chunk, or computes the
/// chunk on the calling thread when no pool thread has started it. For one reader at a time.</summary>
internal sealed class ArticleDigests
{
    private const int ChunkSize = 32;
    private readonly Task<(string ContentHash, ulong SimHash)[]>[] _chunks;

    /// <param name="articles">No null entries.</param>
    public ArticleDigests(IReadOnlyList<Article> articles)
    {
        _chunks = new Task<(string, ulong)[]>[(articles.Count + ChunkSize - 1) / ChunkSize];
        for (var c = 0; c < _chunks.Length; c++)
        {
            var start = c * ChunkSize;
            var end = Math.Min(articles.Count, start + ChunkSize);
            _chunks[c] = Task.Run(() =>
            {
                var digests = new (string, ulong)[end - start];
                for (var i = start; i < end; i++)
                    digests[i - start] = (articles[i].ContentHash, SimHash.Of(articles[i].Text));
                return digests;
            });
        }
    }

    /// <summary>The digests of article <paramref name="index"/> of the batch.</summary>
    public (string ContentHash, ulong SimHash) this[int index] => _chunks[index / ChunkSize].GetAwaiter().GetResult()[index % ChunkSize];
}
