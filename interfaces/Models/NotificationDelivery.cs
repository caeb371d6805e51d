namespace CoSell;

/// <summary>Where a recorded notification's e-mail stands (R34).</summary>
[GenerateSerializer, Immutable]
public sealed record NotificationDelivery(string NotificationId, DateTimeOffset? SentAt, int Attempts, string? LastError, IReadOnlyList<string> SentTo);
