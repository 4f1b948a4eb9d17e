using Xunit;

namespace NewsCorrelate.Tests.Web;

/// <summary>The web tests share one server (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebServerFixture>
{
    public const string Name = "web";
}
