namespace CoSell.Portal.Components.Referrals;

/// <summary>
/// The filters a user sets on a view (R33), kept per user and view. A customer name filters from three letters on,
/// as Partner Center's search does; fewer is ignored rather than refused, so typing never shows an error.
/// </summary>
public sealed record ViewFilter
{
    public const int CustomerNameMinimum = 3;

    public ReferralStatus? Status { get; init; }

    public Substatus? Substatus { get; init; }

    public DealType? DealType { get; init; }

    public SalesStage? SalesStage { get; init; }

    public string? CustomerName { get; init; }

    public DateOnly? UpdatedSince { get; init; }

    public bool IsEmpty => this == new ViewFilter();

    /// <summary>The one list query for this view and filter: one round trip to the organization's desk.</summary>
    public ReferralQuery ToQuery(ReferralView view, int top, string? continuationToken) => new()
    {
        Direction = view switch
        {
            ReferralView.Inbound => ReferralDirection.Incoming,
            ReferralView.Outbound => ReferralDirection.Outgoing,
            _ => null,
        },
        Favorites = view == ReferralView.Favorites,
        Status = Status,
        Substatus = Substatus,
        DealType = DealType,
        SalesStage = SalesStage,
        CustomerName = CustomerName?.Trim() is { Length: >= CustomerNameMinimum } name ? name : null,
        UpdatedSince = UpdatedSince is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        Top = top,
        ContinuationToken = continuationToken,
    };
}
