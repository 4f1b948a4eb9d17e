namespace NewsCorrelate.Tests.Scraping.Site;

/// <summary>One invented story of the test site.</summary>
/// <param name="Slug">Path segment, e.g. "a01".</param>
/// <param name="Title">Headline.</param>
/// <param name="Published">Publication day; null for a page that states no date (its feed does).</param>
/// <param name="Layout">0: JSON-LD + Open Graph, 1: meta tags + time element, 2: bare markup with a dateline.</param>
/// <param name="Paragraphs">Body text.</param>
internal sealed record SiteStory(string Slug, string Title, DateOnly? Published, int Layout, IReadOnlyList<string> Paragraphs);
