namespace CoSell.Bench;

/// <summary>Which series <c>--scale</c> runs (<c>--series</c>): the routing series, one organization's history, or both.</summary>
public enum ScaleSeriesChoice
{
    Both,
    Routing,
    Organization,
}
