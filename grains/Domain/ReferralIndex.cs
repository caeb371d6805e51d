using System.Globalization;
using System.Text;

namespace CoSell.Grains.Domain;

/// <summary>
/// An organization's views (R32, R33): the latest summary of each referral it sent or received, and each
/// user's favorites. Queries filter, order by last update (newest first, then id) and page with a continuation
/// token that encodes the last item returned, so pages stay stable while new referrals arrive.
/// </summary>
[GenerateSerializer]
public sealed class ReferralIndex
{
    [Id(0)] public Dictionary<string, ReferralSummary> Referrals { get; set; } = [];
    [Id(1)] public Dictionary<string, HashSet<string>> Favorites { get; set; } = [];

    /// <summary>Record a summary; an older version than the one held is ignored. Returns true when it changed.</summary>
    public bool Upsert(ReferralSummary summary)
    {
        if (Referrals.TryGetValue(summary.Id, out var current) && current.Version >= summary.Version)
        {
            return false;
        }

        Referrals[summary.Id] = summary;
        return true;
    }

    public bool Contains(string referralId) => Referrals.ContainsKey(referralId);

    /// <summary>Mark or unmark; idempotent. Returns true when it changed.</summary>
    public bool SetFavorite(string userId, string referralId, bool favorite)
    {
        if (!Favorites.TryGetValue(userId, out var set))
        {
            if (!favorite)
            {
                return false;
            }

            Favorites[userId] = set = [];
        }

        var changed = favorite ? set.Add(referralId) : set.Remove(referralId);
        if (set.Count == 0)
        {
            Favorites.Remove(userId);
        }

        return changed;
    }

    public bool IsFavorite(string userId, string referralId) => Favorites.TryGetValue(userId, out var set) && set.Contains(referralId);

    /// <summary>
    /// One page of the view. <paramref name="tenants"/> limits the view to referrals of those tenants (R2)
    /// (null: every tenant); <paramref name="visible"/> further limits what the caller may see.
    /// </summary>
    public ReferralPage Query(ReferralQuery query, string userId, IReadOnlySet<string>? tenants = null, Func<ReferralSummary, bool>? visible = null)
    {
        var top = query.Top <= 0 ? ReferralQuery.DefaultTop : Math.Min(query.Top, ReferralQuery.MaxTop);
        var after = ContinuationToken.Decode(query.ContinuationToken);
        Favorites.TryGetValue(userId, out var favorites);

        var matches = Referrals.Values
            .Where(r => tenants is null || tenants.Contains(r.TenantId))
            .Where(r => visible is null || visible(r))
            .Where(r => query.Direction is null || r.Direction == query.Direction)
            .Where(r => !query.Favorites || (favorites?.Contains(r.Id) ?? false))
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.Substatus is null || r.Substatus == query.Substatus)
            .Where(r => query.DealType is null || r.DealType == query.DealType)
            .Where(r => query.SalesStage is null || r.SalesStage == query.SalesStage)
            .Where(r => string.IsNullOrEmpty(query.CustomerName) || r.CustomerName.Contains(query.CustomerName, StringComparison.OrdinalIgnoreCase))
            .Where(r => query.UpdatedSince is null || r.UpdatedDateTime >= query.UpdatedSince)
            .Where(r => after is null || ContinuationToken.Compare(r, after.Value) > 0)
            .OrderByDescending(r => r.UpdatedDateTime)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(top + 1)
            .ToList();

        var page = matches.Take(top).Select(r => r with { Favorite = favorites?.Contains(r.Id) ?? false }).ToList();
        var token = matches.Count > top ? ContinuationToken.Encode(page[^1]) : null;
        return new ReferralPage(page, token);
    }

    /// <summary>Continuation tokens: the position (update time, id) after which the next page starts.</summary>
    public static class ContinuationToken
    {
        public static string Encode(ReferralSummary last) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{last.UpdatedDateTime.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{last.Id}"));

        public static (long Ticks, string Id)? Decode(string? token)
        {
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                var bar = text.IndexOf('|');
                if (bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                {
                    return (ticks, text[(bar + 1)..]);
                }
            }
            catch (FormatException)
            {
            }

            throw CoSellException.InvalidRequest("continuationToken", "continuationToken is not one this service issued.");
        }

        /// <summary>Positive when <paramref name="summary"/> comes after the position in view order (newest first).</summary>
        public static int Compare(ReferralSummary summary, (long Ticks, string Id) position)
        {
            var byTime = position.Ticks.CompareTo(summary.UpdatedDateTime.UtcTicks);
            return byTime != 0 ? byTime : string.CompareOrdinal(summary.Id, position.Id);
        }
    }
}
