using System.ComponentModel.DataAnnotations;

namespace CoSell.Portal.Auth;

/// <summary>What the development sign-in form asks for: the values <c>cosell token</c> takes.</summary>
public sealed class DevelopmentSignIn
{
    [Required(ErrorMessage = "Name the organization: a partner id, or msft for Microsoft.")]
    public string? Organization { get; set; }

    /// <summary>One of the partner's tenants; Microsoft's users are in tenant msft.</summary>
    public string? Tenant { get; set; }

    public Role Role { get; set; } = Role.ReferralAdmin;

    [Required(ErrorMessage = "Name the user (the sub claim).")]
    public string? User { get; set; }

    /// <summary>A Microsoft seller's seller id.</summary>
    public string? Seller { get; set; }
}
