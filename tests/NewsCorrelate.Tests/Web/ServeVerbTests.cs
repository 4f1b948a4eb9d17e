using System.Globalization;
using System.Net;
using System.Net.Sockets;
using NewsCorrelate.Cli;
using NewsCorrelate.Tests.Fixtures;
using NewsCorrelate.Tests.Index;
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
    public void A_port_already_taken_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var run = CliRun.Of("serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--db", temp.File("store.db"));

            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", run.Error);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void Help_has_examples() => Assert.Contains("Examples:", CliRun.Of("serve", "--help").Out);
}
