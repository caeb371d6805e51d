namespace CoSell;

/// <summary>
/// Another partner's open co-sell request for the same customer, as a Microsoft seller sees it on a request (channel
/// conflict, issue 16): its id and status only — nothing of the other partner's deal (R7: private deals never ask).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RelatedRequest(string ReferralId, Substatus Substatus);
