using System.Net;
using System.Text;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>
/// Issue 15, point 2 through REST: <c>POST /v1/referrals/import</c> takes CSV, answers 202 with the import and its
/// Location, and <c>GET /v1/imports/{id}</c> follows it to each row's outcome; a file that is not an import is refused
/// naming what is wrong (R41), and nothing starts.
/// </summary>
public sealed class ImportRouteTests(SharedGatewayFixture fixture) : IClassFixture<SharedGatewayFixture>
{
    private const string Header = "crmId,name,customerId,dealValue,currency,closingDate,solutions,teamFirstName,teamLastName,teamEmail,teamPhone\n";

    [Fact]
    public async Task An_import_runs_in_the_background_and_is_followed_to_each_rows_outcome_R41()
    {
        var scenario = await fixture.NewScenarioAsync();
        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        var csv = Header
            + "OPP-1,Imported one,c-100,1000,USD,2027-06-30,sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n"
            + "OPP-2,Imported two,c-100,1000,XYZ,2027-06-30,sol-a,Bo,Ng,bo@fabrikam.example,+12065550101\n";

        var started = await alice.PostAsync("/v1/referrals/import", Csv(csv));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        Assert.Equal($"/v1/imports/{id}", location);

        var import = await Eventually.Until(async () => JsonDocument.Parse(await alice.GetStringAsync(location)).RootElement,
            i => i.GetProperty("status").GetString() == "Completed", "the import to complete");
        Assert.Equal((1, 1, false), (import.GetProperty("created").GetInt32(), import.GetProperty("failed").GetInt32(), import.GetProperty("dryRun").GetBoolean()));
        var rows = import.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(("Create", "Error"), (rows[0].GetProperty("action").GetString(), rows[1].GetProperty("action").GetString()));
        var problem = rows[1].GetProperty("problem");
        Assert.Equal((2, "currency", "validationFailed"), (rows[1].GetProperty("row").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("code").GetString()));
        var referral = await alice.GetAsync($"/v1/referrals/{rows[0].GetProperty("referralId").GetString()}");
        Assert.Equal(HttpStatusCode.OK, referral.StatusCode);

        var template = await alice.GetStringAsync("/v1/referrals/import/template");
        Assert.StartsWith("crmId,name,customerId,", template, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_import_is_refused_naming_what_is_wrong_R41()
    {
        var scenario = await fixture.NewScenarioAsync();
        var alice = fixture.Server.As(Actors.AdminOf(scenario.PartnerA));
        await Http.Problem(await alice.PostAsync("/v1/referrals/import", Csv("crmId,dealSize\nOPP-1,4\n")), HttpStatusCode.BadRequest, "invalidRequest", "dealSize");
        await Http.Problem(await alice.PostAsync("/v1/referrals/import", Csv("")), HttpStatusCode.BadRequest, "invalidRequest", "body");
        await Http.Problem(await alice.PostAsync("/v1/referrals/import?dryRun=maybe", Csv(Header)), HttpStatusCode.BadRequest, "invalidRequest", "dryRun");
        await Http.Problem(await alice.PostAsync("/v1/referrals/import", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType", "Content-Type");
        await Http.Problem(await alice.GetAsync("/v1/imports/nothing-here"), HttpStatusCode.NotFound, "notFound", "importId");
        await Http.Problem(await fixture.Server.As(Actors.ReaderOf(scenario.PartnerA)).PostAsync("/v1/referrals/import", Csv(Header + "OPP-1\n")), HttpStatusCode.Forbidden, "accessDenied", "role");
    }

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");
}
