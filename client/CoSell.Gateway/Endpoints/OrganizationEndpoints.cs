using CoSell.Gateway.OpenApi;
using CoSell.Gateway.Auth;
using CoSell.Rest;
using CoSell.Gateway.Json;

namespace CoSell.Gateway.Endpoints;

/// <summary><c>/v1/organization</c>: the caller's own organization.</summary>
public static class OrganizationEndpoints
{
    public static RouteGroupBuilder MapOrganization(this RouteGroupBuilder v1)
    {
        var organization = v1.MapGroup("/organization").WithTags("Organization");

        v1.MapGet("/insights", async (HttpContext context, CoSellClient client) =>
        {
            var days = 3;
            if (context.Request.Query["expiringWithinDays"].ToString() is { Length: > 0 } text
                && !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out days))
            {
                throw CoSellException.InvalidRequest("expiringWithinDays", $"expiringWithinDays must be a whole number from 1 to {OrganizationInsights.MaxExpiringWithinDays}.");
            }

            return HttpResults.Json(await client.GetInsights(Caller.Of(context), days));
        }).WithTags("Insights").Produces<OrganizationInsights>()
            .WithQuery("expiringWithinDays", $"Received referrals expiring within this many days, 1–{OrganizationInsights.MaxExpiringWithinDays} (default 3).", "integer", example: "3")
            .WithSummary("Pipeline by stage per currency, win rate, time to respond (R37) and what expires in the next days, as they stand now.");

        organization.MapGet("", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            if (actor.IsMicrosoft)
            {
                var seller = actor.SellerId is null ? null : await client.GetSeller(actor.SellerId);
                return HttpResults.Json(new OrganizationResource(Organizations.Microsoft, "Microsoft", "Microsoft", null, seller));
            }

            var partner = await client.GetPartner(actor.OrganizationId)
                ?? throw CoSellException.NotFound("organizationId", $"Partner '{actor.OrganizationId}' is not registered (R1).");
            return HttpResults.Json(new OrganizationResource(partner.Id, partner.Name, "Partner", partner, null)
            {
                VisibleTenants = await client.GetVisibleTenants(actor),
                Responsiveness = await client.GetResponsiveness(actor),
            });
        }).Produces<OrganizationResource>().WithSummary("The caller's organization: profile and tenants.").Errors(404);

        organization.MapPost("/tenants/{tenantId}/link", async (HttpContext context, CoSellClient client, string tenantId) =>
            HttpResults.Json(new TenantLinksResource(await client.LinkTenant(Caller.Of(context), tenantId))))
            .Produces<TenantLinksResource>().Errors(404, 422).WithSummary("PartnerAdmin: link a tenant with the caller's tenant; users of either see both inboxes (R2).");

        organization.MapDelete("/tenants/{tenantId}/link", async (HttpContext context, CoSellClient client, string tenantId) =>
            HttpResults.Json(new TenantLinksResource(await client.UnlinkTenant(Caller.Of(context), tenantId))))
            .Produces<TenantLinksResource>().Errors(404, 422).WithSummary("PartnerAdmin: unlink a tenant from the caller's group; its referrals are again its users' alone (R2).");

        organization.MapPut("/stage-mappings", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var body = await JsonBody.ReadAsync<StageMappingsBody>(context.Request);
            return HttpResults.Json(new StageMappingsResource(await client.SetStageMappings(actor, body.Mappings!)));
        }).Accepts<StageMappingsBody>("application/json").Produces<StageMappingsResource>().Errors(415, 422).WithSummary("PartnerAdmin: map CRM stage names to standard stages (R38).");

        organization.MapGet("/stage-mappings", async (HttpContext context, CoSellClient client) =>
            HttpResults.Json(new StageMappingsResource(await client.GetStageMappings(Caller.Of(context)))))
            .Produces<StageMappingsResource>().WithSummary("The organization's CRM stage mappings (R38).");

        organization.MapGet("/recent-contacts", async (HttpContext context, CoSellClient client) =>
            HttpResults.Json(await client.GetRecentContacts(Caller.Of(context))))
            .Produces<IReadOnlyList<Contact>>().WithSummary("Recently used contacts, most recent first (R12).");

        return v1;
    }
}
