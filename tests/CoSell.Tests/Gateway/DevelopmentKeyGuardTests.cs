using CoSell.Client.Identity;
using CoSell.Gateway.Auth;
using Microsoft.Extensions.Configuration;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 10, point 11: the public development key is accepted only while the gateway listens on loopback.</summary>
public sealed class DevelopmentKeyGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080")]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.4:5080")]
    [InlineData("http://[::]:8080")]
    public void A_gateway_bound_beyond_loopback_with_the_public_key_refuses_to_start(string urls)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Guard(new() { ["urls"] = urls }));
        Assert.Contains("CoSell:Auth:DevelopmentKey", error.Message);
        Assert.Throws<InvalidOperationException>(() => Guard(new() { ["urls"] = urls, ["CoSell:Auth:DevelopmentKey"] = DevelopmentTokens.DefaultKey }));
    }

    [Fact]
    public void Ports_alone_and_Kestrel_endpoints_count_as_listening_everywhere()
    {
        Assert.Throws<InvalidOperationException>(() => Guard(new() { ["http_ports"] = "8080" }));
        Assert.Throws<InvalidOperationException>(() => Guard(new() { ["Kestrel:Endpoints:Http:Url"] = "http://0.0.0.0:8080" }));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, null)]
    [InlineData("http://localhost:5080", null, null)]
    [InlineData("http://[::1]:5080", null, null)]
    [InlineData(null, null, null)]
    [InlineData("http://0.0.0.0:8080", "a-long-random-secret-of-this-installation-0123456789", null)]
    [InlineData("http://0.0.0.0:8080", null, "https://login.example/tenant/v2.0")]
    public void Loopback_an_own_key_or_an_authority_starts(string? urls, string? key, string? authority) =>
        Guard(new() { ["urls"] = urls, ["CoSell:Auth:DevelopmentKey"] = key, ["CoSell:Auth:Authority"] = authority });

    private static void Guard(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        DevelopmentKeyGuard.EnsureSafe(configuration, configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings());
    }
}
