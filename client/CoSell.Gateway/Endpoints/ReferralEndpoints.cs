using CoSell.Gateway.OpenApi;
using CoSell.Gateway.Auth;
using CoSell.Gateway.Json;
using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary><c>/v1/referrals</c> (API.md "Referrals").</summary>
public static class ReferralEndpoints
{
    public static RouteGroupBuilder MapReferrals(this RouteGroupBuilder v1)
    {
        var referrals = v1.MapGroup("/referrals").WithTags("Referrals");

        referrals.MapPost("", Create).Accepts<CreateReferralBody>("application/json")
            .Produces<ReferralResource>(StatusCodes.Status201Created).WithSummary("Create an outbound referral (R9–R17); Idempotency-Key header (R40).")
            .WithRequestHeader("Idempotency-Key", "1–200 characters: a retry with the same key and body answers the first result and creates nothing; another body is 409 (R40).", "crm:OPP-77")
            .WithETag(StatusCodes.Status201Created).WithLocation(StatusCodes.Status201Created, "The new referral: /v1/referrals/{id}.").Errors(409, 415, 422);
        referrals.MapGet("", List).Produces<ReferralListResource>().WithSummary("Inbound, outbound or favorite referrals, filtered and paged (R32, R33).")
            .WithViewFilters().WithPaging(ReferralQuery.DefaultTop, ReferralQuery.MaxTop);
        referrals.MapGet("/{id}", Get).Produces<ReferralResource>().WithSummary("One referral, with its ETag.").WithETag().Errors(404);
        referrals.MapMethods("/{id}", ["PATCH"], Update).Accepts<PatchReferralBody>("application/merge-patch+json", "application/json")
            .Produces<ReferralResource>().WithSummary("Edit and mark stages (R23, R24); If-Match honoured (R40).").WithIfMatch().WithETag().Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/accept", Accept).Accepts<AcceptBody>("application/json").Produces<ReferralResource>()
            .WithSummary("Accept an inbound referral; for a seller, engage (R19, R22).").WithIfMatch().WithETag()
            .WithChangeKey().Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/decline", Decline).Accepts<DeclineBody>("application/json").Produces<ReferralResource>()
            .WithSummary("Decline with a reason (R20, R22).").WithIfMatch().WithETag()
            .WithChangeKey().Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/close", Close).Accepts<CloseBody>("application/json").Produces<ReferralResource>()
            .WithSummary("Close as Won or Lost (R25, R29).").WithIfMatch().WithETag()
            .WithChangeKey().Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/assign", Assign).Accepts<AssignBody>("application/json").Produces<ReferralSummaryResource>()
            .WithSummary("Operator: assign an open co-sell request (fallback queue or a seller's) to a seller; its deadline is kept (R4, R22).")
            .Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/colleagues", AddColleague).Accepts<AssignBody>("application/json").Produces<ReferralResource>()
            .WithSummary("The seller of a co-sell request adds a registered colleague to Microsoft's side; the partner sees each (R22, R28).")
            .WithIfMatch().WithETag().Errors(404, 409, 415, 422);
        referrals.MapPost("/{id}/copy", async (HttpContext context, CoSellClient client, string id) =>
            {
                var body = await JsonBody.ReadAsync<CopyBody>(context.Request, required: false);
                var copy = await client.CopyAsNew(Caller.Worker(context), id, new CopyReferralRequest(body.Name, body.ClosingDate, body.Team));
                context.Response.Headers.Location = $"/v1/referrals/{Uri.EscapeDataString(copy.Id)}";
                return HttpResults.Referral(context, copy, StatusCodes.Status201Created);
            })
            .Accepts<CopyBody>("application/json").Produces<ReferralResource>(StatusCodes.Status201Created)
            .WithSummary("Copy a closed referral as a new private deal: same customer, details, team, solutions; linked both ways in history (R26 holds).")
            .WithETag(StatusCodes.Status201Created).WithLocation(StatusCodes.Status201Created, "The copy: /v1/referrals/{id}.").Errors(404, 409, 415, 422);
        referrals.MapGet("/{id}/notes", async (HttpContext context, CoSellClient client, string id) =>
                HttpResults.Json(ListQuery.Page(context, await client.GetNotes(Caller.Of(context), id))))
            .Produces<ListResource<EngagementNote>>().WithSummary("The engagement's shared notes the caller's organization may read, oldest first (issue 16).")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop).Errors(404);
        referrals.MapPost("/{id}/notes", async (HttpContext context, CoSellClient client, string id) =>
            {
                var body = await JsonBody.ReadAsync<NoteBody>(context.Request);
                return HttpResults.Json(await client.AddNote(Caller.Worker(context), id, body.Text!), StatusCodes.Status201Created);
            })
            .Accepts<NoteBody>("application/json").Produces<EngagementNote>(StatusCodes.Status201Created)
            .WithSummary("Write a note on the engagement's shared thread; the other parties are told (a private deal's stay its own).").Errors(404, 415, 422);
        referrals.MapPost("/{id}/invitations", Invite).Accepts<InvitationBody>("application/json").Produces<ReferralResource>()
            .WithSummary("Invite Microsoft or a partner after creation (R27).").WithIfMatch().WithETag().Errors(404, 409, 415, 422);
        referrals.MapPut("/{id}/favorite", (HttpContext context, CoSellClient client, string id) => Favorite(context, client, id, true))
            .WithSummary("Mark as the caller's favorite (R32).").Produces(StatusCodes.Status204NoContent).Errors(404);
        referrals.MapDelete("/{id}/favorite", (HttpContext context, CoSellClient client, string id) => Favorite(context, client, id, false))
            .WithSummary("Unmark as the caller's favorite (R32).").Produces(StatusCodes.Status204NoContent).Errors(404);
        referrals.MapGet("/{id}/history", History).Produces<ListResource<HistoryEntry>>().WithSummary("Every change (R35).")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop).Errors(404);
        referrals.MapGet("/joined", async (HttpContext context, CoSellClient client) =>
                HttpResults.Json(ListQuery.Page(context, await client.ListSharedRequests(Caller.Of(context)))))
            .Produces<ListResource<SharedRequest>>()
            .WithSummary("A Microsoft seller: the co-sell requests it joined as a colleague, latest first; GET /v1/referrals/{id} opens each (R22).")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);
        return v1;
    }

    private static async Task<IResult> Create(HttpContext context, CoSellClient client)
    {
        var actor = Caller.Worker(context);
        var body = await JsonBody.ReadAsync<CreateReferralBody>(context.Request);
        var referral = await client.CreateReferral(actor, ResourceTranslation.ToRequest(body), HttpResults.IdempotencyKey(context));
        context.Response.Headers.Location = $"/v1/referrals/{Uri.EscapeDataString(referral.Id)}";
        return HttpResults.Referral(context, referral, StatusCodes.Status201Created);
    }

    private static async Task<IResult> List(HttpContext context, CoSellClient client) =>
        HttpResults.Json(ResourceTranslation.ToResource(await client.ListReferrals(Caller.Of(context), ReferralQueryString.Parse(context.Request.Query))));

    private static async Task<IResult> Get(HttpContext context, CoSellClient client, string id) =>
        HttpResults.Referral(context, await client.GetReferral(Caller.Of(context), id));

    private static async Task<IResult> Update(HttpContext context, CoSellClient client, string id)
    {
        var actor = Caller.Worker(context);
        var (body, nulls) = await JsonBody.ReadPatchAsync<PatchReferralBody>(context.Request);
        return HttpResults.Referral(context, await client.Update(actor, id, ResourceTranslation.ToRequest(body, HttpResults.IfMatch(context), nulls)));
    }

    private static async Task<IResult> Accept(HttpContext context, CoSellClient client, string id)
    {
        var actor = Caller.Worker(context);
        var body = await JsonBody.ReadAsync<AcceptBody>(context.Request, required: false);
        return HttpResults.Referral(context, await client.Accept(actor, id, ResourceTranslation.ToRequest(body, HttpResults.IfMatch(context)) with { IdempotencyKey = HttpResults.IdempotencyKey(context) }));
    }

    private static async Task<IResult> Decline(HttpContext context, CoSellClient client, string id)
    {
        var actor = Caller.Worker(context);
        var body = await JsonBody.ReadAsync<DeclineBody>(context.Request);
        return HttpResults.Referral(context, await client.Decline(actor, id, ResourceTranslation.ToRequest(body, HttpResults.IfMatch(context)) with { IdempotencyKey = HttpResults.IdempotencyKey(context) }));
    }

    private static async Task<IResult> Close(HttpContext context, CoSellClient client, string id)
    {
        var actor = Caller.Worker(context);
        var body = await JsonBody.ReadAsync<CloseBody>(context.Request);
        return HttpResults.Referral(context, await client.Close(actor, id, ResourceTranslation.ToRequest(body, HttpResults.IfMatch(context)) with { IdempotencyKey = HttpResults.IdempotencyKey(context) }));
    }

    private static async Task<IResult> Assign(HttpContext context, CoSellClient client, string id)
    {
        var body = await JsonBody.ReadAsync<AssignBody>(context.Request);
        var moved = await client.AssignRequest(Caller.Operator(context), id, body.SellerId!);
        return HttpResults.Json(ResourceTranslation.ToResource(new ReferralPage([moved], null)).Items[0]);
    }

    private static async Task<IResult> AddColleague(HttpContext context, CoSellClient client, string id)
    {
        var body = await JsonBody.ReadAsync<AssignBody>(context.Request);
        return HttpResults.Referral(context, await client.AddColleague(Caller.Worker(context), id, body.SellerId!, HttpResults.IfMatch(context)));
    }

    private static async Task<IResult> Invite(HttpContext context, CoSellClient client, string id)
    {
        var actor = Caller.Worker(context);
        var body = await JsonBody.ReadAsync<InvitationBody>(context.Request);
        return HttpResults.Referral(context, await client.Invite(actor, id, ResourceTranslation.ToRequest(body), HttpResults.IfMatch(context)));
    }

    private static async Task<IResult> Favorite(HttpContext context, CoSellClient client, string id, bool favorite)
    {
        await client.SetFavorite(Caller.Of(context), id, favorite);
        return Results.NoContent();
    }

    private static async Task<IResult> History(HttpContext context, CoSellClient client, string id) =>
        HttpResults.Json(ListQuery.Page(context, await client.GetHistory(Caller.Of(context), id)));
}
