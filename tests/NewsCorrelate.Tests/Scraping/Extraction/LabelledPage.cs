using System.Text.Json;
using NewsCorrelate.Tests.Fixtures;

namespace NewsCorrelate.Tests.Scraping.Extraction;

/// <summary>One of our labelled test pages (<c>TestData/pages/manifest.json</c>).</summary>
internal sealed record LabelledPage(string File, string? Url, bool Article, string? Title, string? Published)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "TestData", "pages");

    public static IReadOnlyList<LabelledPage> All { get; } =
        JsonSerializer.Deserialize<List<LabelledPage>>(
            System.IO.File.ReadAllText(Path.Combine(Directory, "manifest.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    public static LabelledPage Named(string file) => All.Single(p => p.File == file);

    public string Html => System.IO.File.ReadAllText(Path.Combine(Directory, File));

    public Uri? PageUrl => Url is null ? null : new Uri(Url);

    public override string ToString() => File;
}
