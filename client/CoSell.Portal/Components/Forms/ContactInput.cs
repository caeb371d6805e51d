namespace CoSell.Portal.Components.Forms;

/// <summary>A team member or customer contact as a form edits it (every field a string until it is sent).</summary>
public sealed class ContactInput
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Email { get; set; }

    public static ContactInput From(Contact contact) => new()
    {
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        PhoneNumber = contact.PhoneNumber,
        Email = contact.Email,
    };

    /// <summary>As sent: the grains check every field (R12) and name the one that is wrong.</summary>
    public Contact ToContact() => new(FirstName?.Trim() ?? "", LastName?.Trim() ?? "", PhoneNumber?.Trim() ?? "", Email?.Trim() ?? "");
}
