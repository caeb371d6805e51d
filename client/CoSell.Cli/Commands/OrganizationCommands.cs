using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell tenant</c>, <c>cosell stage-mapping</c>, <c>cosell organization</c>: the caller's organization.</summary>
public static class OrganizationCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Tenant();
        yield return StageMapping();
        yield return Organization();
        yield return Insights();
    }

    private static Command Insights()
    {
        var days = new Option<int>("--expiring-within") { DefaultValueFactory = _ => 3, Description = "Days ahead for expiring referrals, 1 to 30." };
        var command = new Command("insights", "Pipeline by stage per currency, win rate, time to respond and what expires soon, as they stand now.") { days };
        command.SetClusterAction(async (r, s, json) =>
        {
            var insights = await s.Client.GetInsights(s.Actor, r.GetValue(days));
            if (json) { Print.Json(insights); return; }
            var table = new Table("STAGE", "CURRENCY", "DEALS", "VALUE");
            foreach (var f in insights.Pipeline) table.Add(f.Stage, f.Currency, f.Count, f.Value);
            table.Write(Console.Out);
            Console.Out.WriteLine($"won {insights.Won}, lost {insights.Lost}, win rate {(insights.WinRatePercent is { } rate ? $"{rate} %" : "n/a")}; " +
                $"answered {insights.Answered}, median {(insights.MedianTimeToRespond is { } m ? $"{m.TotalHours:0.#} h" : "n/a")}");
            foreach (var e in insights.Expiring) Console.Out.WriteLine($"expires {e.ExpirationDateTime:O}: {e.Name} ({e.ReferralId})");
        });
        return command;
    }

    private static Command Organization()
    {
        var command = new Command("organization", "Your organization: tenants you see and how it answers referrals (R2, R37).");
        command.SetClusterAction(async (r, s, json) =>
        {
            var stats = await s.Client.GetResponsiveness(s.Actor);
            var tenants = s.Actor.IsMicrosoft ? [s.Actor.TenantId] : await s.Client.GetVisibleTenants(s.Actor);
            if (json) { Print.Json(new { organizationId = s.Actor.OrganizationId, visibleTenants = tenants, responsiveness = stats }); return; }
            Console.Out.WriteLine($"organization {s.Actor.OrganizationId}, tenants you see: {string.Join(", ", tenants)}");
            Console.Out.WriteLine($"inbound answered: {stats.Accepted} accepted, {stats.Declined} declined, {stats.Expired} expired; " +
                $"mean time to answer: {(stats.AverageResponseTime is { } t ? $"{t.TotalHours:0.#} h" : "n/a")}");
        });
        return command;
    }

    private static Command StageMapping()
    {
        var pairs = new Argument<string[]>("mapping") { Description = "CrmName=StandardStage, e.g. Discovery=Qualified.", Arity = ArgumentArity.OneOrMore };
        var set = new Command("set", "Replace your CRM stage vocabulary (PartnerAdmin, R38).") { pairs };
        set.SetClusterAction(async (r, s, json) =>
        {
            var mappings = new Dictionary<string, SalesStage>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in r.GetValue(pairs)!)
            {
                var parts = pair.Split('=', 2);
                if (parts.Length != 2 || !Enum.TryParse<SalesStage>(parts[1], ignoreCase: true, out var stage) || char.IsAsciiDigit(parts[1].FirstOrDefault()))
                {
                    throw CoSellException.InvalidRequest("mapping", $"'{pair}' is not CrmName=StandardStage.");
                }

                mappings[parts[0]] = stage;
            }

            var saved = await s.Client.SetStageMappings(s.Actor, mappings);
            if (json) Print.Json(saved); else Console.Out.WriteLine($"{saved.Count} CRM stage(s) mapped");
        });

        var show = new Command("show", "Show your CRM stage vocabulary (R38).");
        show.SetClusterAction(async (r, s, json) =>
        {
            var mappings = await s.Client.GetStageMappings(s.Actor);
            if (json) { Print.Json(mappings); return; }
            var table = new Table("CRM STAGE", "STANDARD STAGE");
            foreach (var (name, stage) in mappings.OrderBy(m => m.Value)) table.Add(name, stage);
            table.Write(Console.Out);
        });

        return new Command("stage-mapping", "CRM stage mappings (R38).") { set, show };
    }

    private static Command Tenant()
    {
        var tenant = new Argument<string>("tenant") { Description = "Another tenant of your partner organization." };
        var link = new Command("link", "Link a tenant with yours: users of either see both inboxes (PartnerAdmin, R2).") { tenant };
        link.SetClusterAction(async (r, s, json) =>
        {
            var linked = await s.Client.LinkTenant(s.Actor, r.GetValue(tenant)!);
            if (json) Print.Json(linked); else Console.Out.WriteLine($"linked: {string.Join(", ", linked)}");
        });
        return new Command("tenant", "Tenants of your organization.") { link };
    }
}
