using CoSell.Grains.Options;
using CoSell.Testing;
using Microsoft.Extensions.Configuration;

namespace CoSell.Tests.Cluster;

/// <summary>Response windows are options, settable by environment variables (issue 2 scope).</summary>
public sealed class WindowOptionsTests
{
    [Fact]
    public void Windows_default_to_14_days_and_bind_from_environment_style_keys()
    {
        Assert.Equal(TimeSpan.FromDays(14), new CoSellOptions().Windows.InboundResponse);
        Assert.Equal(TimeSpan.FromDays(14), new CoSellOptions().Windows.SellerDecision);

        var variable = $"COSELLTEST{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable($"{variable}CoSell__Windows__InboundResponse", "00:00:30");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(variable).Build();
            var options = configuration.GetSection(CoSellOptions.Section).Get<CoSellOptions>()!;
            Assert.Equal(TimeSpan.FromSeconds(30), options.Windows.InboundResponse);
            Assert.Equal(TimeSpan.FromDays(14), options.Windows.SellerDecision);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{variable}CoSell__Windows__InboundResponse", null);
        }
    }

    [Fact]
    public async Task R18_a_configured_window_sets_the_deadline_and_expiry()
    {
        await using var cluster = await CoSellCluster.StartAsync(new Dictionary<string, string?> { ["CoSell:Windows:InboundResponse"] = "2.00:00:00" });
        await Ecosystem.Register(cluster.Client);
        await cluster.Client.CreateReferral(Actors.AdminOf(Actors.PartnerA), Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var b = Actors.AdminOf(Actors.PartnerB);
        var inbound = (await cluster.Client.ListReferrals(b, new ReferralQuery())).Items.Single();
        Assert.Equal(CoSellCluster.Start.AddDays(2), inbound.ExpirationDateTime);

        cluster.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await Eventually.Ticking(cluster.Clock, () => cluster.Client.GetReferral(b, inbound.Id), r => r.Substatus == Substatus.Expired, "expiry after the configured window");
    }
}
