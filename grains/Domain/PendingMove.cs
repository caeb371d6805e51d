namespace CoSell.Grains.Domain;

/// <summary>An Operator's assignment of an open co-sell request to another seller (R4), written down before it is carried out.</summary>
[GenerateSerializer, Immutable]
public sealed record PendingMove(string SellerId, Actor AssignedBy, DateTimeOffset At);
