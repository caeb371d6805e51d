using CoSell.Gateway.Auth;
using CoSell.Portal.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Portal.Tests.Hosting;

/// <summary>The portal refuses to start in a shape that would be an open door or would sign nobody in, naming the key.</summary>
public sealed class PortalStartChecksTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5090")]
    [InlineData("http://127.0.0.1:5090;http://10.0.0.4:5090")]
    [InlineData("http://portal.example:80")]
    public void The_development_sign_in_is_refused_beyond_loopback(string urls)
    {
        var configuration = Configuration(("urls", urls));
        var error = Assert.Throws<InvalidOperationException>(() => DevelopmentSignInGuard.EnsureSafe(configuration, new AuthSettings()));
        Assert.Contains("CoSell:Auth:Authority", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5090")]
    [InlineData("http://localhost:5090;http://[::1]:5090")]
    public void The_development_sign_in_is_offered_on_loopback(string urls) =>
        DevelopmentSignInGuard.EnsureSafe(Configuration(("urls", urls)), new AuthSettings());

    [Fact]
    public void With_an_authority_any_address_is_allowed_and_a_client_id_is_required()
    {
        var auth = new AuthSettings { Authority = "https://login.example/tenant/v2.0", Audience = "cosell" };
        DevelopmentSignInGuard.EnsureSafe(Configuration(("urls", "http://0.0.0.0:5090")), auth);

        var error = Assert.Throws<OptionsValidationException>(() => PortalSettingsValidator.Read(Configuration(), auth));
        Assert.Contains("CoSell:Portal:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Equal("portal", PortalSettingsValidator.Read(Configuration(("CoSell:Portal:ClientId", "portal")), auth).ClientId);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
