using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Gateway test classes that share one cluster and gateway, each test with partners of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SharedGatewayCollection : ICollectionFixture<SharedGatewayFixture>
{
    public const string Name = "Shared gateway";
}
