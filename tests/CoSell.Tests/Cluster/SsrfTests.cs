using System.Net;
using CoSell.Grains.Webhooks;
using CoSell.Testing;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 10, point 9 (R36): webhooks cannot reach the inside. Registration refuses internal targets and plain http;
/// the sender checks again at connect time. Only loopback receivers are ever contacted by these tests.
/// </summary>
public sealed class SsrfTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Internal_addresses_are_not_webhook_targets(string address) => Assert.False(WebhookTargetPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("20.112.52.29")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void Public_addresses_are(string address) => Assert.True(WebhookTargetPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task R36_registration_refuses_internal_hosts_and_plain_http_unless_private_networks_are_allowed()
    {
        await using var cluster = await CoSellCluster.StartWithEcosystemAsync(new Dictionary<string, string?> { ["CoSell:Webhooks:AllowPrivateNetworks"] = "false" });
        var admin = Actors.AdminOf(Actors.PartnerA) with { Roles = [Role.PartnerAdmin] };
        foreach (var url in new[] { "https://127.0.0.1/hook", "https://localhost/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://10.0.0.5/hook", "http://20.112.52.29/hook" })
        {
            var error = await Assert.ThrowsAsync<CoSellException>(() => cluster.Client.RegisterWebhook(admin, new WebhookRequest(url, ["referral-created"], "0123456789abcdef")));
            Assert.Equal(ErrorCode.ValidationFailed, error.Code);
            Assert.Equal("url", error.Target);
        }

        Assert.Empty(await cluster.Client.ListWebhooks(admin));
    }

    [Fact]
    public async Task R36_the_sender_refuses_at_connect_time_what_resolves_to_an_internal_address()
    {
        // What a rebinding host would do: pass registration, then resolve to loopback when the delivery connects.
        await using var receiver = await WebhookReceiver.StartAsync();
        var sender = new HttpWebhookSender(Microsoft.Extensions.Options.Options.Create(new Grains.Options.WebhookOptions { AllowPrivateNetworks = false }));
        var localhost = receiver.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendAsync(localhost, "d-1", WebhookEvent.ReferralCreated, "{}", "0123456789abcdef", CancellationToken.None));
        await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendAsync(receiver.Url, "d-2", WebhookEvent.ReferralCreated, "{}", "0123456789abcdef", CancellationToken.None));
        Assert.Empty(receiver.Requests);

        var open = new HttpWebhookSender(Microsoft.Extensions.Options.Options.Create(new Grains.Options.WebhookOptions { AllowPrivateNetworks = true }));
        Assert.Equal(200, await open.SendAsync(receiver.Url, "d-3", WebhookEvent.ReferralCreated, "{}", "0123456789abcdef", CancellationToken.None));
    }
}
