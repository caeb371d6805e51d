using CoSell.Grains.Domain;
using CoSell.Tests.Support;

namespace CoSell.Tests.Domain;

/// <summary>R37: responsiveness statistics and partner search ranking.</summary>
public sealed class ResponsivenessTests
{
    private static ReferralSummary Inbound(string id, Substatus substatus, TimeSpan after) => new()
    {
        Id = id, EngagementId = id, OrganizationId = "p", TenantId = "t", Name = id, Direction = ReferralDirection.Incoming,
        DealType = DealType.PartnerToPartner, Status = Grains.Domain.ReferralState.StatusOf(substatus), Substatus = substatus,
        SalesStage = SalesStage.Created, CustomerName = "c", DealValue = 1, Currency = "USD",
        CreatedDateTime = DomainFixtures.Now, UpdatedDateTime = DomainFixtures.Now + after, Version = substatus == Substatus.Received ? 1 : 2,
    };

    [Fact]
    public void R37_each_answer_counts_once_with_its_response_time()
    {
        var stats = new Responsiveness();
        Assert.True(stats.Record(Inbound("r1", Substatus.Received, TimeSpan.Zero) , Inbound("r1", Substatus.Accepted, TimeSpan.FromHours(2))));
        Assert.True(stats.Record(null, Inbound("r2", Substatus.Declined, TimeSpan.FromHours(4))));
        Assert.True(stats.Record(null, Inbound("r3", Substatus.Expired, TimeSpan.FromDays(14))));
        Assert.Equal(new ResponsivenessStats(1, 1, 1, TimeSpan.FromHours(3)), stats.ToStats());
    }

    [Fact]
    public void R37_later_changes_and_outbound_referrals_do_not_count()
    {
        var stats = new Responsiveness();
        Assert.False(stats.Record(Inbound("r1", Substatus.Accepted, TimeSpan.FromHours(1)), Inbound("r1", Substatus.Won, TimeSpan.FromDays(3))));
        Assert.False(stats.Record(null, Inbound("r2", Substatus.Received, TimeSpan.Zero)));
        Assert.False(stats.Record(null, Inbound("r3", Substatus.Accepted, TimeSpan.Zero) with { Direction = ReferralDirection.Outgoing }));
        Assert.Equal(ResponsivenessStats.None, stats.ToStats());
    }

    [Fact]
    public void R37_search_ranks_better_matches_first_then_faster_responders()
    {
        PartnerProfile Partner(string id, string name) => new(id, name, "US", [new Tenant("t", true)], false, []);
        var partners = new[] { Partner("1", "Contoso Alpha"), Partner("2", "Contoso Beta"), Partner("3", "Contoso"), Partner("4", "Big Contoso"), Partner("5", "Fabrikam") };
        var stats = new Dictionary<string, ResponsivenessStats>
        {
            ["1"] = new(3, 0, 1, TimeSpan.FromDays(4)),
            ["2"] = new(3, 0, 0, TimeSpan.FromHours(1)),
        };

        var ranked = PartnerSearch.Rank(partners, stats, "contoso").Select(p => p.Id);
        Assert.Equal(["3", "2", "1", "4"], ranked);
        Assert.Equal(["2", "1"], PartnerSearch.Rank(partners, stats, "contoso ").Skip(1).Take(2).Select(p => p.Id));
        Assert.Empty(PartnerSearch.Rank(partners, stats, "northwind"));
    }
}
