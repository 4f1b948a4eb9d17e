namespace NewsCorrelate.Index;

public sealed partial class ArticleStore
{
    /// <summary>Setting key: when (UTC, ISO 8601) the shipped corpus was loaded into this store.</summary>
    public const string CorpusLoadedSetting = "corpus_loaded";

    /// <summary>A small named value kept in the store (e.g. <see cref="CorpusLoadedSetting"/>), or null.</summary>
    public string? GetSetting(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        lock (_gate) return Scalar("SELECT value FROM store_settings WHERE key = $p", null, key) as string;
    }

    public void SetSetting(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            using var cmd = Command("INSERT OR REPLACE INTO store_settings(key, value) VALUES ($k, $v)");
            cmd.Parameters.AddWithValue("$k", key);
            cmd.Parameters.AddWithValue("$v", value);
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Now, as stored in timestamps (UTC, ISO 8601 to the second).</summary>
    public string Timestamp() => Now();
}
