using CoSell.Gateway.OpenApi;
using System.Globalization;
using CoSell.Gateway.Auth;
using CoSell.Gateway.Json;
using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary>Partners, customers, solutions and sellers (API.md "Directory"): Operators write, anyone signed in searches.</summary>
public static class DirectoryEndpoints
{
    public static RouteGroupBuilder MapDirectory(this RouteGroupBuilder v1)
    {
        var directory = v1.MapGroup("").WithTags("Directory");

        directory.MapPut("/partners/{partnerId}", async (HttpContext context, CoSellClient client, string partnerId) =>
        {
            var actor = Caller.Operator(context);
            var body = await JsonBody.ReadAsync<PartnerBody>(context.Request);
            return HttpResults.Json(await client.RegisterPartner(actor, ResourceTranslation.ToProfile(partnerId, body)));
        }).Accepts<PartnerBody>("application/json").Produces<PartnerProfile>().WithSummary("Register or update a partner (Operator).").Errors(415, 422);

        directory.MapGet("/partners", async (HttpContext context, CoSellClient client) =>
        {
            Caller.Of(context);
            var query = context.Request.Query;
            return HttpResults.Json(await client.SearchPartners(query["search"].ToString(), ListQuery.Top(query, 25, 100), ListQuery.Token(query)));
        }).Produces<PartnerSearchPage>().WithSummary("Search ecosystem partners' public cards: 3+ characters, paged (R1, R37).")
            .WithQuery("search", "3 characters or more of a partner's name or solution.", example: "Fabrikam").WithPaging(25, 100);

        directory.MapPut("/customers/{customerId}", async (HttpContext context, CoSellClient client, string customerId) =>
        {
            var actor = Caller.Operator(context);
            var body = await JsonBody.ReadAsync<CustomerBody>(context.Request);
            return HttpResults.Json(await client.RegisterCustomer(actor, ResourceTranslation.ToCustomer(customerId, body)));
        }).Accepts<CustomerBody>("application/json").Produces<Customer>().WithSummary("Register or update a customer (Operator).").Errors(415, 422);

        directory.MapGet("/customers", async (HttpContext context, CoSellClient client) =>
        {
            Caller.Of(context);
            var query = context.Request.Query;
            var found = await client.SearchCustomers(query["search"].ToString(), query["country"].ToString(), query["city"].ToString(), CustomerSearchLimit);
            return HttpResults.Json(ListQuery.Page(context, found));
        }).Produces<ListResource<Customer>>().WithSummary("Customer suggestions by name and location (R9).")
            .WithQuery("search", "Part of the customer's name.", example: "Contoso").WithQuery("country", "ISO 3166-1 alpha-2 country.", example: "US")
            .WithQuery("city", "City.", example: "Redmond").WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);

        directory.MapPut("/solutions/{solutionId}", async (HttpContext context, CoSellClient client, string solutionId) =>
        {
            var actor = Caller.Operator(context);
            var body = await JsonBody.ReadAsync<SolutionBody>(context.Request);
            return HttpResults.Json(await client.RegisterSolution(actor, ResourceTranslation.ToSolution(solutionId, body)));
        }).Accepts<SolutionBody>("application/json").Produces<Solution>().WithSummary("Register or update a solution (Operator).").Errors(415, 422);

        directory.MapGet("/solutions", async (HttpContext context, CoSellClient client) =>
        {
            Caller.Of(context);
            var query = context.Request.Query;
            SolutionKind? kind = null;
            if (query["kind"].ToString() is { Length: > 0 } kindText)
            {
                kind = Enum.TryParse<SolutionKind>(kindText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(kindText[0])
                    ? parsed
                    : throw CoSellException.InvalidRequest("kind", "kind must be Partner, Microsoft or SolutionAssessment.");
            }

            var publisher = query["publisherId"].ToString();
            return HttpResults.Json(ListQuery.Page(context, await client.ListSolutions(publisher.Length > 0 ? publisher : null, kind)));
        }).Produces<ListResource<Solution>>().WithSummary("Published solutions (R13).")
            .WithQuery("publisherId", "Only this publisher's (a partner id or msft).").WithEnumQuery<RouteHandlerBuilder, SolutionKind>("kind", "Only this kind.")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);

        directory.MapPut("/sellers/{sellerId}", async (HttpContext context, CoSellClient client, string sellerId) =>
        {
            var actor = Caller.Operator(context);
            var body = await JsonBody.ReadAsync<SellerBody>(context.Request);
            return HttpResults.Json(await client.RegisterSeller(actor, ResourceTranslation.ToSeller(sellerId, body)));
        }).Accepts<SellerBody>("application/json").Produces<SellerProfile>().WithSummary("Register or update a Microsoft seller and territory (Operator, R4).").Errors(415, 422);

        directory.MapGet("/sellers", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Operator(context);
            return HttpResults.Json(ListQuery.Page(context, await client.ListSellers(actor)));
        }).Produces<ListResource<SellerListing>>().WithSummary("Registered Microsoft sellers with territory and open co-sell requests (Operator, R4).")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);

        var queue = v1.MapGroup("/queue").WithTags("Directory");
        queue.MapPut("/owners", async (HttpContext context, CoSellClient client) =>
        {
            var body = await JsonBody.ReadAsync<QueueOwnersBody>(context.Request);
            return HttpResults.Json(await client.SetQueueOwners(Caller.Operator(context), new QueueOwners(body.SellerIds ?? [], body.Emails ?? [])));
        }).Accepts<QueueOwnersBody>("application/json").Produces<QueueOwners>()
            .WithSummary("Who is mailed when a co-sell request no territory matches lands in the fallback queue (Operator, R4).").Errors(415, 422);
        queue.MapGet("/owners", async (HttpContext context, CoSellClient client) => HttpResults.Json(await client.GetQueueOwners(Caller.Operator(context))))
            .Produces<QueueOwners>().WithSummary("The fallback queue's owners (Operator, R4).");

        return v1;
    }

    /// <summary>Customer search returns suggestions (R9): at most this many matches, paged.</summary>
    private const int CustomerSearchLimit = 1000;
}
