namespace CoSell.Grains.Domain;

/// <summary>
/// Shared notes (issue 16, point 4): an append-only thread per engagement, readable by every party of it, each entry
/// with author, organization and time; the other parties are told of each. A private deal's notes are its owner's
/// alone, and stay so if the deal later invites others (R7).
/// </summary>
public static class EngagementNotes
{
    public const int MaxLength = 4000;

    /// <summary>The note <paramref name="actor"/> writes on <paramref name="state"/> (its own referral of the engagement); throws naming <c>text</c> (R41).</summary>
    public static EngagementNote Write(ReferralState state, Actor actor, string? text, DateTimeOffset now)
    {
        if (!actor.CanWorkReferrals)
        {
            throw CoSellException.AccessDenied("role", "Writing notes needs the PartnerAdmin, ReferralAdmin or MicrosoftSeller role (R3).");
        }

        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            throw CoSellException.Validation("text", $"A note has 1 to {MaxLength} characters.");
        }

        return new EngagementNote(Guid.NewGuid().ToString("N"), now, state.OrganizationId,
            state.IsMicrosoftSide ? "Microsoft" : state.OrganizationName, actor.UserId, trimmed,
            state.DealType == DealType.Private ? [state.OrganizationId] : null);
    }

    /// <summary>Whether <paramref name="organizationId"/> may read <paramref name="note"/>.</summary>
    public static bool IsFor(EngagementNote note, string organizationId) => note.Audience is null || note.Audience.Contains(organizationId);

    /// <summary>The notification telling a party (at its own referral of the engagement, a link it can open) of a note.</summary>
    public static Notification Notice(EngagementNote note, string engagementId, string partyOrganizationId, string? partySellerId, string partyReferralId,
        string referralName, IReadOnlyList<string> recipients) =>
        new($"{note.Id}:{partyOrganizationId}:{partySellerId}", NotificationKind.NoteAdded, partyOrganizationId, recipients, partyReferralId, referralName,
            engagementId, $"{note.OrganizationName} ({note.UserId}) wrote on '{referralName}': {Excerpt(note.Text)}", note.At, partySellerId);

    private static string Excerpt(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 199), "…");
}
