namespace CoSell.Rest;

/// <summary>
/// A page of the change feed, oldest first: <c>cursor</c> is where to read on from (<c>after=</c>), the given one when
/// nothing new was stored; <c>more</c> says the next read returns changes at once.
/// </summary>
public sealed record EventPageResource(IReadOnlyList<EventResource> Items, string? Cursor, bool More);
