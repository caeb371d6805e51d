namespace CoSell;

/// <summary>Every party of an engagement and Microsoft's card (R28).</summary>
[GenerateSerializer, Immutable]
public sealed record EngagementView(string EngagementId, IReadOnlyList<Participant> Participants, MicrosoftCard Microsoft);
