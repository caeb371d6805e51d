using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell tenant</c>, <c>cosell stage-mapping</c>, <c>cosell organization</c>: the caller's organization.</summary>
public static class OrganizationCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Tenant();
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
