namespace CoSell.Bench;

/// <summary>The requests the workloads send.</summary>
public static class Requests
{
    private static readonly Contact Member = new("Bo", "Ng", "+1 206 555 0101", "bo@fabrikam.example");

    public static CreateReferralRequest Route(string name, IEnumerable<string> invitees) => new()
    {
        Name = name,
        Customer = new CustomerInput("c-bench"),
        Details = new DealDetailsInput(100_000m, "USD", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1)),
        Team = [Member],
        Solutions = ["sol-bench"],
        Invitations = [.. invitees.Select(i => new InvitationRequest
        {
            Invitee = i, DealValue = 10_000m, Currency = "USD", Solutions = ["sol-bench"], HelpType = HelpType.GeneralOrOther,
        })],
    };
}
