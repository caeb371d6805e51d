using CoSell.Grains.Hosting;
using Orleans.Storage;

namespace CoSell.Grains.Desks;

/// <summary>
/// Where a desk keeps its view index (R32): pages of at most <see cref="PageSize"/> summaries, each its own record
/// in the desk's grain storage (state names <c>{desk}-index-0</c>, <c>-1</c>, …; on Azure Table, rows of the desk's
/// partition). A new referral goes into the last page until it is full, then a new page starts; a changed
/// referral rewrites only the page that holds it. So a delivery writes at most one page whatever the size of the
/// inbox, and no record outgrows an Azure Table entity (the whole index in one record did both at a few thousand
/// referrals). Loading reads pages in parallel batches until the first missing one; pages are never removed.
/// </summary>
public sealed class ReferralIndexPages(IGrainStorage storage, GrainId desk, string stateName)
{
    /// <summary>Summaries per page: small enough that a page write costs about what one entry's does.</summary>
    public const int PageSize = 64;

    private readonly RecordPages<ReferralIndexPage> _store = new(storage, desk, $"{stateName}-index");
    private readonly List<RecordPage<ReferralIndexPage>> _pages = [];
    private readonly Dictionary<string, RecordPage<ReferralIndexPage>> _pageOf = new(StringComparer.Ordinal);

    public int PageCount => _pages.Count;

    /// <summary>Read every page; returns every summary held.</summary>
    public async Task<Dictionary<string, ReferralSummary>> LoadAsync()
    {
        _pages.Clear();
        _pageOf.Clear();
        _pages.AddRange(await _store.LoadAsync());
        var all = new Dictionary<string, ReferralSummary>(StringComparer.Ordinal);
        foreach (var page in _pages)
        {
            foreach (var (id, summary) in page.Value.Entries)
            {
                _pageOf[id] = page;
                all[id] = summary;
            }
        }

        return all;
    }

    /// <summary>Store a summary (new or changed): one page write, coalesced with others to the same page.</summary>
    public Task SaveAsync(ReferralSummary summary)
    {
        if (!_pageOf.TryGetValue(summary.Id, out var page))
        {
            page = _pages.Count > 0 && _pages[^1].Value.Entries.Count < PageSize ? _pages[^1] : AddPage();
            _pageOf[summary.Id] = page;
        }

        page.Value.Entries[summary.Id] = summary;
        return page.WriteAsync();
    }

    /// <summary>Forget a summary (one page write); nothing when it is not held.</summary>
    public Task RemoveAsync(string referralId)
    {
        if (!_pageOf.Remove(referralId, out var page))
        {
            return Task.CompletedTask;
        }

        page.Value.Entries.Remove(referralId);
        return page.WriteAsync();
    }

    private RecordPage<ReferralIndexPage> AddPage()
    {
        var page = _store.Create(_pages.Count);
        _pages.Add(page);
        return page;
    }
}
