namespace CoSell.Grains.Notifications;

/// <summary>Recorded notifications, oldest first; ids already recorded are not recorded again.</summary>
[GenerateSerializer]
public sealed class OutboxState
{
    [Id(0)] public List<Notification> Notifications { get; set; } = [];
    [Id(1)] public HashSet<string> SeenIds { get; set; } = [];
}
