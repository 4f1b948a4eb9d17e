using Microsoft.Playwright;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>Debian's chromium driven by Playwright (its own browser download cannot work offline), and where the
/// screenshots go: <c>$NEWSCORRELATE_SCREENSHOTS</c>, else <c>TestResults/screenshots</c> at the repository root.</summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("NEWSCORRELATE_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Repo.Root, "TestResults", "screenshots");

    /// <summary>Launches headless chromium; fails (never skips) when it is not installed.</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Fail($"{ChromiumPath} is missing: the browser tests need Debian's chromium (apt-get install -y chromium; .ci/run does this).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }
}
