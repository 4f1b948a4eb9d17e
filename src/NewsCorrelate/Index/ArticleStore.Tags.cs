using System.Text.Json;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Index;

public sealed partial class ArticleStore
{
    // The store holds only the tags the classifier assigned (each passed its tag's own calibrated threshold), so an
    // article "has" a tag, for the tag: filter, facets and stats, when a row for it exists.

    /// <summary>Replaces the tags of each listed article (all of its previous tags are removed) in one transaction, and
    /// marks each as classified by <paramref name="modelVersion"/> (default: its tags' model), with or without tags.</summary>
    public void ReplaceTags(IEnumerable<(ArticleId Id, IReadOnlyList<TagAssignment> Tags)> tagged, string? modelVersion = null)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var delete = Command("DELETE FROM tags WHERE article_id = $id", tx);
            var deleteId = delete.Parameters.AddWithValue("$id", "");
            using var insert = Command("""
                INSERT OR REPLACE INTO tags(article_id, tag, probability, evidence, model_version, tagged_at)
                VALUES ($id, $tag, $p, $evidence, $model, $now)
                """, tx);
            var id = insert.Parameters.AddWithValue("$id", "");
            var tag = insert.Parameters.AddWithValue("$tag", "");
            var p = insert.Parameters.AddWithValue("$p", 0.0);
            var evidence = insert.Parameters.AddWithValue("$evidence", "");
            var model = insert.Parameters.AddWithValue("$model", "");
            var now = insert.Parameters.AddWithValue("$now", Now());
            using var mark = Command("INSERT OR REPLACE INTO classified(article_id, model_version, classified_at) VALUES ($id, $model, $now)", tx);
            var markId = mark.Parameters.AddWithValue("$id", "");
            var markModel = mark.Parameters.AddWithValue("$model", "");
            mark.Parameters.AddWithValue("$now", now.Value);
            foreach (var (articleId, tags) in tagged)
            {
                ArgumentNullException.ThrowIfNull(tags);
                deleteId.Value = articleId.Value;
                delete.ExecuteNonQuery();
                markId.Value = articleId.Value;
                markModel.Value = modelVersion ?? (tags.Count > 0 ? tags[0].ModelVersion : "");
                mark.ExecuteNonQuery();
                foreach (var t in tags)
                {
                    id.Value = articleId.Value;
                    tag.Value = t.Tag.Name;
                    p.Value = t.Probability;
                    evidence.Value = JsonSerializer.Serialize(t.Evidence);
                    model.Value = t.ModelVersion;
                    insert.ExecuteNonQuery();
                }
            }
            tx.Commit();
        }
    }

    /// <summary>The tags of an article, most probable first (empty when untagged).</summary>
    public IReadOnlyList<TagAssignment> GetTags(ArticleId id)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT tag, probability, evidence, model_version FROM tags WHERE article_id = $p ORDER BY probability DESC, tag");
            cmd.Parameters.AddWithValue("$p", id.Value);
            using var r = cmd.ExecuteReader();
            var list = new List<TagAssignment>();
            while (r.Read())
                list.Add(ReadTag(r, 0));
            return list;
        }
    }

    /// <summary>Ids of the articles no model has classified since they were added or their title or text last changed
    /// (<see cref="ReplaceTags"/> marks them), streamed in pages (tagging between pages is allowed and does not make the
    /// enumeration skip or repeat articles).</summary>
    public IEnumerable<ArticleId> UnclassifiedArticleIds(int pageSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        long after = 0;
        while (true)
        {
            var page = new List<(long N, string Id)>();
            lock (_gate)
            {
                using var cmd = Command("""
                    SELECT n, id FROM articles a WHERE n > $after AND NOT EXISTS (SELECT 1 FROM classified c WHERE c.article_id = a.id)
                    ORDER BY n LIMIT $limit
                    """);
                cmd.Parameters.AddWithValue("$after", after);
                cmd.Parameters.AddWithValue("$limit", pageSize);
                using var r = cmd.ExecuteReader();
                while (r.Read()) page.Add((r.GetInt64(0), r.GetString(1)));
            }
            foreach (var (_, id) in page) yield return new ArticleId(id);
            if (page.Count < pageSize) yield break;
            after = page[^1].N;
        }
    }

    /// <summary>Removes every tag and every classified mark (e.g. before re-tagging with a new model).</summary>
    public void ClearTags()
    {
        lock (_gate) Execute(_connection, "DELETE FROM tags; DELETE FROM classified;");
    }

    /// <summary>Sets the analyst's labels of an article (an empty set means "labelled: none of the tags").</summary>
    /// <exception cref="KeyNotFoundException">No article has this id.</exception>
    public void SetLabels(ArticleId id, IReadOnlyCollection<Tag> tags) => SetLabels([(id, tags)]);

    /// <summary>Sets the labels of several articles in one transaction: all or none.</summary>
    /// <exception cref="KeyNotFoundException">An id names no article (nothing is written).</exception>
    public void SetLabels(IEnumerable<(ArticleId Id, IReadOnlyCollection<Tag> Tags)> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            using var cmd = Command("INSERT OR REPLACE INTO labels(article_id, tags, labelled_at) VALUES ($id, $tags, $now)", tx);
            var idParameter = cmd.Parameters.AddWithValue("$id", "");
            var tagsParameter = cmd.Parameters.AddWithValue("$tags", "");
            cmd.Parameters.AddWithValue("$now", Now());
            foreach (var (id, tags) in labels)
            {
                ArgumentNullException.ThrowIfNull(tags);
                if (Convert.ToInt64(Scalar("SELECT count(*) FROM articles WHERE id = $p", tx, id.Value)) == 0)
                    throw new KeyNotFoundException($"No article with id '{id}'.");
                idParameter.Value = id.Value;
                tagsParameter.Value = string.Join(';', tags.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Every labelled article with its labels, by id.</summary>
    public IReadOnlyList<(ArticleId Id, IReadOnlyList<Tag> Tags)> AllLabels()
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT article_id, tags FROM labels ORDER BY article_id");
            using var r = cmd.ExecuteReader();
            var list = new List<(ArticleId, IReadOnlyList<Tag>)>();
            while (r.Read())
                list.Add((new ArticleId(r.GetString(0)),
                    r.GetString(1).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => new Tag(t)).ToList()));
            return list;
        }
    }

    /// <summary>How many articles published in each month from <paramref name="from"/> through <paramref name="to"/>
    /// (inclusive) carry each tag: (month, tag, count), by month then tag.</summary>
    public IReadOnlyList<(Month Month, Tag Tag, int Count)> TagCountsPerMonth(Month from, Month to)
    {
        lock (_gate)
        {
            using var cmd = Command("""
                SELECT a.month, t.tag, count(*) FROM articles a CROSS JOIN tags t ON t.article_id = a.id
                WHERE a.month BETWEEN $from AND $to GROUP BY a.month, t.tag ORDER BY a.month, t.tag
                """);
            cmd.Parameters.AddWithValue("$from", from.Ordinal);
            cmd.Parameters.AddWithValue("$to", to.Ordinal);
            using var r = cmd.ExecuteReader();
            var list = new List<(Month, Tag, int)>();
            while (r.Read()) list.Add((Month.FromOrdinal(r.GetInt32(0)), new Tag(r.GetString(1)), r.GetInt32(2)));
            return list;
        }
    }

    /// <summary>Reads a tag row's (tag, probability, evidence JSON, model_version) columns starting at <paramref name="first"/>.</summary>
    internal static TagAssignment ReadTag(Microsoft.Data.Sqlite.SqliteDataReader r, int first) =>
        new(new Tag(r.GetString(first)), r.GetDouble(first + 1),
            JsonSerializer.Deserialize<string[]>(r.GetString(first + 2)) ?? [], r.GetString(first + 3));
}
