namespace CoSell;

/// <summary>Microsoft's side of an engagement (R28): its status, the seller working it and the colleagues it added.</summary>
[GenerateSerializer, Immutable]
public sealed record MicrosoftCard(MicrosoftStatus Status, string? SellerId, string? ReferralId, IReadOnlyList<SellerContact>? Colleagues = null)
{
    public static MicrosoftCard NotInvited { get; } = new(MicrosoftStatus.None, null, null);
}
