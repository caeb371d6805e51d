using System.Globalization;

namespace CoSell.Grains.Storage;

/// <summary>
/// Row kinds in an owner's partition, by prefix, so each kind is one key range: <c>r|</c> referral state, <c>v|</c>
/// view rows ordered newest first, <c>w|</c> open response windows ordered by deadline, <c>f|</c> favorites per user,
/// <c>q|</c> durable queue rows per queue, <c>n|</c> notifications newest first, <c>g|</c> engagements started here, <c>d|</c> the owner's own records,
/// <c>c|</c> referrals by customer (open or not), <c>t|</c> engagements' shared notes in the order written, <c>k|</c> contacts named,
/// <c>s|</c> co-sell requests another seller holds that this seller joined as a colleague.
/// </summary>
public static class RowKeys
{
    private const char Sep = KeyEncoding.Separator;

    /// <summary>The character after <see cref="KeyEncoding.Separator"/>: "x|" up to (not including) "x}" is all of kind x.</summary>
    private const char AfterSep = (char)(KeyEncoding.Separator + 1);

    public static string State(string referralId) => $"r{Sep}{KeyEncoding.Escape(referralId)}";

    /// <summary>A view row's key: inverted update time (newest first in row-key order), then the id to break ties.</summary>
    public static string View(DateTimeOffset updatedAt, string referralId) =>
        $"v{Sep}{(DateTimeOffset.MaxValue.UtcTicks - updatedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}{Sep}{KeyEncoding.Escape(referralId)}";

    public static string View(long updatedUtcTicks, string referralId) =>
        $"v{Sep}{(DateTimeOffset.MaxValue.UtcTicks - updatedUtcTicks).ToString("D19", CultureInfo.InvariantCulture)}{Sep}{KeyEncoding.Escape(referralId)}";

    public static (string From, string To) Views => ($"v{Sep}", $"v{AfterSep}");

    /// <summary>
    /// The view rows after a position (exclusive): keys may not hold control characters, so nothing sorts between a key
    /// and the key followed by a space.
    /// </summary>
    public static (string From, string To) ViewsAfter(long updatedUtcTicks, string referralId) => (View(updatedUtcTicks, referralId) + " ", $"v{AfterSep}");

    /// <summary>An open response window (R21, R22): its deadline first, so the earliest is the first row of the range.</summary>
    public static string Window(DateTimeOffset deadline, string referralId) =>
        $"w{Sep}{deadline.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}{Sep}{KeyEncoding.Escape(referralId)}";

    /// <summary>The deadline a window row's key starts with.</summary>
    public static DateTimeOffset WindowDeadline(string windowKey) =>
        new(long.Parse(windowKey.AsSpan(2, 19), NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);

    public static (string From, string To) Windows => ($"w{Sep}", $"w{AfterSep}");

    /// <summary>The windows whose deadline is at or before <paramref name="now"/>.</summary>
    public static (string From, string To) WindowsDueBy(DateTimeOffset now) =>
        ($"w{Sep}", $"w{Sep}{(now.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture)}");

    /// <summary>The windows whose deadline is after <paramref name="after"/> and at or before <paramref name="until"/>.</summary>
    public static (string From, string To) WindowsBetween(DateTimeOffset after, DateTimeOffset until) =>
        ($"w{Sep}{TicksAfter(after)}", until == DateTimeOffset.MaxValue ? $"w{AfterSep}" : $"w{Sep}{TicksAfter(until)}");

    private static string TicksAfter(DateTimeOffset at) =>
        (at == DateTimeOffset.MinValue ? 0 : at.UtcTicks + 1).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>An open deal of the owner for a customer (issue 16, point 3): found by customer when another is created.</summary>
    public static string CustomerDeal(string customerId, string referralId) =>
        $"c{Sep}{KeyEncoding.Escape(customerId)}{Sep}{KeyEncoding.Escape(referralId)}";

    public static (string From, string To) CustomerDeals(string customerId) =>
        ($"c{Sep}{KeyEncoding.Escape(customerId)}{Sep}", $"c{Sep}{KeyEncoding.Escape(customerId)}{AfterSep}");

    /// <summary>A contact the owner named on a referral (R12), by its address in lower case.</summary>
    /// <summary>A seller's pointer to a request it joined as a colleague (the request lives with the seller holding it).</summary>
    public static string Shared(string referralId) => $"s{Sep}{KeyEncoding.Escape(referralId)}";

    public static (string From, string To) SharedRequests => ($"s{Sep}", $"s{AfterSep}");

    public static string Contact(string email) => $"k{Sep}{KeyEncoding.Escape(email)}";

    public static (string From, string To) Contacts => ($"k{Sep}", $"k{AfterSep}");

    /// <summary>A note of an engagement's shared thread, in the engagement's partition, oldest first.</summary>
    public static string Note(string engagementId, long ticks, string noteId) =>
        $"t{Sep}{KeyEncoding.Escape(engagementId)}{Sep}{ticks.ToString("D19", CultureInfo.InvariantCulture)}{Sep}{KeyEncoding.Escape(noteId)}";

    /// <summary>The order time a note row's key holds (after its engagement id).</summary>
    public static long NoteTicks(string noteKey)
    {
        var end = noteKey.LastIndexOf(Sep);
        return long.Parse(noteKey.AsSpan(end - 19, 19), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static (string From, string To) Notes(string engagementId) =>
        ($"t{Sep}{KeyEncoding.Escape(engagementId)}{Sep}", $"t{Sep}{KeyEncoding.Escape(engagementId)}{AfterSep}");

    /// <summary>A recorded notification (R34), newest first.</summary>
    public static string Notification(DateTimeOffset createdAt, string notificationId) =>
        $"n{Sep}{(DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}{Sep}{KeyEncoding.Escape(notificationId)}";

    public static (string From, string To) Notifications => ($"n{Sep}", $"n{AfterSep}");

    /// <summary>An engagement (R28), in the partition of the referral that started it.</summary>
    public static string Engagement(string engagementId) => $"g{Sep}{KeyEncoding.Escape(engagementId)}";

    /// <summary>One of the owner's own records (settings, counters), written by the owner grain only.</summary>
    public static string Record(string name) => $"d{Sep}{KeyEncoding.Escape(name)}";

    public static string Favorite(string userId, string referralId) => $"f{Sep}{KeyEncoding.Escape(userId)}{Sep}{KeyEncoding.Escape(referralId)}";

    public static (string From, string To) Favorites(string userId) => ($"f{Sep}{KeyEncoding.Escape(userId)}{Sep}", $"f{Sep}{KeyEncoding.Escape(userId)}{AfterSep}");

    public static string Queued(string queue, string itemId) => $"q{Sep}{KeyEncoding.Escape(queue)}{Sep}{KeyEncoding.Escape(itemId)}";

    public static (string From, string To) Queue(string queue) => ($"q{Sep}{KeyEncoding.Escape(queue)}{Sep}", $"q{Sep}{KeyEncoding.Escape(queue)}{AfterSep}");
}
