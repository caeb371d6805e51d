using System.Globalization;
using System.Text;

namespace CoSell.Portal.Components.Shared;

/// <summary>How values read on screen: enum names as words, money with its currency, times in the viewer's terms.</summary>
public static class Labels
{
    /// <summary><c>PartnerToPartner</c> → "Partner to partner"; <c>CoSell</c> stays "Co-sell".</summary>
    public static string Split(string name)
    {
        if (name == nameof(DealType.CoSell))
        {
            return "Co-sell";
        }

        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }

        return words.ToString();
    }

    /// <summary>"1 referral", "3 referrals".</summary>
    public static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    public static string Of<T>(T value) where T : struct, Enum => Split(value.ToString());

    /// <summary>Microsoft's side on its card (R28): "None" would read as an answer, so a deal Microsoft was never asked into says so.</summary>
    public static string Of(MicrosoftStatus status) => status == MicrosoftStatus.None ? "Not invited" : Split(status.ToString());

    public static string Money(decimal value, string currency) => $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}";

    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"2 d 5 h", "3 h 10 min", "40 min"; "none yet" when nothing was measured.</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "none yet",
        { TotalDays: >= 1 } d => $"{(int)d.TotalDays} d {d.Hours} h",
        { TotalHours: >= 1 } h => $"{(int)h.TotalHours} h {h.Minutes} min",
        var m => $"{Math.Max(0, (int)m.Value.TotalMinutes)} min",
    };

    /// <summary>"3 days 4 h left", "5 h left", "expired": the time a party has to answer (R18).</summary>
    public static string TimeLeft(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        if (left <= TimeSpan.Zero)
        {
            return "window closed";
        }

        return left.TotalDays >= 1
            ? $"{(int)left.TotalDays} d {left.Hours} h left"
            : left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes} min left" : $"{Math.Max(1, (int)left.TotalMinutes)} min left";
    }
}
