using CoSell.Grains.Desks;
using CoSell.Grains.Domain;
using CoSell.Testing;

namespace CoSell.Tests.Domain;

/// <summary>Directory data and ready-made referral states for rule tests, with no cluster.</summary>
public static class DomainFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static readonly Customer Contoso = new("c-100", "Contoso", "123456789", new Address("1 Main St", "Redmond", "WA", "98052", "US"));

    public static readonly Dictionary<string, Solution> Solutions = new()
    {
        ["sol-a"] = new("sol-a", "Fabrikam ETL", Actors.PartnerA, SolutionKind.Partner, true),
        ["sol-b"] = new("sol-b", "Northwind Migrate", Actors.PartnerB, SolutionKind.Partner, false),
        ["sol-msft"] = new("sol-msft", "Azure Synapse", Organizations.Microsoft, SolutionKind.Microsoft, true),
        ["sol-sa"] = new("sol-sa", "Security assessment", Organizations.Microsoft, SolutionKind.SolutionAssessment, false),
        ["sol-sa2"] = new("sol-sa2", "Data assessment", Organizations.Microsoft, SolutionKind.SolutionAssessment, false),
        ["sol-nr"] = new("sol-nr", "Fabrikam Beta", Actors.PartnerA, SolutionKind.Partner, false, CoSellReady: false),
    };

    public static readonly Dictionary<string, PartnerProfile> Partners = new()
    {
        [Actors.PartnerB] = new(Actors.PartnerB, "Northwind", "US",
            [new Tenant(Actors.PrimaryTenant(Actors.PartnerB), true), new Tenant(Actors.SecondTenant(Actors.PartnerB), false)], false, ["admin@b.example"]),
        [Actors.PartnerC] = new(Actors.PartnerC, "Tailspin", "US", [new Tenant(Actors.PrimaryTenant(Actors.PartnerC), true)], false, []),
    };

    public static Actor A => Actors.AdminOf(Actors.PartnerA);

    public static CreationContext Context(bool vetted = false, Customer? customer = null) => new(
        "ref-1", Actors.PartnerA, "Fabrikam", Actors.PrimaryTenant(Actors.PartnerA), null, vetted, "alice",
        customer ?? Contoso, Solutions, Partners, Now);

    public static OutboundReferralDraft Plan(CreateReferralRequest request, bool vetted = false) =>
        ReferralCreation.Plan(request, Context(vetted));

    public static ReferralState Outbound(CreateReferralRequest? request = null, bool vetted = false)
    {
        var state = new ReferralState();
        OutboundReferral.Create(state, Plan(request ?? Requests.Private(), vetted), Now);
        return state;
    }

    /// <summary>An inbound referral Received by partner B from a P2P invitation, deadline 14 days out.</summary>
    public static ReferralState Inbound(string invitee = Actors.PartnerB)
    {
        var source = Outbound(invitee == Organizations.Microsoft ? Requests.CoSell() : Requests.P2P(Requests.PartnerInvitation(invitee)));
        var draft = OutboundReferral.Deliveries(source).Single();
        if (invitee == Organizations.Microsoft)
        {
            draft = draft with { SellerId = Actors.SellerUs, TenantId = Actors.SellerUs };
        }

        var state = new ReferralState();
        InboundResponse.Receive(state, draft, Now.AddDays(14), Now);
        return state;
    }

    public static ReferralState Assessment() => Outbound(Requests.Private() with { Solutions = ["sol-sa"], Location = "US" }, vetted: true);

    /// <summary>A deep copy through the persistent form, to compare before and after a rejected command.</summary>
    public static string Fingerprint(ReferralState state) => System.Text.Json.JsonSerializer.Serialize(state);
}
