using System.Net;
using System.Text.Json;
using CoSell.Testing;

namespace CoSell.Tests.Gateway;

/// <summary>Issue 10, point 13 (R23, R10): PATCH is a JSON merge patch (RFC 7396) — null removes an optional member, absent leaves it.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class MergePatchTests(SharedGatewayFixture fixture) : ScenarioGatewayTests(fixture)
{
    private HttpClient A => Server.As(Actors.AdminOf(Scenario.PartnerA));

    private static StringContent MergePatch(string json) => new(json, System.Text.Encoding.UTF8, "application/merge-patch+json");

    [Fact]
    public async Task R23_null_removes_an_optional_member_and_absent_leaves_it()
    {
        var created = await Http.Read<JsonElement>(await A.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(withContact: true))), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();

        var patched = await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{id}", MergePatch("""{"details":{"crmId":null,"notes":"keep talking"}}""")));
        var details = patched.GetProperty("details");
        Assert.False(details.TryGetProperty("crmId", out var crm) && crm.ValueKind != JsonValueKind.Null, "crmId was not removed");
        Assert.Equal("keep talking", details.GetProperty("notes").GetString());
        Assert.Equal(250000, details.GetProperty("dealValue").GetDecimal());

        var untouched = await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{id}", MergePatch("""{"name":"Renamed"}""")));
        Assert.Equal("keep talking", untouched.GetProperty("details").GetProperty("notes").GetString());

        var noContact = await Http.Read<JsonElement>(await A.Patch($"/v1/referrals/{id}", MergePatch("""{"customerProfile":{"contact":null}}""")));
        Assert.False(noContact.GetProperty("customerProfile").TryGetProperty("contact", out var contact) && contact.ValueKind != JsonValueKind.Null, "contact was not removed");
    }

    [Fact]
    public async Task R41_null_for_a_required_member_is_refused_naming_it_and_changes_nothing()
    {
        var created = await Http.Read<JsonElement>(await A.PostAsync("/v1/referrals", Http.Json(RestBodies.Create())), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        foreach (var (json, target) in new[] { ("""{"name":null}""", "name"), ("""{"details":{"dealValue":null}}""", "details.dealValue"), ("""{"details":null}""", "details") })
        {
            await Http.Problem(await A.Patch($"/v1/referrals/{id}", MergePatch(json)), HttpStatusCode.UnprocessableEntity, "validationFailed", target);
        }

        var after = await Http.Read<JsonElement>(await A.GetAsync($"/v1/referrals/{id}"));
        Assert.Equal(created.GetProperty("eTag").GetString(), after.GetProperty("eTag").GetString());
    }

    [Fact]
    public async Task R10_while_Microsoft_is_invited_the_customer_contact_cannot_be_removed()
    {
        var created = await Http.Read<JsonElement>(await A.PostAsync("/v1/referrals", Http.Json(RestBodies.Create(withContact: true, invitations: [RestBodies.MicrosoftInvitation()]))), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        await Http.Problem(await A.Patch($"/v1/referrals/{id}", MergePatch("""{"customerProfile":{"contact":null}}""")), HttpStatusCode.UnprocessableEntity, "validationFailed", "customerProfile.contact");
    }
}
