using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class PorterStemmerTests
{
    [Theory]
    // the worked examples of each step of Porter's 1980 description
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("generalization", "gener")]
    [InlineData("oscillator", "oscil")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("roll", "roll")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    public void Reduces_words_as_the_published_algorithm_does(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("eased", "easing", "eases")]
    [InlineData("tightened", "tightening", "tightens")]
    [InlineData("licences", "licence", "licence")]
    [InlineData("suspended", "suspending", "suspends")]
    public void Inflections_of_one_word_share_a_stem(string a, string b, string c)
    {
        Assert.Equal(PorterStemmer.Stem(a), PorterStemmer.Stem(b));
        Assert.Equal(PorterStemmer.Stem(a), PorterStemmer.Stem(c));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("0")]
    [InlineData("g7")]
    [InlineData("détente")]
    public void Short_words_and_words_outside_a_to_z_are_left_alone(string word) =>
        Assert.Equal(word, PorterStemmer.Stem(word));
}
