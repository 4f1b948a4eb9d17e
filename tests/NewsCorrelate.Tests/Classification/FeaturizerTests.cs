using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class FeaturizerTests
{
    private static readonly Featurizer Words = new(new FeatureSettings(2, 0, 0, 20, 1, 0, false, ConceptLexicon.Empty, 0));

    [Fact]
    public void The_same_text_always_gives_the_same_vector()
    {
        var a = new Featurizer(FeatureSettings.Default).Count("China suspended the October controls for a year.");
        var b = new Featurizer(FeatureSettings.Default).Count("China suspended the October controls for a year.");
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
    }

    [Fact]
    public void Indices_are_strictly_increasing_and_inside_the_hash_space()
    {
        var v = new Featurizer(FeatureSettings.Default).Count("Export controls, export licences and export bans: exports fell.");
        Assert.All(v.Indices.Zip(v.Indices.Skip(1)), p => Assert.True(p.First < p.Second));
        Assert.All(v.Indices, i => Assert.InRange(i, 0, FeatureSettings.Default.Buckets - 1));
    }

    [Fact]
    public void Word_features_are_unigrams_and_bigrams_with_counts()
    {
        // "ban ban ban": unigram "ban" x3 and bigram "ban ban" x2
        var v = Words.Count("ban ban ban");
        Assert.Equal(2, v.Count);
        Assert.Equal([2f, 3f], v.Values.Order());
    }

    [Fact]
    public void Figures_do_not_change_the_features()
    {
        var a = Words.Count("exports fell 11% to 582 tons");
        var b = Words.Count("exports fell 56.1% to 1,118 tons");
        Assert.Equal(a.Indices, b.Indices);
    }

    [Fact]
    public void Character_ngrams_link_word_forms()
    {
        var chars = new Featurizer(new FeatureSettings(1, 3, 5, 20, 1, 0, false, ConceptLexicon.Empty, 0));
        var a = chars.Count("suspends").Indices.ToHashSet();
        var b = chars.Count("suspension").Indices.ToHashSet();
        var c = chars.Count("tariffs").Indices.ToHashSet();
        Assert.True(a.Intersect(b).Count() >= 4);
        Assert.True(a.Intersect(b).Count() > a.Intersect(c).Count());
    }

    [Fact]
    public void Weighing_gives_unit_length_and_drops_unknown_buckets()
    {
        var counts = new[] { Words.Count("controls tightened again"), Words.Count("controls eased again") };
        var vocabulary = Vocabulary.Fit(counts, Words.Settings.Buckets, 1);
        var x = vocabulary.Weigh(Words.Count("controls tightened sharply"));
        Assert.Equal(1.0, Math.Sqrt(x.Values.Sum(v => (double)v * v)), 5);
        Assert.Equal(3, x.Count); // controls, tightened, "controls tightened"; "sharply" and its bigram are unknown
    }

    [Fact]
    public void Weighing_is_one_plus_log_count_times_idf_for_whole_large_and_fractional_counts()
    {
        var vocabulary = new Vocabulary([3, 7, 9], [1f, 2f, 0.5f], 16);
        var x = vocabulary.Weigh(new SparseVector([3, 7, 9, 12], [2f, 300f, 1.5f, 4f]));
        double[] raw = [(1 + Math.Log(2)) * 1, (1 + Math.Log(300)) * 2, (1 + Math.Log(1.5)) * 0.5];
        var norm = Math.Sqrt(raw.Sum(v => v * v));
        Assert.Equal([0, 1, 2], x.Indices);
        for (var i = 0; i < raw.Length; i++) Assert.Equal(raw[i] / norm, x.Values[i], 6);
        Assert.Equal(1, vocabulary.IndexOf(7));
        Assert.Equal(-1, vocabulary.IndexOf(12)); // in the hash space, not in the vocabulary
        Assert.Equal(-1, vocabulary.IndexOf(99)); // outside the hash space
    }
}
