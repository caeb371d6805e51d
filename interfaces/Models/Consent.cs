namespace CoSell;

/// <summary>The customer's consent to share contact details with Microsoft (R10).</summary>
[GenerateSerializer, Immutable]
public sealed record Consent(bool ConsentToShareInfoWithMicrosoft);
