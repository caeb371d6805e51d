namespace CoSell.Grains.Live;

/// <summary>
/// How grains tell an owner's live view of a stored change (<see cref="LiveChange"/>). One-way: the change is stored
/// already and the telling is a courtesy to open pages, so no referral or desk ever waits on it — in particular not on a
/// stopping silo, where the live view may have nowhere left to activate.
/// </summary>
public interface ILiveViewFeed : IGrainWithStringKey
{
    [OneWay]
    Task Changed(LiveChange change);
}
