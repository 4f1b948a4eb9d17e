using NewsCorrelate.Classification;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Tests.Classification;

/// <summary>Small crafted labelled articles for classifier tests: each tagged article carries one event sentence per
/// tag among neutral market sentences, drawn with a fixed seed.</summary>
internal static class Samples
{
    private static readonly string[] Neutral =
    [
        "Prices for neodymium oxide were little changed in thin trading.",
        "Magnet makers reported steady orders from carmakers in the quarter.",
        "The port handled more containers than a year earlier.",
        "Analysts expect demand from wind turbines to grow next year.",
        "A new mine in Australia began commercial production.",
        "Shares of rare-earth producers rose modestly on Tuesday.",
        "Customs data will be published later this month.",
        "Freight rates across the Pacific eased slightly.",
    ];

    private static readonly Dictionary<Tag, string[]> Events = new()
    {
        [Tag.ControlsTightened] =
        [
            "The ministry imposed new export controls on gallium and germanium.",
            "Beijing banned exports of rare-earth processing technology.",
            "Washington added dozens of Chinese firms to the entity list.",
            "Authorities required export licences for graphite shipments.",
        ],
        [Tag.Truce] =
        [
            "The two sides agreed to pause tariffs for ninety days.",
            "Negotiators agreed a framework deal ending the tariff standoff.",
            "The leaders extended the tariff truce for another three months.",
            "Both governments signed an agreement to de-escalate the trade war.",
        ],
        [Tag.Concession] =
        [
            "The ministry approved export licences for several magnet makers.",
            "Beijing suspended the October controls for one year.",
            "Washington granted exemptions for smartphones and laptops.",
            "China committed to purchase more American soybeans.",
        ],
    };

    public static List<LabelledArticle> Articles(int count, int seed = 7)
    {
        var random = new Random(seed);
        var combos = new[]
        {
            Array.Empty<Tag>(), [Tag.ControlsTightened], [Tag.Truce], [Tag.Concession], [Tag.Truce, Tag.Concession],
        };
        var list = new List<LabelledArticle>();
        for (var i = 0; i < count; i++)
        {
            var tags = combos[i % combos.Length];
            var sentences = Enumerable.Range(0, 4).Select(_ => Neutral[random.Next(Neutral.Length)]).ToList();
            foreach (var tag in tags)
                sentences.Insert(random.Next(sentences.Count + 1), Events[tag][random.Next(Events[tag].Length)]);
            var text = string.Join(" ", sentences);
            list.Add(new LabelledArticle(new ClassifierInput($"a-{i:D3}", $"Brief {i}", text), tags.ToHashSet(), new DateOnly(2025, 1, 1).AddDays(i)));
        }
        return list;
    }

    /// <summary>Fast options for tests: small hash space, 3 folds.</summary>
    public static TrainingOptions Options => new() { Folds = 3, MinExamplesPerTag = 6, Features = new FeatureSettings(2, 3, 5, 16, 1, 0, false, ConceptLexicon.Empty, 0) };

    private static ClassifierModel? trained;

    /// <summary>A model trained once on 60 samples (shared by read-only tests).</summary>
    public static ClassifierModel Model => trained ??= ClassifierTrainer.Train(Articles(60), Options);
}
