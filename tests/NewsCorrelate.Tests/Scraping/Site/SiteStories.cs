namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>The stories of the test site: twelve articles over three layouts, plus a few special ones.</summary>
internal static class SiteStories
{
    private static readonly string[] Titles =
    [
        "Port delays stretch into a third week as inspections widen",
        "Magnet exporters told to file new end-use certificates",
        "Alloy buyers shift orders after quota notice",
        "Freight rates ease on the southern route",
        "Customs pilot scheme speeds up textile clearances",
        "Battery makers warn of tighter graphite supply",
        "Grain traders welcome extended tariff exemption",
        "Licence backlog for rare-earth shipments grows",
        "Container lines add capacity ahead of holiday rush",
        "Officials signal pause in new export checks",
        "Machine-parts importers seek clarity on duty refunds",
        "Exporters brace for paperwork on dual-use goods",
    ];

    public static IReadOnlyList<SiteStory> Numbered { get; } = Enumerable.Range(1, 12)
        .Select(i => new SiteStory($"a{i:D2}", Titles[i - 1], i == 6 ? null : new DateOnly(2025, 10, 1).AddDays(i * 3), (i - 1) % 3, SiteText.Paragraphs(i)))
        .ToList();

    /// <summary>The date the RSS feed gives for a06, whose page states none.</summary>
    public static DateOnly FeedOnlyDate { get; } = new(2025, 10, 20);

    public static SiteStory Latin1 { get; } = new("latin1", "Café owners near the terminal count the cost of delays", new DateOnly(2025, 11, 2), 1,
        ["Owners of the café beside gate four said the naïve hope of a quick reopening had faded, as lorries queued past the façade for a third day and drivers waited for customs to clear their papers.",
         .. SiteText.Paragraphs(101, 4)]);

    public static SiteStory Zurich { get; } = new("zurich", "Zürich traders weigh the new export licence rules", new DateOnly(2025, 11, 3), 0,
        ["Traders in Zürich said the new licence rules would add a week to most shipments, and that the Größe of the backlog was hard to judge from public figures alone.",
         .. SiteText.Paragraphs(102, 4)]);

    public static SiteStory Flaky { get; } = new("flaky", "Terminal reopens after a brief power failure", new DateOnly(2025, 11, 4), 0, SiteText.Paragraphs(103));

    public static SiteStory Slow { get; } = new("slow", "A very slow page", new DateOnly(2025, 11, 5), 0, SiteText.Paragraphs(104));

    public static SiteStory Compressed { get; } = new("compressed", "Quota review pushes processed-metal shipments into next quarter", new DateOnly(2025, 11, 6), 1, SiteText.Paragraphs(105));

    public static SiteStory Find(string slug) => Numbered.FirstOrDefault(s => s.Slug == slug)
        ?? throw new KeyNotFoundException(slug);
}
