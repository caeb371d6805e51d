using CoSell.Grains.Domain;

namespace CoSell.Tests.Domain;

/// <summary>R2: linking tenants.</summary>
public sealed class TenantLinkTests
{
    [Fact]
    public void R2_an_unlinked_tenant_sees_only_itself_and_links_are_symmetric_and_transitive()
    {
        var links = new TenantLinks();
        Assert.Equal(["t1"], links.Visible("t1"));
        links.Link("t1", "t2");
        links.Link("t3", "t2");
        Assert.Equal(["t1", "t2", "t3"], links.Visible("t1").Order());
        Assert.Equal(["t1", "t2", "t3"], links.Visible("t3").Order());
        Assert.Equal(["t4"], links.Visible("t4"));
    }
}
