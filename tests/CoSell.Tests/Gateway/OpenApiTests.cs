using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoSell.Testing;
using CoSell.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 6: the OpenAPI document describes every route the gateway maps — its path parameters, the bearer
/// token, the errors every route can answer as problems (R41) — and what the server really sends matches it: each
/// response below, successes and refusals alike, is held to its declared status, content type, schema and headers.
/// </summary>
public sealed partial class OpenApiTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    private static readonly string[] EveryRouteErrors = ["400", "401", "403", "429", "500"];

    [Fact]
    public async Task Every_mapped_route_is_in_the_document_with_its_parameters_token_and_errors_R41()
    {
        var contract = await OpenApiContract.LoadAsync(fixture.Server.Anonymous());
        var checkedRoutes = 0;
        foreach (var route in fixture.Server.Routes)
        {
            var template = "/" + route.RoutePattern.RawText!.Trim('/');
            if (route.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true || !template.StartsWith("/v1/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var method in route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var operation = contract.Operation(method, template);
                var where = $"{method} {template}";
                var responses = operation.GetProperty("responses");
                Assert.True(responses.EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{where}: no success response");
                // A route naming something by id answers 404 when it is not there (or not the caller's, R2); a PUT creates it.
                foreach (var status in EveryRouteErrors.Concat(template.Contains('{') && method != "PUT" ? ["404"] : []))
                {
                    Assert.True(responses.TryGetProperty(status, out var error), $"{where}: {status} not declared");
                    Assert.Equal("#/components/schemas/Problem", error.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
                }

                var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                foreach (Match name in RouteParameter().Matches(template))
                {
                    Assert.Contains(parameters, x => x.GetProperty("in").GetString() == "path" && x.GetProperty("name").GetString() == name.Groups[1].Value);
                }

                // The bearer token, except on the one route a mail's link reaches without a login (one-click unsubscribe).
                var anonymous = route.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null;
                Assert.Equal(!anonymous, operation.TryGetProperty("security", out var security) && security[0].TryGetProperty("bearer", out _));
                checkedRoutes++;
            }
        }

        Assert.True(checkedRoutes >= 44, $"only {checkedRoutes} routes checked");
        var scheme = contract.Document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal(("http", "bearer", "JWT"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString(), scheme.GetProperty("bearerFormat").GetString()));
    }

    [Fact]
    public async Task What_a_route_reads_from_the_query_and_headers_is_declared()
    {
        var contract = await OpenApiContract.LoadAsync(fixture.Server.Anonymous());
        Assert.Equal(["direction", "favorite", "status", "substatus", "dealType", "salesStage", "customerName", "updatedSince", "top", "continuationToken"],
            Names(contract.Operation("GET", "/v1/referrals"), "query"));
        Assert.Equal(["Idempotency-Key"], Names(contract.Operation("POST", "/v1/referrals"), "header"));
        Assert.Equal(["If-Match"], Names(contract.Operation("PATCH", "/v1/referrals/{id}"), "header"));
        Assert.Equal(["after", "top"], Names(contract.Operation("GET", "/v1/events"), "query"));
        Assert.Equal(["dryRun"], Names(contract.Operation("POST", "/v1/referrals/import"), "query"));
        Assert.Contains("412", contract.Operation("POST", "/v1/referrals/{id}/accept").GetProperty("responses").EnumerateObject().Select(r => r.Name));
        // The published limits (issue 15, point 4): the rate and the page sizes, and Retry-After on every 429.
        Assert.Contains("50 times a second sustained, in bursts of up to 500", contract.Document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(contract.Operation("GET", "/v1/referrals").GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _));
        Assert.Contains("1–100 (default 25)", contract.Operation("GET", "/v1/referrals").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "top").GetProperty("description").GetString(), StringComparison.Ordinal);

        // A field the server leaves out when it is null is not required (RestJson writes no nulls).
        var customer = contract.Document.GetProperty("components").GetProperty("schemas").GetProperty("Customer");
        Assert.DoesNotContain("duns", customer.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Every_example_in_the_document_matches_its_own_schema()
    {
        var contract = await OpenApiContract.LoadAsync(fixture.Server.Anonymous());
        var examples = contract.Document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("examples", out _)).ToList();
        Assert.True(examples.Count >= 10, $"only {examples.Count} examples");
        foreach (var schema in examples)
        {
            contract.AssertExample(schema.Name);
        }
    }

    [Fact]
    public async Task Real_responses_match_the_document_successes_and_refusals_R40_R41()
    {
        var contract = await OpenApiContract.LoadAsync(fixture.Server.Anonymous());
        var scenario = await fixture.NewScenarioAsync();
        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        var bob = fixture.Server.As(Actors.AdminOf(scenario.PartnerB));
        var op = fixture.Server.As(Actors.Operator);

        async Task<HttpResponseMessage> Check(string method, string template, HttpResponseMessage response)
        {
            await contract.AssertAsync(method, template, response);
            return response;
        }

        var created = await Check("POST", "/v1/referrals", await alice.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(invitations: [RestBodies.PartnerInvitation(scenario.PartnerB)]))));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        await Check("GET", "/v1/referrals/{id}", await alice.GetAsync($"/v1/referrals/{id}"));
        await Check("GET", "/v1/referrals", await alice.GetAsync("/v1/referrals?direction=Outgoing"));
        await Check("PATCH", "/v1/referrals/{id}", await alice.Patch($"/v1/referrals/{id}", Http.Raw("{\"name\":\"Renamed\"}")));
        await Check("PATCH", "/v1/referrals/{id}", await alice.Patch($"/v1/referrals/{id}", Http.Raw("{\"name\":\"Stale\"}"), "\"1\""));
        await Check("GET", "/v1/referrals/{id}/history", await alice.GetAsync($"/v1/referrals/{id}/history"));
        await Check("PUT", "/v1/referrals/{id}/favorite", await alice.PutAsync($"/v1/referrals/{id}/favorite", null));
        await Check("GET", "/v1/referrals/{id}/registration", await alice.GetAsync($"/v1/referrals/{id}/registration"));
        var inbound = await Eventually.Until(async () => JsonDocument.Parse(await bob.GetStringAsync("/v1/referrals?direction=Incoming")).RootElement.GetProperty("items"),
            items => items.GetArrayLength() == 1, "B's inbound referral");
        await Check("POST", "/v1/referrals/{id}/accept", await bob.PostAsync($"/v1/referrals/{inbound[0].GetProperty("id").GetString()}/accept", Http.Raw("{}")));
        await Check("POST", "/v1/referrals/{id}/close", await alice.PostAsync($"/v1/referrals/{id}/close", Http.Raw("{\"outcome\":\"Sideways\"}")));

        await Check("GET", "/v1/organization", await alice.GetAsync("/v1/organization"));
        await Check("GET", "/v1/organization/recent-contacts", await alice.GetAsync("/v1/organization/recent-contacts"));
        await Check("GET", "/v1/organization/stage-mappings", await alice.GetAsync("/v1/organization/stage-mappings"));
        await Check("GET", "/v1/insights", await alice.GetAsync("/v1/insights"));
        await Check("GET", "/v1/events", await alice.GetAsync("/v1/events?top=5"));
        await Check("GET", "/v1/notifications", await alice.GetAsync("/v1/notifications"));
        await Check("GET", "/v1/webhooks", await alice.GetAsync("/v1/webhooks"));
        await Check("GET", "/v1/partners", await alice.GetAsync("/v1/partners?search=Fab"));
        await Check("GET", "/v1/customers", await alice.GetAsync("/v1/customers?search=Contoso"));
        await Check("GET", "/v1/solutions", await alice.GetAsync("/v1/solutions"));
        await Check("GET", "/v1/sellers", await op.GetAsync("/v1/sellers"));
        await Check("GET", "/v1/referrals/joined", await fixture.Server.As(Actors.Seller(Actors.SellerUs)).GetAsync("/v1/referrals/joined"));
        await Check("GET", "/v1/registrations", await op.GetAsync("/v1/registrations"));
        await Check("GET", "/v1/referrals/export", await alice.GetAsync("/v1/referrals/export?direction=Outgoing"));
        var import = await Check("POST", "/v1/referrals/import", await alice.PostAsync("/v1/referrals/import?dryRun=true", new StringContent("crmId,name\nOPP-1,One\n", Encoding.UTF8, "text/csv")));
        await Check("GET", "/v1/imports/{importId}", await alice.GetAsync(import.Headers.Location));

        // Refusals: each a problem the document declares for the route.
        await Check("GET", "/v1/referrals", await alice.GetAsync("/v1/referrals?top=0"));
        await Check("GET", "/v1/referrals/{id}", await alice.GetAsync("/v1/referrals/nothing-here"));
        await Check("GET", "/v1/referrals/{id}", await bob.GetAsync($"/v1/referrals/{id}"));
        await Check("POST", "/v1/referrals", await alice.PostAsync("/v1/referrals", Http.Raw("{\"name\":\"\"}")));
        await Check("POST", "/v1/referrals", await alice.PostAsync("/v1/referrals", new StringContent("name", Encoding.UTF8, "text/plain")));
        await Check("GET", "/v1/referrals", await fixture.Server.Anonymous().GetAsync("/v1/referrals"));
        await Check("GET", "/v1/sellers", await alice.GetAsync("/v1/sellers"));
        await Check("POST", "/v1/referrals/import", await alice.PostAsync("/v1/referrals/import", new StringContent("{}", Encoding.UTF8, "application/json")));
    }

    private static List<string?> Names(JsonElement operation, string location) =>
        [.. operation.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == location).Select(p => p.GetProperty("name").GetString())];

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex RouteParameter();
}
