using CoSell.Client.Connection;
using CoSell.Gateway.Auth;
using CoSell.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Tests.Hosting;

/// <summary>
/// Issue 13, point 3: a wrong storage, cluster or auth setting stops the host while it is wired, with a message naming
/// the key, instead of failing on the first write, the first connection or the first token.
/// </summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("CoSell:Storage:Provider", "Azure", "CoSell:Storage:Provider")]
    [InlineData("CoSell:Storage:ConnectionString", "", "CoSell:Storage:ConnectionString")]
    [InlineData("CoSell:Storage:DataTable", "co-sell-data", "CoSell:Storage:DataTable")]
    [InlineData("CoSell:Storage:RemindersTable", "9reminders", "CoSell:Storage:RemindersTable")]
    public void A_wrong_storage_setting_is_refused_naming_its_key(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => StorageSettingsValidator.Read(Configuration(key, value)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CoSell:Cluster:Provider", "Consul", "CoSell:Cluster:Provider")]
    [InlineData("CoSell:Cluster:ServiceId", " ", "CoSell:Cluster:ServiceId")]
    [InlineData("CoSell:Cluster:SiloPort", "0", "CoSell:Cluster:SiloPort")]
    [InlineData("CoSell:Cluster:GatewayPort", "11111", "CoSell:Cluster:GatewayPort")]
    public void A_wrong_cluster_setting_is_refused_naming_its_key(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ClusterSettingsValidator.Read(Configuration(key, value)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CoSell:Email:Port", "70000", "CoSell:Email:Port")]
    [InlineData("CoSell:Email:Security", "Tls13", "CoSell:Email:Security")]
    [InlineData("CoSell:Email:From", "not an address <", "CoSell:Email:From")]
    [InlineData("CoSell:Email:LinkBaseUrl", "/v1", "CoSell:Email:LinkBaseUrl")]
    [InlineData("CoSell:Email:MaxRetryDelay", "00:00:01", "CoSell:Email:MaxRetryDelay")]
    [InlineData("CoSell:Webhooks:MaxAttempts", "0", "CoSell:Webhooks:MaxAttempts")]
    [InlineData("CoSell:Webhooks:Timeout", "00:00:00", "CoSell:Webhooks:Timeout")]
    [InlineData("CoSell:Windows:TickPeriod", "02:00:00", "CoSell:Windows:TickPeriod")]
    [InlineData("CoSell:Windows:Warnings", "3 days", "CoSell:Windows:Warnings")]
    [InlineData("CoSell:Windows:Warnings", "-1.00:00:00", "CoSell:Windows:Warnings")]
    public void A_wrong_engine_setting_is_refused_at_start_naming_its_key(string key, string value, string named)
    {
        // What the host runs as it starts (ValidateOnStart): the process stops with this message.
        using var services = new ServiceCollection().AddCoSellGrains(Configuration(key, value)).BuildServiceProvider();
        var error = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.NotNull(error);
        Assert.Contains(named, error is AggregateException all ? string.Join(" ", all.InnerExceptions.Select(e => e.Message)) : error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_advertised_address_that_is_no_IP_address_is_refused_for_several_silos()
    {
        var configuration = Configuration("CoSell:Cluster:Provider", "AzureTable", ("CoSell:Cluster:AdvertisedIPAddress", "silo-1.local"));
        var error = Assert.Throws<OptionsValidationException>(() => ClusterSettingsValidator.Read(configuration));
        Assert.Contains("CoSell:Cluster:AdvertisedIPAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_host_is_refused_a_wrong_gateway_port_or_storage_but_not_a_silo_port_it_never_opens()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ClusterSettingsValidator.ReadForClient(Configuration("CoSell:Cluster:GatewayPort", "0")));
        Assert.Contains("CoSell:Cluster:GatewayPort", error.Message, StringComparison.Ordinal);
        Assert.Equal(11111, ClusterSettingsValidator.ReadForClient(Configuration("CoSell:Cluster:GatewayPort", "11111")).GatewayPort);

        // What the gateway host and the CLI wire: the host stops naming the key before it looks for the cluster.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CoSell:Cluster:Provider"] = "AzureTable", ["CoSell:Storage:ConnectionString"] = "" });
        var wiring = Assert.Throws<OptionsValidationException>(() => builder.AddCoSellClusterClient());
        Assert.Contains("CoSell:Storage:ConnectionString", wiring.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CoSell:Auth:Authority", "login.example/tenant", "CoSell:Auth:Authority")]
    [InlineData("CoSell:Auth:Authority", "http://login.example/tenant", "CoSell:Auth:Authority")]
    [InlineData("CoSell:Auth:DevelopmentKey", "too-short", "CoSell:Auth:DevelopmentKey")]
    public void A_wrong_auth_setting_is_refused_naming_its_key(string key, string value, string named)
    {
        var configuration = Configuration(key, value, ("CoSell:Auth:Audience", "api://cosell"));
        var error = Assert.Throws<OptionsValidationException>(() => AuthSettingsValidator.Read(configuration));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_without_an_audience_is_refused_and_with_one_accepted()
    {
        var error = Assert.Throws<OptionsValidationException>(() => AuthSettingsValidator.Read(Configuration("CoSell:Auth:Authority", "https://login.example/tenant/v2.0")));
        Assert.Contains("CoSell:Auth:Audience", error.Message, StringComparison.Ordinal);
        var auth = AuthSettingsValidator.Read(Configuration("CoSell:Auth:Authority", "https://login.example/tenant/v2.0", ("CoSell:Auth:Audience", "api://cosell")));
        Assert.False(auth.UsesDevelopmentTokens);
        Assert.True(AuthSettingsValidator.Read(new ConfigurationBuilder().Build()).UsesDevelopmentTokens);
    }

    [Fact]
    public void The_defaults_and_the_memory_provider_are_accepted()
    {
        Assert.Equal("CoSellData", StorageSettingsValidator.Read(new ConfigurationBuilder().Build()).DataTable);
        Assert.True(StorageSettingsValidator.Read(Configuration("CoSell:Storage:Provider", "Memory", ("CoSell:Storage:ConnectionString", ""))).UsesMemory);
        Assert.Equal("cosell", ClusterSettingsValidator.Read(new ConfigurationBuilder().Build()).ServiceId);
        using var services = new ServiceCollection().AddCoSellGrains(new ConfigurationBuilder().Build()).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static IConfiguration Configuration(string key, string value, params (string Key, string Value)[] more) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(more.Select(m => KeyValuePair.Create(m.Key, (string?)m.Value))) { [key] = value })
            .Build();
}
