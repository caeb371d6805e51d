namespace CoSell.Rest;

/// <summary>The Microsoft card (R28): its status, the seller and the colleagues working the request with it.</summary>
public sealed record MicrosoftResource(MicrosoftStatus Status, string? SellerId, IReadOnlyList<SellerContact> Colleagues);
