namespace CoSell.Grains.Options;

/// <summary>The change feed, from the <c>CoSell:Feed</c> section.</summary>
public sealed class FeedOptions
{
    public const string Section = "CoSell:Feed";

    /// <summary>How long a change stays readable; older ones are deleted as new ones arrive. At least a day.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
