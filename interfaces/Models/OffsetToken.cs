using System.Globalization;
using System.Text;

namespace CoSell;

/// <summary>
/// Continuation tokens for ranked lists (R33): the position of the next item. Ranked results have no natural key
/// to resume after, and the ranking is deterministic, so an offset is the stable position.
/// </summary>
public static class OffsetToken
{
    private const string Prefix = "o|";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw CoSellException.InvalidRequest("continuationToken", "continuationToken is not one this service issued.");
    }
}
