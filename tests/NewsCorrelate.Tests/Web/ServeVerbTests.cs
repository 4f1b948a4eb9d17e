using NewsCorrelate.Cli;
using NewsCorrelate.Tests.Fixtures;
using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>The serve verb's options (the server itself is tested through <see cref="WebServerFixture"/>).</summary>
public sealed class ServeVerbTests
{
    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--host", "not-an-address")]
    public void Bad_options_are_usage_errors_naming_the_option(string option, string value)
    {
        var run = CliRun.Of("serve", option, value, "--db", Path.Combine(Path.GetTempPath(), "nc-serve-never-opened.db"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void Help_has_examples() => Assert.Contains("Examples:", CliRun.Of("serve", "--help").Out);
}
