using CoSell.Grains.Domain;
using CoSell.Testing;

namespace CoSell.Tests.Domain;

/// <summary>R37: responsiveness statistics and partner search ranking.</summary>
public sealed class ResponsivenessTests
{
    [Fact]
    public void R37_each_answer_counts_with_its_response_time()
    {
        var stats = new Responsiveness();
        Assert.True(stats.Count(Substatus.Accepted, TimeSpan.FromHours(2)));
        Assert.True(stats.Count(Substatus.Declined, TimeSpan.FromHours(4)));
        Assert.True(stats.Count(Substatus.Expired, TimeSpan.FromDays(14)));
        Assert.Equal(new ResponsivenessStats(1, 1, 1, TimeSpan.FromHours(3)), stats.ToStats());
    }

    [Fact]
    public void R37_what_is_not_an_answer_does_not_count()
    {
        var stats = new Responsiveness();
        Assert.False(stats.Count(Substatus.Won, TimeSpan.FromDays(3)));
        Assert.False(stats.Count(Substatus.Received, TimeSpan.Zero));
        Assert.False(stats.Count(Substatus.Lost, TimeSpan.Zero));
        Assert.Equal(ResponsivenessStats.None, stats.ToStats());
    }

    [Fact]
    public void R37_figures_reported_late_do_not_replace_newer_ones()
    {
        var stored = new ResponsivenessStats(2, 1, 0, TimeSpan.FromHours(3));
        Assert.True(Responsiveness.Supersedes(stored, null));
        Assert.True(Responsiveness.Supersedes(new ResponsivenessStats(2, 1, 1, TimeSpan.FromHours(3)), stored));
        Assert.False(Responsiveness.Supersedes(new ResponsivenessStats(2, 0, 0, TimeSpan.FromHours(1)), stored));
        Assert.False(Responsiveness.Supersedes(stored, stored));
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

    [Fact]
    public void R37_search_finds_partners_by_their_solutions_as_well_as_names_and_ranks_responders_among_equal_matches()
    {
        PartnerProfile Partner(string id, string name) => new(id, name, "US", [new Tenant("t", true)], false, []);
        var partners = new[] { Partner("1", "Fabrikam"), Partner("2", "Northwind"), Partner("3", "Lakehouse Experts"), Partner("4", "Tailspin") };
        var solutions = new[]
        {
            new Solution("sol-1", "Lakehouse Migrate", "1", SolutionKind.Partner, true),
            new Solution("sol-2", "Azure Lakehouse Kit", "2", SolutionKind.Partner, false),
            new Solution("sol-4", "Tail ETL", "4", SolutionKind.Partner, false),
        }.ToLookup(s => s.PublisherId);
        var stats = new Dictionary<string, ResponsivenessStats> { ["1"] = new(3, 0, 0, TimeSpan.FromDays(3)), ["3"] = new(3, 0, 0, TimeSpan.FromHours(2)) };

        // "lakehouse": partner 3 and partner 1's solution are equally good (a prefix), so the faster responder first;
        // partner 2's solution matches by a word, lower; partner 4 not at all.
        Assert.Equal(["3", "1", "2"], PartnerSearch.Rank(partners, stats, "lakehouse", solutions).Select(p => p.Id));
        Assert.Equal(["1"], PartnerSearch.Rank(partners, stats, "sol-1", solutions).Select(p => p.Id));
        Assert.Equal(["3"], PartnerSearch.Rank(partners, stats, "lakehouse").Select(p => p.Id));
    }
}
