namespace CoSell;

/// <summary>Where a recorded notification's e-mail stands (R34).</summary>
[GenerateSerializer, Immutable]
public sealed record NotificationDelivery(
    string NotificationId, DateTimeOffset? SentAt, int Attempts, string? LastError, IReadOnlyList<string> SentTo, DateTimeOffset? FailedAt = null)
{
    /// <summary><c>sent</c>; <c>failed</c> (given up: refused for good or out of attempts, <see cref="LastError"/> says why); else <c>pending</c>.</summary>
    public string Status => SentAt is not null ? "sent" : FailedAt is not null ? "failed" : "pending";
}
