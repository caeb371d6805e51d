namespace CoSell;

/// <summary>Microsoft's side of an engagement (R28): its status and the seller working it.</summary>
[GenerateSerializer, Immutable]
public sealed record MicrosoftCard(MicrosoftStatus Status, string? SellerId, string? ReferralId)
{
    public static MicrosoftCard NotInvited { get; } = new(MicrosoftStatus.None, null, null);
}
