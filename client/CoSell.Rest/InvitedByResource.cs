namespace CoSell.Rest;

/// <summary>The inviting organization.</summary>
public sealed record InvitedByResource(string OrganizationId, string OrganizationName);
