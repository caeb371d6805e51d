using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CoSell.Grains.Feed;

/// <summary>
/// The feed's cursor: an opaque text for the caller (base64url of a versioned position), the change's sequence number
/// for the feed. A cursor that does not parse is refused naming <c>after</c> (R41).
/// </summary>
public static class FeedCursor
{
    private const string Version = "f1:";

    public static string Of(long sequence) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence after which to read: 0 (from the oldest kept) for none.</summary>
    public static long Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Version, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Version.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence > 0)
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
            // Not base64url: refused below like any other cursor this feed did not give out.
        }

        throw CoSellException.InvalidRequest("after", "after is not a cursor of this feed; use the cursor of the last change read, or none to start from the oldest kept.");
    }
}
