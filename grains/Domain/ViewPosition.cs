using System.Globalization;
using System.Text;

namespace CoSell.Grains.Domain;

/// <summary>Continuation tokens of the views (R33): the position (update time, id) after which the next page starts.</summary>
public static class ViewPosition
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
            if (bar > 0 && long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks && bar < text.Length - 1 && !text.Any(char.IsControl))
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
