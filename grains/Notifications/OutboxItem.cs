namespace CoSell.Grains.Notifications;

/// <summary>A recorded notification and its e-mail delivery.</summary>
[GenerateSerializer]
public sealed class OutboxItem
{
    [Id(0)] public required Notification Notification { get; set; }
    [Id(1)] public DateTimeOffset? SentAt { get; set; }
    [Id(2)] public int Attempts { get; set; }
    [Id(3)] public string? LastError { get; set; }
    [Id(4)] public List<string> SentTo { get; set; } = [];
    [Id(5)] public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>Given up (dead-lettered): refused for good or out of attempts; <see cref="LastError"/> says why.</summary>
    [Id(6)] public DateTimeOffset? FailedAt { get; set; }

    /// <summary>Nothing more will be done with it: sent, or failed.</summary>
    public bool Finished => SentAt is not null || FailedAt is not null;
}
