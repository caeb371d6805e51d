using CoSell.Gateway.OpenApi;
using CoSell.Gateway.Auth;
using CoSell.Gateway.Json;
using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary>Webhooks (R36), the change feed they ring for, and e-mail preferences and outbox (R34).</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder v1)
    {
        var webhooks = v1.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapPost("", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var body = await JsonBody.ReadAsync<WebhookBody>(context.Request);
            var webhook = await client.RegisterWebhook(actor, new WebhookRequest(body.Url, body.Events, body.Secret));
            context.Response.Headers.Location = $"/v1/webhooks/{webhook.Id}";
            return HttpResults.Json(webhook, StatusCodes.Status201Created);
        }).Accepts<WebhookBody>("application/json").Produces<Webhook>(StatusCodes.Status201Created).WithSummary("PartnerAdmin: register a webhook (R36).")
            .WithLocation(StatusCodes.Status201Created, "The new webhook: /v1/webhooks/{id}.").Errors(415, 422);

        webhooks.MapGet("", async (HttpContext context, CoSellClient client) => HttpResults.Json(ListQuery.Page(context, await client.ListWebhooks(Caller.Of(context)))))
            .Produces<ListResource<Webhook>>().WithSummary("The organization's webhooks.").WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop);

        webhooks.MapGet("/{id}", async (HttpContext context, CoSellClient client, string id) =>
            HttpResults.Json((await client.ListWebhooks(Caller.Of(context))).FirstOrDefault(w => w.Id == id)
                ?? throw CoSellException.NotFound("webhookId", $"Webhook '{id}' was not found.")))
            .Produces<Webhook>().WithSummary("One webhook.").Errors(404);

        webhooks.MapDelete("/{id}", async (HttpContext context, CoSellClient client, string id) =>
        {
            await client.DeleteWebhook(Caller.Of(context), id);
            return Results.NoContent();
        }).Produces(StatusCodes.Status204NoContent).Errors(404).WithSummary("PartnerAdmin: remove a webhook and its pending deliveries.");

        webhooks.MapGet("/{id}/deliveries", async (HttpContext context, CoSellClient client, string id) =>
            HttpResults.Json(ListQuery.Page(context, await client.GetWebhookDeliveries(Caller.Of(context), id))))
            .Produces<ListResource<WebhookDelivery>>().WithSummary("Recent deliveries of a webhook, with attempts and status.")
            .WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop).Errors(404);

        v1.MapGet("/events", async (HttpContext context, CoSellClient client) =>
        {
            var query = context.Request.Query;
            var after = query["after"].ToString() is { Length: > 0 } cursor ? cursor : null;
            var page = await client.ReadEvents(Caller.Of(context), after, ListQuery.Top(query, ChangeFeedPage.DefaultTop, ChangeFeedPage.MaxTop));
            return HttpResults.Json(new EventPageResource([.. page.Items.Select(EventResource.Of)], page.Cursor, page.More));
        }).WithTags("Events").Produces<EventPageResource>()
            .WithQuery("after", "The cursor of the last change read (a page's cursor, or a webhook delivery's); from the oldest kept when absent.")
            .WithQuery("top", $"Changes per page, 1–{ChangeFeedPage.MaxTop} (default {ChangeFeedPage.DefaultTop}).", "integer", example: "100")
            .WithSummary("The change feed: every change the organization's webhooks carry, in order, each with a cursor; resume with after={cursor}.");

        var contacts = v1.MapGroup("/contacts").WithTags("Notifications");
        contacts.MapPost("/opt-out", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var body = await JsonBody.ReadAsync<OptOutBody>(context.Request);
            await client.OptOut(actor, body.Email!);
            return Results.NoContent();
        }).Accepts<OptOutBody>("application/json").Produces(StatusCodes.Status204NoContent).Errors(415, 422)
            .WithSummary("The address's own user, or a PartnerAdmin of its organization: stop notification e-mail to it (R34).");

        // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click"; a person following the link
        // gets a page with one button (a GET never unsubscribes, so link scanners cannot).
        contacts.MapGet("/unsubscribe", (HttpContext context) => Results.Content(UnsubscribePage.Confirm(context.Request.Query["token"].ToString()), "text/html; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        contacts.MapPost("/unsubscribe", async (HttpContext context, CoSellClient client) =>
        {
            var token = context.Request.Query["token"].ToString();
            var email = await client.Unsubscribe(token);
            return Results.Content(UnsubscribePage.Done(email), "text/html; charset=utf-8");
        }).AllowAnonymous().Produces<string>(StatusCodes.Status200OK, "text/html").WithQuery("token", "The signed token of the mail's unsubscribe link.")
            .WithSummary("One-click unsubscribe from a mail's signed link (RFC 8058); no login, exactly that address (R34).");

        contacts.MapPost("/opt-in", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var body = await JsonBody.ReadAsync<OptOutBody>(context.Request);
            await client.OptIn(actor, body.Email!);
            return Results.NoContent();
        }).Accepts<OptOutBody>("application/json").Produces(StatusCodes.Status204NoContent).Errors(415, 422)
            .WithSummary("The address's own user, or a PartnerAdmin of its organization: resume e-mail to it (R34).");

        v1.MapGet("/notifications", async (HttpContext context, CoSellClient client) =>
        {
            var actor = Caller.Of(context);
            var deliveries = (await client.GetNotificationDeliveries(actor)).ToDictionary(d => d.NotificationId);
            var notifications = await client.GetNotifications(actor);
            return HttpResults.Json(ListQuery.Page(context, notifications.Select(n => new NotificationResource(n, deliveries.GetValueOrDefault(n.Id))).ToList()));
        }).WithTags("Notifications").Produces<ListResource<NotificationResource>>().WithPaging(ListQuery.DefaultTop, ListQuery.MaxTop)
            .WithSummary("The organization's recorded notifications and their e-mail delivery (R34).");

        return v1;
    }
}
