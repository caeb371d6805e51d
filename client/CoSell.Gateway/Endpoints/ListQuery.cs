using System.Globalization;
using CoSell.Rest;

namespace CoSell.Gateway.Endpoints;

/// <summary><c>top</c> (1–<see cref="MaxTop"/>, default <see cref="DefaultTop"/>) and <c>continuationToken</c> of every list route.</summary>
public static class ListQuery
{
    public const int DefaultTop = 100;

    public const int MaxTop = 500;

    public static int Top(IQueryCollection query, int defaultTop = DefaultTop, int maxTop = MaxTop)
    {
        if (query["top"].ToString() is not { Length: > 0 } text)
        {
            return defaultTop;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1 && top <= maxTop
            ? top
            : throw CoSellException.InvalidRequest("top", $"top must be a whole number from 1 to {maxTop}.");
    }

    public static string? Token(IQueryCollection query) => query["continuationToken"].ToString() is { Length: > 0 } token ? token : null;

    /// <summary>One page of a whole list, in the shape of every list.</summary>
    public static ListResource<T> Page<T>(HttpContext context, IReadOnlyList<T> all) =>
        ListResource<T>.Page(all, Top(context.Request.Query), Token(context.Request.Query));
}
