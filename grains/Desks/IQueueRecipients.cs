namespace CoSell.Grains.Desks;

/// <summary>What a desk routing a co-sell request asks of the fallback queue (R4): whom to mail when one lands there.</summary>
public interface IQueueRecipients : IGrainWithStringKey
{
    /// <summary>The owners' addresses: the owner sellers' e-mails from the directory and the owner addresses.</summary>
    [AlwaysInterleave, ReadOnly]
    Task<IReadOnlyList<string>> Recipients();
}
