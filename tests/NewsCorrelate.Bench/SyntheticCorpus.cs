using System.Text;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Bench;

/// <summary>A deterministic synthetic news corpus: article <c>i</c> depends only on the seed and <c>i</c>. Words come
/// from a 40,000-word pseudo-vocabulary with a Zipf-like frequency (as in real text) plus a few trade words; articles
/// are about 2.5 KB in paragraphs, spread over 120 months (2016-01 .. 2025-12) and 24 sources.</summary>
internal sealed class SyntheticCorpus
{
    public const int VocabularySize = 40_000;
    public static readonly Month FirstMonth = new(2016, 1);
    public const int Months = 120;

    private static readonly string[] TradeWords =
        ["magnet", "magnets", "export", "exports", "licence", "licences", "truce", "tariff", "controls", "rare", "earth", "gallium",
         "shipments", "customs", "beijing", "washington", "summit", "concession", "tonnes", "quota"];

    private readonly int _seed;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public SyntheticCorpus(int seed)
    {
        _seed = seed;
        var random = new SplitMix((ulong)seed);
        var syllables = new[] { "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "gor", "hul", "pes", "quin", "tor", "wex", "zal", "fri", "mon", "cha" };
        var words = new HashSet<string>(TradeWords);
        var list = new List<string>(TradeWords);
        while (list.Count < VocabularySize)
        {
            var n = 2 + random.Next(3);
            var w = string.Concat(Enumerable.Range(0, n).Select(_ => syllables[random.Next(syllables.Length)]));
            if (words.Add(w)) list.Add(w);
        }
        // Shuffle so the trade words sit at different frequency ranks, not all at the top.
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        _vocabulary = [.. list];
        _cumulative = new double[VocabularySize];
        double sum = 0;
        for (var r = 0; r < VocabularySize; r++) _cumulative[r] = sum += 1.0 / Math.Pow(r + 1, 1.05);
        for (var r = 0; r < VocabularySize; r++) _cumulative[r] /= sum;
    }

    /// <summary>The word at frequency rank <paramref name="rank"/> (0 = most frequent).</summary>
    public string WordAtRank(int rank) => _vocabulary[rank];

    /// <summary>Article <paramref name="index"/>. With <paramref name="ofTotal"/> the months rise with the index (an
    /// archive imported in date order); otherwise each article gets a random month.</summary>
    public Article Article(int index, int? ofTotal = null)
    {
        var random = new SplitMix((ulong)_seed * 0x9E3779B97F4A7C15UL + (ulong)index);
        var randomMonth = random.Next(Months);
        var month = FirstMonth.AddMonths(ofTotal is { } total ? (int)((long)index * Months / total) : randomMonth);
        var day = 1 + random.Next(DateTime.DaysInMonth(month.Year, month.Number));
        var title = new StringBuilder();
        var titleWords = 6 + random.Next(6);
        for (var w = 0; w < titleWords; w++)
        {
            if (w > 0) title.Append(' ');
            title.Append(Word(random));
        }
        var text = new StringBuilder(2700);
        while (text.Length < 2400 + random.Next(200))
        {
            var sentence = 8 + random.Next(16);
            for (var w = 0; w < sentence; w++)
            {
                if (w > 0) text.Append(' ');
                text.Append(Word(random));
            }
            text.Append(random.Next(6) == 0 ? ".\n\n" : ". ");
        }
        return new Article(new ArticleId($"syn-{index}"), $"https://news{index % 24}.example/{index}", null, $"source-{index % 24}",
            title.ToString(), PublishedDate.OnDay(new DateOnly(month.Year, month.Number, day)), text.ToString().Trim(), ArticleOrigin.Imported);
    }

    private string Word(SplitMix random)
    {
        var rank = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[Math.Min(VocabularySize - 1, rank < 0 ? ~rank : rank)];
    }
}
