using Microsoft.Data.Sqlite;
using NewsCorrelate.Correlation;
using NewsCorrelate.Domain;
using NewsCorrelate.Index;
using Xunit;

namespace NewsCorrelate.Tests.Index;

public class StoreVolumesTests
{
    private static VolumePoint Point(int month, double? value, double? yoy = null) => new("CN-magnets-US", new Month(2025, month), value, yoy, null, "t", "customs");

    [Fact]
    public void Importing_volumes_counts_added_updated_and_unchanged_months()
    {
        using var store = ArticleStore.OpenInMemory();

        Assert.Equal(new VolumeImportResult(2, 0, 0), store.ImportVolumes([Point(10, 656), Point(11, 581.8)]));
        Assert.Equal(new VolumeImportResult(1, 1, 1), store.ImportVolumes([Point(10, 656), Point(11, 582), Point(12, 564)]));
        Assert.Equal([656, 582, 564], store.VolumePoints("cn-magnets-us").Select(p => p.Value!.Value));
    }

    [Fact]
    public void A_percentage_only_point_round_trips()
    {
        using var store = ArticleStore.OpenInMemory();
        store.ImportVolumes([Point(4, null, -59)]);

        var p = Assert.Single(store.VolumePoints());
        Assert.Null(p.Value);
        Assert.Equal(-59, p.YoyPct);
    }

    [Fact]
    public void A_version_2_store_is_migrated_keeping_its_volume_points()
    {
        using var temp = new TempFolder();
        var path = temp.File("v2.db");
        using (ArticleStore.Open(path, null, 2)) { }
        using (var c = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"INSERT INTO volume_points(series, month, value, unit, source, kind) VALUES ('S', {new Month(2025, 11).Ordinal}, 581.8, 't', 'customs', 'reported')";
            cmd.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(path);

        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        var p = Assert.Single(store.VolumePoints());
        Assert.Equal(("S", new Month(2025, 11), 581.8), (p.Series, p.Month, p.Value!.Value));
    }

    [Fact]
    public void Series_definitions_round_trip_with_their_aliases()
    {
        using var store = ArticleStore.OpenInMemory();
        store.ImportSeries([new SeriesDefinition("CN-magnets-US", "to the US", "t", ["US", "United States"])]);

        var s = Assert.Single(store.SeriesDefinitions());
        Assert.Equal(["US", "United States"], s.Aliases);
    }

    [Fact]
    public void Articles_in_a_window_come_with_their_tags_and_links_are_replaced_per_move()
    {
        using var store = ArticleStore.OpenInMemory();
        var inside = SomeArticle.With(id: "in", text: "Controls widened.", published: "2025-10-09");
        var monthOnly = SomeArticle.With(id: "month", text: "A month-precision story about Magnets.", published: "2025-11");
        var outside = SomeArticle.With(id: "out", text: "Too early.", published: "2025-08-31");
        var plain = SomeArticle.With(id: "plain", text: "Nothing relevant here.", published: "2025-10-10");
        store.Upsert([inside, monthOnly, outside, plain]);
        store.ReplaceTags([(inside.Id, [new TagAssignment(Tag.ControlsTightened, 0.9, ["Controls widened."], "m1")])]);

        var window = store.CandidatesBetween(new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 31)).ToList();

        Assert.Equal(["in", "month"], window.Select(a => a.Article.Id.Value));   // tagged, or naming magnets
        Assert.Equal(0.9, Assert.Single(window[0].Tags).Probability);
        var evidence = new ArticleEvidence(inside, EvidenceRole.Driver, 0.8, window[0].Tags, [], 1);
        store.ReplaceLinks("CN-magnets-US", new Month(2025, 11), [evidence]);
        store.ReplaceLinks("CN-magnets-US", new Month(2025, 11), [evidence with { Score = 0.7 }]);
        var link = Assert.Single(store.LinksOf(inside.Id));
        Assert.Equal(("CN-magnets-US", new Month(2025, 11), "driver", 0.7), link);
    }
}
