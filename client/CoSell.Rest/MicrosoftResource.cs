namespace CoSell.Rest;

/// <summary>The Microsoft card (R28).</summary>
public sealed record MicrosoftResource(MicrosoftStatus Status, string? SellerId);
