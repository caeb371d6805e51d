using System.Text.Json;

namespace CoSell.Grains.Domain;

/// <summary>
/// An Operator assigns an open co-sell request — waiting in the fallback queue, or with a seller — to a seller (R4, R22;
/// issue 16, point 2). The request keeps its id and its deadline; its history records who moved it from where to whom;
/// the new seller is told. It moves from one seller's desk (partition) to the other's.
/// </summary>
public static class RequestAssignment
{
    /// <summary>The history action of an assignment.</summary>
    public const string Action = "assigned";

    /// <summary>Throws unless <paramref name="actor"/> may assign this request to <paramref name="sellerId"/> now (R41: naming the rule or field).</summary>
    public static void EnsureAssignable(ReferralState state, Actor actor, string referralId, string? sellerId)
    {
        if (!actor.IsOperator)
        {
            throw CoSellException.AccessDenied("role", "Assigning co-sell requests needs the Operator role of organization msft (R3, R4).");
        }

        if (!state.Exists || !state.IsMicrosoftSide || state.Direction != ReferralDirection.Incoming)
        {
            throw ReferralGuards.NotFound(referralId);
        }

        if (state.Substatus != Substatus.Received)
        {
            throw CoSellException.InvalidTransition("R22", $"Only an open co-sell request (Received) can be assigned; this one is {state.Substatus}.");
        }

        if (string.IsNullOrWhiteSpace(sellerId))
        {
            throw CoSellException.Validation("sellerId", "Name the seller to assign the request to (R4).");
        }

        if (sellerId == state.SellerId)
        {
            throw CoSellException.Validation("sellerId", $"The request already waits with '{sellerId}'.");
        }

        if (state.Moving is { } moving && moving.SellerId != sellerId)
        {
            throw CoSellException.Conflict("sellerId", $"The request is being assigned to '{moving.SellerId}' already.");
        }
    }

    /// <summary>The request as the new seller's desk stores it: the same referral, owned there, with the assignment recorded and told.</summary>
    public static ReferralState Moved(ReferralState state, PendingMove move, SellerProfile seller)
    {
        var moved = JsonSerializer.Deserialize<ReferralState>(JsonSerializer.SerializeToUtf8Bytes(state))!;
        var from = state.SellerId == Organizations.FallbackSellerQueue ? "the fallback queue" : $"seller {state.SellerId}";
        moved.SellerId = seller.Id;
        moved.TenantId = seller.Id;
        moved.ReceiverNotifyEmails = [seller.Email];
        moved.PendingNotifications.Clear();
        moved.LastKeyedChange = null;
        moved.Moving = null;
        var deadline = state.ExpirationDateTime!.Value;
        moved.Record(move.AssignedBy, Action, $"Assigned from {from} to {seller.Name} ({seller.Id}) by {move.AssignedBy.UserId}; respond by {deadline:u}.", move.At);
        moved.Notify(NotificationKind.RequestAssigned, Organizations.Microsoft, seller.Id, moved.Id, [seller.Email],
            $"The co-sell request '{state.Name}' was assigned to you. Engage or decline by {deadline:u}.", move.At);
        return moved;
    }
}
