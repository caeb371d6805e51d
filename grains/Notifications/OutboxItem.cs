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
}
