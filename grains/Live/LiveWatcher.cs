namespace CoSell.Grains.Live;

/// <summary>One subscribed watcher: who it watches for, the tenants that person sees (R2), and until when.</summary>
public sealed record LiveWatcher(Actor Actor, IReadOnlySet<string> Tenants, DateTimeOffset Until);
