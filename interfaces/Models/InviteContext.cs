namespace CoSell;

/// <summary>On an inbound referral: who invited it, the help wanted and why (R16, R18).</summary>
[GenerateSerializer, Immutable]
public sealed record InviteContext(
    string InvitedByOrganizationId,
    string InvitedByOrganizationName,
    string SourceReferralId,
    HelpType HelpType,
    string? Notes,
    IReadOnlyList<Contact> InvitingTeam,
    string? InvitedBySellerId = null);
