namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>Invented filler about trade, varied by a seed so every story has its own text (distinct SimHash).</summary>
internal static class SiteText
{
    private static readonly string[] Subjects =
    [
        "Port operators in the northern delta", "A committee of exporters", "Customs officials", "Shipping analysts",
        "Freight forwarders along the coast", "The ministry of commerce", "Buyers of specialty alloys", "Regional battery makers",
        "Importers of industrial magnets", "A group of textile mills", "Grain traders", "Container lines serving the strait",
    ];

    private static readonly string[] Verbs =
    [
        "reported a slower pace of", "warned about delays in", "pointed to a rebound in", "asked for clarity on",
        "recorded an unusual jump in", "expect a gradual easing of", "are preparing for fresh checks on", "questioned the timing of",
    ];

    private static readonly string[] Objects =
    [
        "licence approvals for rare-earth shipments", "outbound cargo bookings", "tariff exemptions on machine parts",
        "inspection backlogs at the border", "quarterly quotas for processed metals", "insurance costs on long routes",
        "spot prices for permanent magnets", "paperwork required for dual-use goods", "demand from overseas assemblers",
    ];

    private static readonly string[] Tails =
    [
        "according to figures shared with members this week", "which several firms said could last into the new quarter",
        "as negotiators prepared for another round of talks", "although the picture differed sharply between provinces",
        "a trend that smaller suppliers said they could not absorb", "while officials declined to give a timetable",
        "with some contracts already moved to later months", "even as volumes at the largest terminal held steady",
    ];

    public static IReadOnlyList<string> Paragraphs(int seed, int count = 6)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>();
        for (var p = 0; p < count; p++)
        {
            var sentences = Enumerable.Range(0, 3 + random.Next(2)).Select(_ =>
                $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)}, {Pick(random, Tails)} (note {random.Next(100, 999)}).");
            paragraphs.Add(string.Join(' ', sentences));
        }
        return paragraphs;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
