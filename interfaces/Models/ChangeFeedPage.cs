namespace CoSell;

/// <summary>
/// A page of the change feed, oldest first. <see cref="Cursor"/> is where to resume: after the last change this page
/// read (the one given when nothing new was there). <see cref="More"/>: changes after it were already stored.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChangeFeedPage(IReadOnlyList<ChangeEvent> Items, string? Cursor, bool More)
{
    public const int DefaultTop = 100;

    public const int MaxTop = 1000;
}
