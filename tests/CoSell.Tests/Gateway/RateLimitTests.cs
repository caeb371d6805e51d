using System.Net;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 4: each organization's calls draw from its own bucket; over it a call gets 429 with Retry-After and
/// a problem naming the limit, while another organization and the anonymous endpoints are untouched.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(new Dictionary<string, string?>
    {
        ["CoSell:RateLimits:RequestsPerSecond"] = "1",
        ["CoSell:RateLimits:Burst"] = "3",
    });

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task An_organization_over_its_limit_gets_429_with_Retry_After_and_others_do_not()
    {
        var a = _server.As(Actors.AdminOf(Actors.PartnerA));
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await a.GetAsync("/v1/referrals"));
        }

        Assert.Contains(answers, r => r.StatusCode == HttpStatusCode.OK);
        var refused = answers.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After in whole seconds");
        // As the OpenAPI document publishes it: the limit as configured, the problem and its Retry-After declared.
        var contract = await CoSell.Tests.Support.OpenApiContract.LoadAsync(_server.Anonymous());
        Assert.Contains("1 times a second sustained, in bursts of up to 3", contract.Document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        await refused.Content.LoadIntoBufferAsync();
        await contract.AssertAsync("GET", "/v1/referrals", refused);
        await Http.Problem(refused, HttpStatusCode.TooManyRequests, "rateLimited", "rateLimit");

        // Another organization has a bucket of its own; health and the OpenAPI document are not limited.
        Assert.Equal(HttpStatusCode.OK, (await _server.As(Actors.AdminOf(Actors.PartnerB)).GetAsync("/v1/referrals")).StatusCode);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _server.Anonymous().GetAsync("/health/live")).StatusCode);
        }
    }
}
