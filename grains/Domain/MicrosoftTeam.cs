namespace CoSell.Grains.Domain;

/// <summary>
/// Microsoft's side of an engagement may have more than one seller (R22; issue 16, point 2): the seller a co-sell
/// request is routed to adds registered colleagues; the partner sees each on the Microsoft card (R28), and each
/// colleague is told. Colleagues join an open or engaged request, never a closed one (R26).
/// </summary>
public static class MicrosoftTeam
{
    public const int MaxColleagues = 10;

    /// <summary>Add <paramref name="colleague"/> (null: not a registered seller) to the request (after the ETag and R26 checks).</summary>
    public static void AddColleague(ReferralState state, Actor actor, string? sellerId, SellerProfile? colleague, DateTimeOffset now)
    {
        if (!state.IsMicrosoftSide || state.Direction != ReferralDirection.Incoming)
        {
            throw CoSellException.InvalidTransition("R22", "Colleagues join a co-sell request on Microsoft's side only.");
        }

        if (colleague is null)
        {
            throw CoSellException.Validation("sellerId", $"'{sellerId}' is not a registered seller (R4).");
        }

        if (colleague.Id == state.SellerId)
        {
            throw CoSellException.Validation("sellerId", "The request is routed to this seller already.");
        }

        if (state.Colleagues.Any(c => c.SellerId == colleague.Id))
        {
            throw CoSellException.Conflict("sellerId", $"{colleague.Name} works this request already.");
        }

        if (state.Colleagues.Count >= MaxColleagues)
        {
            throw CoSellException.Validation("sellerId", $"A co-sell request has at most {MaxColleagues} colleagues besides its seller.");
        }

        state.Colleagues.Add(new SellerContact(colleague.Id, colleague.Name, colleague.Email));
        state.Record(actor, "colleague-added", $"{colleague.Name} ({colleague.Id}) joined Microsoft's side.", now);
        state.Notify(NotificationKind.ColleagueAdded, Organizations.Microsoft, colleague.Id, state.Id, [colleague.Email],
            $"Seller {state.SellerId} added you to the co-sell request '{state.Name}' of {state.InviteContext?.InvitedByOrganizationName}.", now);
    }
}
