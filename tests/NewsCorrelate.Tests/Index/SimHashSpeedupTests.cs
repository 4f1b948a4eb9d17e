using NewsCorrelate.Domain;
using Xunit;

namespace NewsCorrelate.Tests.Index;

/// <summary>SimHash.Of was rewritten for ingest speed (byte-lane bit counting, ASCII fast paths); it must give exactly
/// the hashes of the first, plain implementation kept below as the reference.</summary>
public class SimHashSpeedupTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("Two words")]
    [InlineData("Exports of rare-earth MAGNETS fell 11% in November; Beijing's licences slowed.")]
    [InlineData("Ünïcödé Wörter und ÄÖÜ straße, 東京 exports 2025")]
    public void Gives_the_same_hash_as_the_reference_implementation(string text) =>
        Assert.Equal(ReferenceSimHash.Of(text), SimHash.Of(text));

    [Fact]
    public void Gives_the_same_hash_on_long_texts_past_the_lane_overflow_point()
    {
        var random = new Random(7);
        for (var n = 0; n < 20; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 300 + n * 97).Select(_ => "w" + random.Next(500) + (random.Next(9) == 0 ? "." : "")));
            Assert.Equal(ReferenceSimHash.Of(text), SimHash.Of(text));
        }
    }
}

