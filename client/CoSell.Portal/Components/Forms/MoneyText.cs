using System.Globalization;

namespace CoSell.Portal.Components.Forms;

/// <summary>
/// An amount as a person types it ("55000", "55,000.50", "55 000"), read the same in every browser; text that is not
/// an amount is refused at its field before anything is sent (R41).
/// </summary>
public static class MoneyText
{
    /// <summary>An amount as a form shows it for editing: invariant, no thousands separators, no trailing zeros.</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static decimal? Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CoSellException.Validation(field, $"'{text}' is not an amount: digits, with a decimal point if needed.");
    }
}
