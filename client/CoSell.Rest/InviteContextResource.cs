namespace CoSell.Rest;

/// <summary>Who invited an inbound referral and why.</summary>
public sealed record InviteContextResource(InvitedByResource InvitedBy, string SourceReferralId, HelpType HelpType, string? Notes, IReadOnlyList<Contact> Team);
