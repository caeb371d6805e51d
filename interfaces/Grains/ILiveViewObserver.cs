namespace CoSell;

/// <summary>A front-end watching an owner's views (the portal's open pages); told one-way, so a slow watcher holds nothing.</summary>
public interface ILiveViewObserver : IGrainObserver
{
    [OneWay]
    Task Changed(LiveChange change);
}
