using NewsCorrelate.Classification;
using Xunit;

namespace NewsCorrelate.Tests.Classification;

public class TokenizerTests
{
    [Fact]
    public void Lower_cases_and_splits_on_punctuation_and_hyphens()
    {
        Assert.Equal(["china", "s", "rare", "earth", "exports"], Tokenizer.Tokenize("CHINA S Rare-earth exports!"));
    }

    [Fact]
    public void Every_number_becomes_one_placeholder_token()
    {
        Assert.Equal(["fell", "0", "to", "0", "tons", "in", "0"], Tokenizer.Tokenize("fell 11.5% to 5,473 tons in 2025"));
    }

    [Fact]
    public void Drops_the_possessive_and_joins_other_contractions()
    {
        Assert.Equal(["china", "exports", "were", "fine", "us", "rules"], Tokenizer.Tokenize("China\u2019s exports; we're fine. US's rules"));
    }
}
