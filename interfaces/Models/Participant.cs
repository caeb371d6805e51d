namespace CoSell;

/// <summary>Another party of the same engagement as seen from a referral (R28).</summary>
[GenerateSerializer, Immutable]
public sealed record Participant(string OrganizationId, string OrganizationName, string ReferralId, ReferralStatus Status, Substatus Substatus);
