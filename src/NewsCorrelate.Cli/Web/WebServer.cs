using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsCorrelate.Index;

namespace NewsCorrelate.Cli.Web;

/// <summary>Builds and starts the web page's server: Kestrel on one address, the embedded page assets and the
/// JSON API under <c>/api/</c>, nothing else. The store is shared by all requests (it is thread-safe) and stays
/// owned by the caller.</summary>
internal static class WebServer
{
    /// <summary>Largest request body accepted, in bytes (a label change is a few hundred).</summary>
    public const long MaxBodyBytes = 16 * 1024;

    /// <summary>Starts listening and returns the running app; its <c>Urls</c> hold the bound address (port 0 picks one).</summary>
    public static WebApplication Start(ArticleStore store, IPAddress address, int port, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Listen(address, port);
        });
        // Escape <, >, & and non-ASCII in JSON, so an answer sniffed as HTML can carry no markup from article text.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        var training = new TrainingJob(store, context);
        builder.Services.AddSingleton(new WebState(store, context, training));
        var app = builder.Build();
        app.Use(RequestGuard.Handle);
        PageAssets.Map(app);
        ReadEndpoints.Map(app);
        WriteEndpoints.Map(app);
        app.MapFallback(() => ApiError.NotFound("no such page or endpoint"));
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }
}
