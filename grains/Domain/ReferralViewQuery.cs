namespace CoSell.Grains.Domain;

/// <summary>
/// One page of a view (R32, R33) over summaries read newest first: the filters, the R2 tenant scope, what the caller
/// may see, and the position after which the page starts. Pages end with a continuation token that encodes the last
/// item returned (<see cref="ViewPosition"/>), so they stay stable while new referrals arrive.
/// </summary>
public sealed class ReferralViewQuery
{
    private readonly ReferralQuery _query;
    private readonly IReadOnlySet<string>? _tenants;
    private readonly Func<ReferralSummary, bool>? _visible;
    private readonly IReadOnlySet<string> _favorites;

    /// <param name="query">The caller's filters, position and page size (R33); null: the first page of everything.</param>
    /// <param name="tenants">The tenants whose referrals the caller sees (R2); null: every tenant.</param>
    /// <param name="visible">What else limits the caller's view (a seller sees what is routed to it).</param>
    /// <param name="favorites">The caller's favorites among the summaries that will be offered (R32).</param>
    public ReferralViewQuery(ReferralQuery? query, IReadOnlySet<string>? tenants = null, Func<ReferralSummary, bool>? visible = null, IReadOnlySet<string>? favorites = null)
    {
        _query = query ?? new ReferralQuery();
        _tenants = tenants;
        _visible = visible;
        _favorites = favorites ?? new HashSet<string>();
        Top = _query.Top <= 0 ? ReferralQuery.DefaultTop : Math.Min(_query.Top, ReferralQuery.MaxTop);
        After = ViewPosition.Decode(_query.ContinuationToken);
    }

    /// <summary>The page size asked for, capped at <see cref="ReferralQuery.MaxTop"/>.</summary>
    public int Top { get; }

    /// <summary>The position (update ticks, id) after which the page starts; null for the first page.</summary>
    public (long Ticks, string Id)? After { get; }

    public bool FavoritesOnly => _query.Favorites;

    /// <summary>Whether the summary belongs on this view (every filter, the scope, favorites, after the position).</summary>
    public bool Matches(ReferralSummary r) =>
        (_tenants is null || _tenants.Contains(r.TenantId))
        && (_visible is null || _visible(r))
        && (_query.Direction is null || r.Direction == _query.Direction)
        && (!_query.Favorites || _favorites.Contains(r.Id))
        && (_query.Status is null || r.Status == _query.Status)
        && (_query.Substatus is null || r.Substatus == _query.Substatus)
        && (_query.DealType is null || r.DealType == _query.DealType)
        && (_query.SalesStage is null || r.SalesStage == _query.SalesStage)
        && (string.IsNullOrEmpty(_query.CustomerName) || r.CustomerName.Contains(_query.CustomerName, StringComparison.OrdinalIgnoreCase))
        && (_query.UpdatedSince is null || r.UpdatedDateTime >= _query.UpdatedSince)
        && (After is null || ViewPosition.Compare(r, After.Value) > 0);

    /// <summary>
    /// The page from summaries in any order: the matches, newest first, <see cref="Top"/> of them, each with the
    /// caller's favorite mark, and a token when more matched.
    /// </summary>
    public ReferralPage Page(IEnumerable<ReferralSummary> summaries)
    {
        var matches = summaries.Where(Matches)
            .OrderByDescending(r => r.UpdatedDateTime)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(Top + 1)
            .ToList();
        var page = matches.Take(Top).Select(r => r with { Favorite = _favorites.Contains(r.Id) }).ToList();
        return new ReferralPage(page, matches.Count > Top ? ViewPosition.Encode(page[^1]) : null);
    }
}
