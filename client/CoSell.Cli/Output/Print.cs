using System.Text.Json;
using CoSell.Rest;

namespace CoSell.Cli.Output;

/// <summary>What the commands print: results on stdout (JSON with <c>--json</c>), messages on stderr.</summary>
public static class Print
{
    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, new JsonSerializerOptions(RestJson.Options) { WriteIndented = true }));

    public static void Referral(Referral referral, bool json)
    {
        if (json)
        {
            Json(ResourceTranslation.ToResource(referral));
            return;
        }

        var o = Console.Out;
        o.WriteLine($"{referral.Name}  [{referral.Id}]");
        o.WriteLine($"  {referral.Direction} {referral.DealType}, {referral.Status}/{referral.Substatus}{(referral.StatusReason is null ? "" : $" ({referral.StatusReason})")}, stage {referral.SalesStage} {referral.SalesStagePercent}%");
        o.WriteLine($"  organization {referral.OrganizationId}, tenant {referral.TenantId}, engagement {referral.EngagementId}, etag {referral.ETag}");
        o.WriteLine($"  customer {referral.CustomerProfile.Name} ({referral.CustomerProfile.CustomerId}, {referral.CustomerProfile.Address.Country})");
        o.WriteLine($"  value {referral.Details.DealValue} {referral.Details.Currency}, closing {referral.Details.ClosingDate:yyyy-MM-dd}");
        if (referral.InviteContext is { } invite)
        {
            o.WriteLine($"  invited by {invite.InvitedByOrganizationName} ({invite.InvitedByOrganizationId}) for {invite.HelpType}");
        }

        if (referral.ExpirationDateTime is { } expires)
        {
            o.WriteLine($"  respond by {expires:yyyy-MM-dd HH:mm}Z");
        }

        if (referral.Microsoft.Status != MicrosoftStatus.None)
        {
            o.WriteLine($"  Microsoft: {referral.Microsoft.Status}{(referral.Microsoft.SellerId is null ? "" : $" (seller {referral.Microsoft.SellerId})")}");
        }

        foreach (var p in referral.Participants)
        {
            o.WriteLine($"  participant {p.OrganizationName} ({p.OrganizationId}): {p.Status}/{p.Substatus}");
        }
    }

    public static void Page(ReferralPage page, bool json)
    {
        if (json)
        {
            Json(ResourceTranslation.ToResource(page));
            return;
        }

        var table = new Table("ID", "NAME", "DIRECTION", "TYPE", "STATUS", "STAGE", "CUSTOMER", "VALUE", "UPDATED", "FAV");
        foreach (var r in page.Items)
        {
            table.Add(r.Id, r.Name, r.Direction, r.DealType, r.Substatus, r.SalesStage, r.CustomerName, $"{r.DealValue} {r.Currency}", r.UpdatedDateTime, r.Favorite ? "♥" : "");
        }

        table.Write(Console.Out);
        if (page.ContinuationToken is not null)
        {
            Console.Out.WriteLine($"more: --continuation-token {page.ContinuationToken}");
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"cosell: {message}");
}
