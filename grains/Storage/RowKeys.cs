using System.Globalization;

namespace CoSell.Grains.Storage;

/// <summary>
/// Row kinds in an owner's partition, by prefix, so each kind is one key range: <c>r|</c> referral state, <c>v|</c>
/// view rows ordered newest first, <c>f|</c> favorites per user, <c>q|</c> durable queue rows per queue.
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

    public static (string From, string To) Views => ($"v{Sep}", $"v{AfterSep}");

    public static string Favorite(string userId, string referralId) => $"f{Sep}{KeyEncoding.Escape(userId)}{Sep}{KeyEncoding.Escape(referralId)}";

    public static (string From, string To) Favorites(string userId) => ($"f{Sep}{KeyEncoding.Escape(userId)}{Sep}", $"f{Sep}{KeyEncoding.Escape(userId)}{AfterSep}");

    public static string Queued(string queue, string itemId) => $"q{Sep}{KeyEncoding.Escape(queue)}{Sep}{KeyEncoding.Escape(itemId)}";

    public static (string From, string To) Queue(string queue) => ($"q{Sep}{KeyEncoding.Escape(queue)}{Sep}", $"q{Sep}{KeyEncoding.Escape(queue)}{AfterSep}");
}
