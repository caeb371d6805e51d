namespace CoSell.Portal.Tests.Support;

/// <summary>The component test classes share one cluster (starting one costs seconds); each uses its own partners.</summary>
[CollectionDefinition(Name)]
public sealed class ComponentCollection : ICollectionFixture<ComponentCluster>
{
    public const string Name = "components over one cluster";
}
