using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// The real system over real HTTP (issue 3, acceptance 2): Azurite, the silo process with its gateway, tokens
/// minted by the CLI, and a P2P + co-sell deal walked through create, inbound accept, seller engagement,
/// stages and won. Then the same deal through the CLI (grain client) and through an external gateway process.
/// </summary>
[LongRunning]
public sealed class CoSellDealWalkTests : IAsyncLifetime
{
    private const string PartnerA = "1234567";
    private const string PartnerB = "2345678";
    private RunningSystem _system = null!;

    public async Task InitializeAsync() => _system = await RunningSystem.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    private HttpClient Client(string token, Uri? baseUri = null)
    {
        var client = new HttpClient { BaseAddress = baseUri ?? _system.SiloHttp, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task P2P_and_co_sell_deal_from_create_to_won_over_real_HTTP()
    {
        var operatorToken = await RunningSystem.MintToken("--org", "msft", "--role", "Operator", "--user", "op");
        var aToken = await RunningSystem.MintToken("--org", PartnerA, "--tenant", "t-a", "--role", "ReferralAdmin", "--user", "alice");
        var bToken = await RunningSystem.MintToken("--org", PartnerB, "--tenant", "t-b", "--role", "ReferralAdmin", "--user", "bob");
        var sellerToken = await RunningSystem.MintToken("--org", "msft", "--role", "MicrosoftSeller", "--user", "sam", "--seller", "seller-us");

        var op = Client(operatorToken);
        await Ok(op.PutAsync($"/v1/partners/{PartnerA}", Http.Json(new { name = "Fabrikam", country = "US", tenants = new[] { new { id = "t-a", primary = true } }, referralAdminEmails = new[] { "admin@fabrikam.example" } })));
        await Ok(op.PutAsync($"/v1/partners/{PartnerB}", Http.Json(new { name = "Northwind", country = "US", tenants = new[] { new { id = "t-b", primary = true } }, referralAdminEmails = new[] { "admin@northwind.example" } })));
        await Ok(op.PutAsync("/v1/customers/c-100", Http.Json(new { name = "Contoso", duns = "123456789", address = new { addressLine1 = "1 Main St", city = "Redmond", state = "WA", postalCode = "98052", country = "US" } })));
        await Ok(op.PutAsync("/v1/solutions/sol-a", Http.Json(new { name = "Fabrikam ETL", publisherId = PartnerA, kind = "Partner", incentiveEligible = true })));
        await Ok(op.PutAsync("/v1/solutions/sol-b", Http.Json(new { name = "Northwind Migrate", publisherId = PartnerB, kind = "Partner" })));
        await Ok(op.PutAsync("/v1/sellers/seller-us", Http.Json(new { name = "Sam Seller", email = "sam@microsoft.example", territory = new[] { "US" } })));

        // Partner A creates a P2P + co-sell deal inviting partner B and Microsoft.
        var a = Client(aToken);
        var createResponse = await a.PostWith("/v1/referrals", Http.Json(RestBodies.Create(withContact: true,
            invitations: [RestBodies.PartnerInvitation(PartnerB), RestBodies.MicrosoftInvitation()])), "Idempotency-Key", "e2e-deal-1");
        var deal = await Http.Read<JsonElement>(createResponse, HttpStatusCode.Created);
        var dealId = deal.GetProperty("id").GetString()!;
        Assert.Equal("CoSell", deal.GetProperty("dealType").GetString());
        Assert.Equal("Requested", deal.GetProperty("microsoft").GetProperty("status").GetString());

        // Partner B accepts its inbound referral.
        var b = Client(bToken);
        var bInbox = await Http.Read<JsonElement>(await b.GetAsync("/v1/referrals?direction=Incoming"));
        var bReferral = bInbox.GetProperty("items")[0].GetProperty("id").GetString()!;
        Assert.Equal("Received", bInbox.GetProperty("items")[0].GetProperty("substatus").GetString());
        var accepted = await Http.Read<JsonElement>(await b.PostAsync($"/v1/referrals/{bReferral}/accept", Http.Json(new { team = new[] { RestBodies.Contact("Nia") } })));
        Assert.Equal("Accepted", accepted.GetProperty("substatus").GetString());

        // The Microsoft seller of the customer's territory engages.
        var seller = Client(sellerToken);
        var requests = await Http.Read<JsonElement>(await seller.GetAsync("/v1/referrals?direction=Incoming"));
        var request = requests.GetProperty("items")[0].GetProperty("id").GetString()!;
        await Ok(seller.PostAsync($"/v1/referrals/{request}/accept", null));

        // Partner A works the deal through the stages, each step guarded by the ETag it last read, and wins it.
        var etag = (await Http.Read<JsonElement>(await a.GetAsync($"/v1/referrals/{dealId}"))).GetProperty("eTag").GetString()!;
        foreach (var stage in new[] { "Qualified", "Developed", "Proposed", "Negotiating" })
        {
            var staged = await Http.Read<JsonElement>(await a.Patch($"/v1/referrals/{dealId}", Http.Json(new { salesStage = stage }), $"\"{etag}\""));
            Assert.Equal(stage, staged.GetProperty("salesStage").GetString());
            etag = staged.GetProperty("eTag").GetString()!;
        }

        var staleAttempt = await a.Patch($"/v1/referrals/{dealId}", Http.Json(new { name = "stale" }), "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleAttempt.StatusCode);

        var wonResponse = await a.PostAsync($"/v1/referrals/{dealId}/close", Http.Json(new { outcome = "Won" }));
        var won = await Http.Read<JsonElement>(wonResponse);
        Assert.Equal("Won", won.GetProperty("substatus").GetString());
        Assert.Equal(100, won.GetProperty("salesStagePercent").GetInt32());
        Assert.Equal("Engaged", won.GetProperty("microsoft").GetProperty("status").GetString());
        Assert.Equal("seller-us", won.GetProperty("microsoft").GetProperty("sellerId").GetString());
        var participants = won.GetProperty("participants").EnumerateArray().ToDictionary(p => p.GetProperty("organizationId").GetString()!, p => p.GetProperty("substatus").GetString());
        Assert.Equal("Accepted", participants[PartnerB]);
        Assert.Equal("Accepted", participants["msft"]);

        var history = await Http.Read<JsonElement>(await a.GetAsync($"/v1/referrals/{dealId}/history"));
        Assert.Equal(["created", "updated", "updated", "updated", "updated", "won"], history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("action").GetString()));

        // The CLI is a second front-end through the grain client.
        var (listExit, listOut, listErr) = await _system.Cli("list", "--direction", "Incoming", "--token", bToken);
        Assert.True(listExit == 0, listErr);
        Assert.Contains(bReferral, listOut);
        var (showExit, showOut, _) = await _system.Cli("show", dealId, "--token", aToken, "--json");
        Assert.Equal(0, showExit);
        Assert.Equal("Won", JsonDocument.Parse(showOut).RootElement.GetProperty("substatus").GetString());
        var (missingExit, _, missingErr) = await _system.Cli("show", "no-such-referral", "--token", aToken);
        Assert.Equal(3, missingExit);
        Assert.Contains("notFound", missingErr);
        var (closedExit, _, closedErr) = await _system.Cli("stage", dealId, "Proposed", "--token", aToken);
        Assert.Equal(4, closedExit);
        Assert.Contains("terminalState", closedErr);

        var (flagsExit, flagsOut, flagsErr) = await _system.Cli("create", "--name", "CLI deal", "--customer", "c-100", "--value", "1000", "--currency", "USD",
            "--close", RestBodies.CloseDate, "--team", "Bo|Ng|+1 206 555 0101|bo@fabrikam.example", "--solution", "sol-a", "--invite", PartnerB, "--token", aToken);
        Assert.True(flagsExit == 0, flagsErr);
        Assert.Contains("Outgoing PartnerToPartner", flagsOut);
        var (badExit, _, badErr) = await _system.Cli("create", "--name", "Bad", "--customer", "c-100", "--value", "0", "--close", RestBodies.CloseDate,
            "--team", "Bo|Ng|+1 206 555 0101|bo@fabrikam.example", "--solution", "sol-a", "--token", aToken);
        Assert.Equal(2, badExit);
        Assert.Contains("validationFailed [details.dealValue]", badErr);
        var (noTokenExit, _, _) = await _system.Cli("list");
        Assert.Equal(3, noTokenExit);
        var (exportExit, exportOut, exportErr) = await _system.Cli("export", "--direction", "Outgoing", "--column", "customer", "stage", "--token", aToken);
        Assert.True(exportExit == 0, exportErr);
        Assert.StartsWith("Referral,Referral id,Customer,Sales stage", exportOut.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains($",{dealId},", exportOut, StringComparison.Ordinal);
        Assert.Contains("exported", exportErr, StringComparison.Ordinal);

        // cosell import: a dry run names the bad row's column and exits 2; the run creates the good row.
        var csv = Path.Combine(Path.GetTempPath(), $"cosell-import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone\n"
            + $"CLI-1,Imported by CLI,c-100,1000,USD,{RestBodies.CloseDate},sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n"
            + $"CLI-2,Bad value,c-100,0,USD,{RestBodies.CloseDate},sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n");
        var (dryExit, dryOut, dryErr) = await _system.Cli("import", csv, "--dry-run", "--token", aToken);
        Assert.Equal(2, dryExit);
        Assert.Contains("dealValue", dryOut, StringComparison.Ordinal);
        Assert.Contains("would create 1", dryErr, StringComparison.Ordinal);
        var (importExit, importOut, importErr) = await _system.Cli("import", csv, "--token", aToken);
        Assert.Equal(2, importExit);
        Assert.Contains("created 1,", importErr, StringComparison.Ordinal);
        Assert.Contains("CLI-1", importOut, StringComparison.Ordinal);
        File.Delete(csv);

        // The gateway can also run apart from the silos, as an external cluster client.
        var external = await _system.StartExternalGatewayAsync();
        var viaExternal = await Http.Read<JsonElement>(await Client(aToken, external).GetAsync($"/v1/referrals/{dealId}"));
        Assert.Equal(won.GetProperty("eTag").GetString(), viaExternal.GetProperty("eTag").GetString());
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
