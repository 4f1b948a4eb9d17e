using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsCorrelate.Cli.Web;

namespace NewsCorrelate.Cli;

/// <summary><c>newscorrelate serve</c>: the analysts' web page and its JSON API over the store.</summary>
internal sealed class ServeVerb : IVerb
{
    public Command Build(CliContext context)
    {
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1: this machine only).", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var port = new Option<int>("--port") { Description = "Port to listen on (default 5080; 0 picks a free one).", DefaultValueFactory = _ => 5080, HelpName = "N" };
        var command = new Command("serve",
            "Serve the analysts' web page (timeline per series, explanations, questions, search, labelling and retraining) " +
            "and its JSON API under /api/, over the same store and engine as the other verbs. Works offline; stop with Ctrl+C.\n\n" +
            "Examples:\n" +
            "  newscorrelate serve                      (then open http://127.0.0.1:5080/)\n" +
            "  newscorrelate serve --port 8080 --db my.db\n" +
            "  newscorrelate serve --host 0.0.0.0       (reachable from other machines: think twice)")
        {
            host, port,
        };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535) throw CliException.Usage($"--port {p}: use 0 to 65535.");
            var h = parse.GetValue(host)!;
            if (!System.Net.IPAddress.TryParse(h, out var address) && h != "localhost")
                throw CliException.Usage($"--host '{h}' is not an IP address (e.g. 127.0.0.1).");
            var store = StoreOpener.Open(parse, context);
            Microsoft.AspNetCore.Builder.WebApplication app;
            try { app = WebServer.Start(store, address ?? System.Net.IPAddress.Loopback, p, context); }
            catch (IOException e)
            {
                store.Dispose();
                throw new CliException($"cannot listen on {h}:{p}: {e.Message}");
            }
            context.Out.WriteLine($"Serving {store.Path} on {string.Join(", ", app.Urls)} (Ctrl+C to stop).");
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            store.Dispose();
            return ExitCodes.Ok;
        });
        return command;
    }
}
