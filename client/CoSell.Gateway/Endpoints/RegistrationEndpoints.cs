using CoSell.Gateway.OpenApi;
using CoSell.Rest;
using CoSell.Gateway.Auth;
using CoSell.Gateway.Json;

namespace CoSell.Gateway.Endpoints;

/// <summary>Deal registration (R30, R31): a referral's registration milestone and the Operators' review queue.</summary>
public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistrations(this RouteGroupBuilder v1)
    {
        var group = v1.MapGroup("").WithTags("Deal registration");

        group.MapGet("/referrals/{id}/registration", async (HttpContext context, CoSellClient client, string id) =>
            Registration(context, await client.GetRegistration(Caller.Of(context), id)))
            .Produces<RegistrationView>().WithSummary("Eligibility, with failed criteria named, and the registration (R30, R31).").WithETag().Errors(404);

        group.MapPost("/referrals/{id}/registration", async (HttpContext context, CoSellClient client, string id) =>
        {
            var actor = Caller.Worker(context);
            var body = await JsonBody.ReadAsync<RegistrationBody>(context.Request);
            return Registration(context, await client.SubmitRegistration(actor, id, body.ToRequest(), HttpResults.IfMatch(context)));
        }).Accepts<RegistrationBody>("application/json").Produces<RegistrationView>().WithSummary("Submit, or amend and resubmit, the registration of a won deal (R31).")
            .WithIfMatch().WithETag().Errors(404, 409, 415, 422);

        group.MapPost("/referrals/{id}/registration/review", async (HttpContext context, CoSellClient client, string id) =>
        {
            var actor = Caller.Operator(context);
            var body = await JsonBody.ReadAsync<ReviewBody>(context.Request);
            return Registration(context, await client.ReviewRegistration(actor, id, new RegistrationReview(body.Decision, body.Comments), HttpResults.IfMatch(context)));
        }).Accepts<ReviewBody>("application/json").Produces<RegistrationView>().WithSummary("Operator: Approve, Reject or RequestInfo (R31).")
            .WithIfMatch().WithETag().Errors(404, 409, 415, 422);

        group.MapGet("/registrations", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Operator(context);
            RegistrationStatus? status = null;
            if (context.Request.Query["status"].ToString() is { Length: > 0 } text)
            {
                status = Enum.TryParse<RegistrationStatus>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(text[0])
                    ? parsed
                    : throw CoSellException.InvalidRequest("status", "status must be Submitted, InfoRequested, Approved or Rejected.");
            }

            return HttpResults.Json(ListQuery.Page(context, await client.ListRegistrations(actor, status)));
        }).Produces<ListResource<RegistrationQueueEntry>>().WithSummary("Operator: the registration review queue (R31).")
            .WithEnumQuery<RouteHandlerBuilder, RegistrationStatus>("status", "Only registrations in this status.").WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);

        return v1;
    }

    /// <summary>The registration with the referral's ETag as a header too, as every referral answer carries it (R40).</summary>
    private static IResult Registration(HttpContext context, RegistrationView view)
    {
        if (view.ETag is { } etag)
        {
            context.Response.Headers.ETag = ResourceTranslation.EntityTag(etag);
        }

        return HttpResults.Json(view);
    }
}
