using System.Globalization;

namespace CoSell.Gateway.Endpoints;

/// <summary>The query of <c>GET /v1/referrals</c> (R32, R33); a bad value is a 400 naming the parameter.</summary>
public static class ReferralQueryString
{
    public static ReferralQuery Parse(IQueryCollection query)
    {
        var top = ReferralQuery.DefaultTop;
        if (query.TryGetValue("top", out var topText))
        {
            if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > ReferralQuery.MaxTop)
            {
                throw CoSellException.InvalidRequest("top", $"top must be a whole number from 1 to {ReferralQuery.MaxTop}.");
            }
        }

        DateTimeOffset? updatedSince = null;
        if (query.TryGetValue("updatedSince", out var sinceText))
        {
            updatedSince = DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
                ? since
                : throw CoSellException.InvalidRequest("updatedSince", "updatedSince must be an ISO 8601 date-time.");
        }

        bool favorite = false;
        if (query.TryGetValue("favorite", out var favoriteText) && !bool.TryParse(favoriteText, out favorite))
        {
            throw CoSellException.InvalidRequest("favorite", "favorite must be true or false.");
        }

        return new ReferralQuery
        {
            Direction = Enum<ReferralDirection>(query, "direction"),
            Favorites = favorite,
            Status = Enum<ReferralStatus>(query, "status"),
            Substatus = Enum<Substatus>(query, "substatus"),
            DealType = Enum<DealType>(query, "dealType"),
            SalesStage = Enum<SalesStage>(query, "salesStage"),
            CustomerName = query.TryGetValue("customerName", out var customer) && customer.ToString().Length > 0 ? customer.ToString() : null,
            UpdatedSince = updatedSince,
            Top = top,
            ContinuationToken = query.TryGetValue("continuationToken", out var token) && token.ToString().Length > 0 ? token.ToString() : null,
        };
    }

    private static T? Enum<T>(IQueryCollection query, string name) where T : struct, System.Enum
    {
        if (!query.TryGetValue(name, out var text) || text.ToString().Length == 0)
        {
            return null;
        }

        var value = text.ToString();
        return !char.IsAsciiDigit(value[0]) && System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw CoSellException.InvalidRequest(name, $"{name} '{value}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
    }
}
