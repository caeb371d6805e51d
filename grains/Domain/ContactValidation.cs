using System.Text.RegularExpressions;

namespace CoSell.Grains.Domain;

/// <summary>Checks people: every team member and a required customer contact has a name, a valid phone and a valid e-mail (R10, R12).</summary>
public static partial class ContactValidation
{
    public static void EnsureValid(Contact? contact, string target)
    {
        if (contact is null)
        {
            throw CoSellException.Validation(target, $"{target} is required.");
        }

        if (string.IsNullOrWhiteSpace(contact.FirstName))
        {
            throw CoSellException.Validation($"{target}.firstName", $"{target}.firstName is required.");
        }

        if (string.IsNullOrWhiteSpace(contact.LastName))
        {
            throw CoSellException.Validation($"{target}.lastName", $"{target}.lastName is required.");
        }

        if (!IsPhone(contact.PhoneNumber))
        {
            throw CoSellException.Validation($"{target}.phoneNumber", $"{target}.phoneNumber '{contact.PhoneNumber}' is not a valid phone number (7 to 15 digits, optional leading +).");
        }

        if (!IsEmail(contact.Email))
        {
            throw CoSellException.Validation($"{target}.email", $"{target}.email '{contact.Email}' is not a valid e-mail address.");
        }
    }

    /// <summary>A team: at least one member, each valid (R12).</summary>
    public static void EnsureTeam(IReadOnlyList<Contact>? team, string target)
    {
        if (team is null || team.Count == 0)
        {
            throw CoSellException.Validation(target, $"{target} needs at least one member (R12).");
        }

        for (var i = 0; i < team.Count; i++)
        {
            EnsureValid(team[i], $"{target}[{i}]");
        }
    }

    public static bool IsPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || !PhonePattern().IsMatch(phone))
        {
            return false;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 15;
    }

    public static bool IsEmail(string? email) => email is not null && email.Length <= 254 && EmailPattern().IsMatch(email);

    [GeneratedRegex(@"^\+?[0-9][0-9 ().\-]*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
