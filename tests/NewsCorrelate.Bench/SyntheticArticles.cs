using System.Text;
using NewsCorrelate.Classification;
using NewsCorrelate.Domain;

namespace NewsCorrelate.Bench;

/// <summary>Seeded synthetic articles of about 2.5 KB for speed figures: Zipf-distributed filler words from a
/// 20,000-word made-up vocabulary, with one cue sentence per tag an article carries.</summary>
internal sealed class SyntheticArticles(int seed)
{
    private readonly Random random = new(seed);
    private readonly string[] words = MakeWords(20_000, seed);

    private static readonly Dictionary<Tag, string[]> Cues = new()
    {
        [Tag.ControlsTightened] = ["The ministry imposed new export controls on the materials.", "Officials banned shipments to listed firms."],
        [Tag.Truce] = ["The two sides agreed to pause tariffs for ninety days.", "Negotiators reached a framework deal."],
        [Tag.Concession] = ["Beijing approved export licences for several makers.", "The controls were suspended for a year."],
    };

    public LabelledArticle Next(int index)
    {
        var tags = Tag.WellKnown.Where(_ => random.NextDouble() < 0.25).ToHashSet();
        var sb = new StringBuilder(2600);
        while (sb.Length < 2500)
        {
            var n = 12 + random.Next(14);
            for (var i = 0; i < n; i++)
            {
                if (i > 0) sb.Append(' ');
                var w = words[(int)Math.Min(words.Length - 1, Math.Floor(Math.Pow(words.Length, random.NextDouble())) - 1)];
                sb.Append(i == 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w);
            }
            sb.Append(". ");
            if (tags.Count > 0 && random.NextDouble() < 0.15)
            {
                var tag = tags.ElementAt(random.Next(tags.Count));
                sb.Append(Cues[tag][random.Next(Cues[tag].Length)]).Append(' ');
            }
        }
        foreach (var tag in tags) sb.Append(Cues[tag][0]).Append(' ');
        return new LabelledArticle(new ClassifierInput($"s-{index:D6}", $"Synthetic {index}", sb.ToString().TrimEnd()), tags, new DateOnly(2025, 1, 1));
    }

    public IEnumerable<LabelledArticle> Stream(int count)
    {
        for (var i = 0; i < count; i++) yield return Next(i);
    }

    private static string[] MakeWords(int count, int seed)
    {
        var r = new Random(seed ^ 0x5EED);
        const string letters = "abcdefghijklmnoprstuvwy";
        var set = new HashSet<string>();
        while (set.Count < count)
        {
            var len = 3 + r.Next(8);
            var chars = new char[len];
            for (var i = 0; i < len; i++) chars[i] = letters[r.Next(letters.Length)];
            set.Add(new string(chars));
        }
        return [.. set.Order(StringComparer.Ordinal)];
    }
}
