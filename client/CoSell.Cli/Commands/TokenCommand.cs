using System.CommandLine;
using CoSell.Cli.Output;
using CoSell.Client.Identity;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell token</c>: mints a development token (HS256, the local key) and prints it alone on stdout.</summary>
public static class TokenCommand
{
    public static Command Build()
    {
        var org = new Option<string>("--org") { Description = "Organization: a partner id or msft.", Required = true };
        var tenant = new Option<string?>("--tenant") { Description = "Tenant id; required for a partner, msft by default for Microsoft's users." };
        var roles = new Option<Role[]>("--role") { Description = "Role, repeatable: PartnerAdmin, ReferralAdmin, ReferralUser, MicrosoftSeller, Operator.", Required = true, AllowMultipleArgumentsPerToken = true };
        var user = new Option<string>("--user") { Description = "User id (the sub claim).", DefaultValueFactory = _ => Environment.UserName };
        var seller = new Option<string?>("--seller") { Description = "Seller id, for a MicrosoftSeller." };
        var service = new Option<string?>("--service") { Description = "A service identity (a connector, no person) by name, in place of --user; its calls show as service:NAME in history." };
        var hours = new Option<double>("--hours") { Description = "Lifetime in hours.", DefaultValueFactory = _ => 12 };
        var command = new Command("token", "Mint a development token for the embedded default.") { org, tenant, roles, user, seller, service, hours };
        command.SetAction(result =>
        {
            var organization = result.GetValue(org)!;
            var tenantId = result.GetValue(tenant) ?? (organization == Organizations.Microsoft ? Organizations.Microsoft : null);
            if (tenantId is null)
            {
                Print.Error("a partner token needs --tenant <id> (one of the partner's tenants)");
                return ExitCodes.Invalid;
            }

            var serviceName = result.GetValue(service);
            if (string.IsNullOrEmpty(serviceName) && result.GetValue(user)!.StartsWith(Actor.ServicePrefix, StringComparison.Ordinal))
            {
                Print.Error("a user id may not start with service: (use --service NAME for a service identity)");
                return ExitCodes.Invalid;
            }

            var actor = string.IsNullOrEmpty(serviceName)
                ? new Actor(organization, tenantId, result.GetValue(user)!, result.GetValue(roles)!, result.GetValue(seller))
                : Actor.Service(organization, tenantId, serviceName, result.GetValue(roles)!, result.GetValue(seller));

            if (actor.Has(Role.MicrosoftSeller) && (!actor.IsMicrosoft || actor.SellerId is null))
            {
                Print.Error("a MicrosoftSeller token needs --org msft and --seller <id>");
                return ExitCodes.Invalid;
            }

            var key = result.GetValue(GlobalOptions.KeyOption) ?? Environment.GetEnvironmentVariable("COSELL_DEV_KEY");
            Console.Out.WriteLine(DevelopmentTokens.Mint(actor, key, TimeSpan.FromHours(result.GetValue(hours))));
            return ExitCodes.Success;
        });
        return command;
    }
}
