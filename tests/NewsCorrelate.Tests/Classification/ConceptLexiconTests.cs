using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class ConceptLexiconTests
{
    private const string Sample = """
        # test lexicon
        [ease]
        ease
        roll back
        scale back
        [tension]
        tensions
        friction
        trade war
        [restriction]
        export controls
        controls
        """;

    private static List<string> Stems(string text) => Tokenizer.Tokenize(text).ConvertAll(PorterStemmer.Stem);

    private static List<string> Found(ConceptLexicon lexicon, string text) =>
        lexicon.Match(Stems(text)).Select(m => lexicon.Concepts[m.Concept]).ToList();

    [Fact]
    public void Inflected_words_and_phrases_match_their_concept()
    {
        var lexicon = ConceptLexicon.Parse(Sample);
        Assert.Equal(["tension", "ease", "ease"], Found(lexicon, "Trade tensions eased after Washington rolled back the rules."));
        Assert.Equal(["ease", "tension"], Found(lexicon, "an easing of friction"));
    }

    [Fact]
    public void The_longest_entry_wins_and_matching_resumes_after_it()
    {
        var lexicon = ConceptLexicon.Parse(Sample);
        var found = lexicon.Match(Stems("new export controls"));
        Assert.Single(found);
        Assert.Equal((1, 3), (found[0].Start, found[0].End));
    }

    [Theory]
    [InlineData("[broken\nword", 1)]
    [InlineData("orphan entry\n[ease]\nease", 1)]
    [InlineData("[ease]\nease\n[ease]\nrelax", 3)]
    [InlineData("[ease]\n,,,", 2)]
    public void A_malformed_lexicon_is_refused_with_its_line(string source, int line)
    {
        var e = Assert.Throws<FormatException>(() => ConceptLexicon.Parse(source));
        Assert.Contains($"line {line}", e.Message);
    }

    [Fact]
    public void The_shipped_lexicon_loads_and_each_entry_belongs_to_one_concept()
    {
        var lexicon = ConceptLexicon.Default;
        Assert.True(lexicon.Concepts.Count >= 20, $"only {lexicon.Concepts.Count} concepts");
        Assert.Equal(lexicon.Concepts.Count, lexicon.Concepts.Distinct().Count());
    }

    [Fact]
    public void Concept_features_link_synonyms_that_share_no_word()
    {
        var settings = new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(Sample), 4);
        var featurizer = new Featurizer(settings);
        var plain = new Featurizer(settings.With(0, true, ConceptLexicon.Empty));
        var a = featurizer.Count("tensions eased").Indices.ToHashSet();
        var b = featurizer.Count("friction was scaled back").Indices.ToHashSet();
        Assert.Empty(plain.Count("tensions eased").Indices.Intersect(plain.Count("friction was scaled back").Indices));
        // both carry "tension", "ease" and the pair tension+ease
        Assert.Equal(3, a.Intersect(b).Count());
    }

    [Fact]
    public void Concepts_far_apart_do_not_form_a_pair()
    {
        var featurizer = new Featurizer(new FeatureSettings(1, 0, 0, 20, 1, 0, true, ConceptLexicon.Parse(Sample), 2));
        // the pair feature: what "tensions eased" has beyond the features of its two words alone (unigrams only)
        var pair = featurizer.Count("tensions eased").Indices
            .Except(featurizer.Count("tensions").Indices).Except(featurizer.Count("eased").Indices).ToList();
        Assert.Single(pair);
        Assert.Contains(pair[0], featurizer.Count("tensions have eased").Indices);
        Assert.DoesNotContain(pair[0], featurizer.Count("tensions were said by many to have eased").Indices);
    }
}
