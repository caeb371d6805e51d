using System.Net;
using System.Text;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>No request body, however malformed, produces a 500 (issue 3, acceptance 3).</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class MalformedBodyTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    private static readonly string[] Bodies =
    [
        "",
        "   ",
        "{",
        "}",
        "null",
        "[]",
        "42",
        "\"text\"",
        "true",
        "{\"name\": 5}",
        "{\"name\": \"x\", \"name\": {}}",
        "{\"details\": {\"dealValue\": \"abc\"}}",
        "{\"details\": {\"dealValue\": 1e999}}",
        "{\"details\": {\"closingDateTime\": \"yesterday\"}}",
        "{\"details\": []}",
        "{\"details\": null, \"team\": null, \"solutions\": null}",
        "{\"team\": [null]}",
        "{\"team\": [{\"firstName\": null, \"email\": 3}]}",
        "{\"team\": {}}",
        "{\"solutions\": [null, {\"id\": null}, {}]}",
        "{\"invitations\": {}}",
        "{\"invitations\": [null, {\"invitee\": null}, {\"helpType\": \"Nope\"}]}",
        "{\"customerProfile\": \"c-100\"}",
        "{\"consent\": {\"consentToShareInfoWithMicrosoft\": \"yes\"}}",
        "{\"reason\": \"Nope\"}",
        "{\"reason\": 1}",
        "{\"outcome\": 1}",
        "{\"outcome\": \"Tie\"}",
        "{\"salesStage\": \"Bogus\"}",
        "{\"salesStage\": null, \"crmStage\": 7}",
        "{\"tenants\": [null, {\"id\": 1}]}",
        "{\"tenants\": [{\"id\": \"t\", \"primary\": \"yes\"}], \"country\": 1}",
        "{\"address\": \"Main St\"}",
        "{\"kind\": \"Gadget\", \"incentiveEligible\": 1}",
        "{\"territory\": \"US\"}",
        "{\"territory\": [null, 1]}",
        "{\"referralAdminEmails\": [null]}",
        "{\"mappings\": {\"Discovery\": \"Someday\"}}",
        "{\"url\": 5, \"events\": \"referral-created\", \"secret\": []}",
        "{\"events\": [null, 1]}",
        "{\"contractType\": \"Lease\", \"contractValue\": \"lots\"}",
        "{\"startDate\": \"soon\", \"contact\": []}",
        "{\"decision\": \"Maybe\"}",
        "{\"email\": null}",
        "{\"email\": [\"a@b.example\"]}",
        "{\"mappings\": []}",
        "{\"mappings\": {\"\": \"Qualified\", \"x\": null}}",
        "{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}",
        new string('{', 100),
        "{\"name\": \"\\ud800\"}",
        "{\"name\": \"" + new string('x', 300) + "\"}",
        "\u0000\u0001",
    ];

    private string _outbound = "";
    private string _inbound = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var created = await Http.Read<JsonElement>(await a.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(Scenario.PartnerB)]))), HttpStatusCode.Created);
        _outbound = created.GetProperty("id").GetString()!;
        _inbound = $"{_outbound}-{Scenario.PartnerB}";
    }

    [Fact]
    public async Task Every_write_route_answers_every_malformed_body_with_a_4xx_problem_never_a_500()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var b = Server.As(Actors.AdminOf(Scenario.PartnerB));
        var op = Server.As(Actors.Operator);
        var routes = new (HttpClient Client, HttpMethod Method, string Path)[]
        {
            (a, HttpMethod.Post, "/v1/referrals"),
            (a, HttpMethod.Patch, $"/v1/referrals/{_outbound}"),
            (b, HttpMethod.Post, $"/v1/referrals/{_inbound}/accept"),
            (b, HttpMethod.Post, $"/v1/referrals/{_inbound}/decline"),
            (a, HttpMethod.Post, $"/v1/referrals/{_outbound}/close"),
            (a, HttpMethod.Post, $"/v1/referrals/{_outbound}/invitations"),
            (op, HttpMethod.Put, "/v1/partners/5555555"),
            (op, HttpMethod.Put, "/v1/customers/c-bad"),
            (op, HttpMethod.Put, "/v1/solutions/sol-bad"),
            (op, HttpMethod.Put, "/v1/sellers/seller-bad"),
            (Server.As(Actors.AdminOf(Scenario.PartnerA) with { Roles = [Role.PartnerAdmin] }), HttpMethod.Put, "/v1/organization/stage-mappings"),
            (Server.As(Actors.AdminOf(Scenario.PartnerA) with { Roles = [Role.PartnerAdmin] }), HttpMethod.Post, "/v1/webhooks"),
            (b, HttpMethod.Post, $"/v1/referrals/{_inbound}/registration"),
            (op, HttpMethod.Post, $"/v1/referrals/{_inbound}/registration/review"),
            (a, HttpMethod.Post, "/v1/contacts/opt-out"),
            (op, HttpMethod.Post, "/v1/contacts/opt-in"),
        };

        var seen = new Dictionary<int, int>();
        foreach (var (client, method, path) in routes)
        {
            foreach (var body in Bodies)
            {
                var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                seen[status] = seen.GetValueOrDefault(status) + 1;
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(status < 500, $"{method} {path} with body {Shorten(body)} answered {status}: {text}");
                if (status >= 400)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                    Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(text).RootElement.GetProperty("target").GetString()), $"no target for {Shorten(body)} on {path}");
                }
            }

            var invalidUtf8 = new HttpRequestMessage(method, path) { Content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]) };
            invalidUtf8.Content.Headers.ContentType = new("application/json");
            Assert.True((int)(await client.SendAsync(invalidUtf8)).StatusCode < 500, $"{method} {path} with invalid UTF-8 answered 5xx");
        }

        Assert.True(seen.GetValueOrDefault(400) > 0, "expected 400 invalidRequest answers");
        Assert.DoesNotContain(seen.Keys, s => s >= 500);
    }

    [Fact]
    public async Task Malformed_bodies_change_nothing()
    {
        var a = Server.As(Actors.AdminOf(Scenario.PartnerA));
        var before = await a.GetStringAsync($"/v1/referrals/{_outbound}");
        foreach (var body in Bodies)
        {
            await a.Patch($"/v1/referrals/{_outbound}", Http.Raw(body));
            await a.PostAsync($"/v1/referrals/{_outbound}/close", Http.Raw(body));
        }

        Assert.Equal(before, await a.GetStringAsync($"/v1/referrals/{_outbound}"));
        Assert.Equal(1, JsonDocument.Parse(await a.GetStringAsync("/v1/referrals?direction=Outgoing")).RootElement.GetProperty("items").GetArrayLength());
    }

    private static string Shorten(string body) => body.Length > 60 ? body[..60] + "…" : body;
}
