namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals</c> (API.md "Create body").</summary>
public sealed class CreateReferralBody
{
    public string? Name { get; set; }

    public CustomerProfileBody? CustomerProfile { get; set; }

    public Consent? Consent { get; set; }

    public DetailsBody? Details { get; set; }

    public List<Contact>? Team { get; set; }

    public List<SolutionRefBody>? Solutions { get; set; }

    public string? Location { get; set; }

    public List<InvitationBody>? Invitations { get; set; }
}
