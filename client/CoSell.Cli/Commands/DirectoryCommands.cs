using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell partner|customer|solution|seller</c>: register (Operator) and search the directory; assign co-sell requests and name the fallback queue's owners (Operator).</summary>
public static class DirectoryCommands
{
    public static IEnumerable<Command> Build()
    {
        yield return Partner();
        yield return Customer();
        yield return Solution();
        yield return Seller();
    }

    private static Command Partner()
    {
        var id = new Argument<string>("id") { Description = "Partner id (e.g. 1234567)." };
        var name = new Option<string>("--name") { Required = true };
        var country = new Option<string>("--country") { Required = true, Description = "ISO 3166-1 alpha-2." };
        var tenants = new Option<string[]>("--tenant") { Required = true, Description = "Tenant id, repeatable; the first is primary." };
        var vetted = new Option<bool>("--sa-vetted") { Description = "Vetted for solution assessments (R8)." };
        var admins = new Option<string[]>("--admin-email") { Description = "Referral admin e-mail, repeatable." };
        var notReady = new Option<bool>("--not-co-sell-ready") { Description = "Not (yet) co-sell ready (R13); ready otherwise." };
        var register = new Command("register", "Register or update a partner (Operator).") { id, name, country, tenants, vetted, admins, notReady };
        register.SetClusterAction(async (r, s, json) =>
        {
            var profile = await s.Client.RegisterPartner(s.Actor, new PartnerProfile(r.GetValue(id)!, r.GetValue(name)!, r.GetValue(country)!,
                [.. r.GetValue(tenants)!.Select((t, i) => new Tenant(t, i == 0))], r.GetValue(vetted), r.GetValue(admins) ?? [], !r.GetValue(notReady)));
            if (json) Print.Json(profile); else Console.Out.WriteLine($"partner {profile.Id} registered");
        });

        var text = new Argument<string>("text") { Description = "Name or id to look for (at least 3 characters)." };
        var search = new Command("search", "Search ecosystem partners: their public cards.") { text };
        search.SetClusterAction(async (r, s, json) =>
        {
            var found = await s.Client.SearchPartners(r.GetValue(text), 100);
            if (json) { Print.Json(found); return; }
            var table = new Table("ID", "NAME", "COUNTRY", "SOLUTIONS");
            foreach (var p in found.Items) table.Add(p.Id, p.Name, p.Country, string.Join(",", p.Solutions.Select(x => x.Id)));
            table.Write(Console.Out);
        });

        return new Command("partner", "Partners of the co-sell ecosystem.") { register, search };
    }

    private static Command Customer()
    {
        var id = new Argument<string>("id");
        var name = new Option<string>("--name") { Required = true };
        var country = new Option<string>("--country") { Required = true };
        var city = new Option<string>("--city") { DefaultValueFactory = _ => "" };
        var line = new Option<string>("--address") { DefaultValueFactory = _ => "" };
        var state = new Option<string>("--state") { DefaultValueFactory = _ => "" };
        var postal = new Option<string>("--postal-code") { DefaultValueFactory = _ => "" };
        var duns = new Option<string?>("--duns");
        var register = new Command("register", "Register or update a customer (Operator).") { id, name, country, city, line, state, postal, duns };
        register.SetClusterAction(async (r, s, json) =>
        {
            var customer = await s.Client.RegisterCustomer(s.Actor, new CoSell.Customer(r.GetValue(id)!, r.GetValue(name)!, r.GetValue(duns),
                new Address(r.GetValue(line)!, r.GetValue(city)!, r.GetValue(state)!, r.GetValue(postal)!, r.GetValue(country)!)));
            if (json) Print.Json(customer); else Console.Out.WriteLine($"customer {customer.Id} registered");
        });

        var text = new Argument<string?>("name") { Arity = ArgumentArity.ZeroOrOne };
        var byCountry = new Option<string?>("--country");
        var byCity = new Option<string?>("--city");
        var search = new Command("search", "Customer suggestions by name and location (R9).") { text, byCountry, byCity };
        search.SetClusterAction(async (r, s, json) =>
        {
            var found = await s.Client.SearchCustomers(r.GetValue(text), r.GetValue(byCountry), r.GetValue(byCity), 100);
            if (json) { Print.Json(found); return; }
            var table = new Table("ID", "NAME", "CITY", "COUNTRY", "DUNS");
            foreach (var c in found) table.Add(c.Id, c.Name, c.Address.City, c.Address.Country, c.Duns);
            table.Write(Console.Out);
        });

        return new Command("customer", "Customers.") { register, search };
    }

    private static Command Solution()
    {
        var id = new Argument<string>("id");
        var name = new Option<string>("--name") { Required = true };
        var publisher = new Option<string>("--publisher") { Required = true, Description = "Publisher: a partner id or msft." };
        var kind = new Option<SolutionKind>("--kind") { Required = true };
        var eligible = new Option<bool>("--incentive-eligible");
        var notReady = new Option<bool>("--not-co-sell-ready") { Description = "May not go with a request for Microsoft's help (R13); ready otherwise." };
        var register = new Command("register", "Register or update a solution (Operator).") { id, name, publisher, kind, eligible, notReady };
        register.SetClusterAction(async (r, s, json) =>
        {
            var solution = await s.Client.RegisterSolution(s.Actor, new CoSell.Solution(r.GetValue(id)!, r.GetValue(name)!, r.GetValue(publisher)!, r.GetValue(kind), r.GetValue(eligible), !r.GetValue(notReady)));
            if (json) Print.Json(solution); else Console.Out.WriteLine($"solution {solution.Id} registered");
        });

        var byPublisher = new Option<string?>("--publisher");
        var byKind = new Option<SolutionKind?>("--kind");
        var list = new Command("list", "Published solutions.") { byPublisher, byKind };
        list.SetClusterAction(async (r, s, json) =>
        {
            var found = await s.Client.ListSolutions(r.GetValue(byPublisher), r.GetValue(byKind));
            if (json) { Print.Json(found); return; }
            var table = new Table("ID", "NAME", "PUBLISHER", "KIND", "INCENTIVE");
            foreach (var x in found) table.Add(x.Id, x.Name, x.PublisherId, x.Kind, x.IncentiveEligible ? "yes" : "");
            table.Write(Console.Out);
        });

        return new Command("solution", "Solutions.") { register, list };
    }

    private static Command Seller()
    {
        var id = new Argument<string>("id");
        var name = new Option<string>("--name") { Required = true };
        var email = new Option<string>("--email") { Required = true };
        var territory = new Option<string[]>("--territory") { Required = true, Description = "Country code, repeatable (R4)." };
        var register = new Command("register", "Register or update a Microsoft seller (Operator).") { id, name, email, territory };
        register.SetClusterAction(async (r, s, json) =>
        {
            var seller = await s.Client.RegisterSeller(s.Actor, new SellerProfile(r.GetValue(id)!, r.GetValue(name)!, r.GetValue(email)!, r.GetValue(territory)!));
            if (json) Print.Json(seller); else Console.Out.WriteLine($"seller {seller.Id} registered");
        });

        var list = new Command("list", "Registered sellers, their territories and open co-sell requests (Operator).");
        list.SetClusterAction(async (r, s, json) =>
        {
            var sellers = await s.Client.ListSellers(s.Actor);
            if (json) { Print.Json(sellers); return; }
            var table = new Table("ID", "NAME", "EMAIL", "TERRITORY", "OPEN");
            foreach (var x in sellers) table.Add(x.Profile.Id, x.Profile.Name, x.Profile.Email, string.Join(",", x.Profile.Territory), x.OpenRequests);
            table.Write(Console.Out);
        });

        var request = new Argument<string>("referral-id") { Description = "The open co-sell request (its id on Microsoft's side)." };
        var to = new Option<string>("--to") { Required = true, Description = "The seller it goes to." };
        var assign = new Command("assign", "Assign an open co-sell request, in the fallback queue or with a seller, to a seller; its deadline is kept (Operator, R4).") { request, to };
        assign.SetClusterAction(async (r, s, json) =>
        {
            var moved = await s.Client.AssignRequest(s.Actor, r.GetValue(request)!, r.GetValue(to)!);
            if (json) Print.Json(moved); else Console.Out.WriteLine($"request {moved.Id} assigned to {moved.SellerId}; respond by {moved.ExpirationDateTime:u}");
        });

        var colleague = new Option<string>("--colleague") { Required = true, Description = "The registered seller joining Microsoft's side." };
        var onRequest = new Argument<string>("referral-id") { Description = "The co-sell request the signed-in seller works." };
        var team = new Command("add-colleague", "Add a colleague to a co-sell request you work; the partner sees each seller (R22, R28).") { onRequest, colleague };
        team.SetClusterAction(async (r, s, json) =>
        {
            var referral = await s.Client.AddColleague(s.Actor, r.GetValue(onRequest)!, r.GetValue(colleague)!);
            if (json) Print.Json(referral); else Console.Out.WriteLine($"{r.GetValue(colleague)} works {referral.Id} with {referral.SellerId}");
        });

        var joined = new Command("joined", "The co-sell requests you joined as a colleague, latest first; 'referral get' opens one (R22).");
        joined.SetClusterAction(async (r, s, json) =>
        {
            var requests = await s.Client.ListSharedRequests(s.Actor);
            if (json) { Print.Json(requests); return; }
            var table = new Table("ID", "NAME", "HELD BY", "JOINED");
            foreach (var x in requests) table.Add(x.ReferralId, x.Name, x.HeldBy, x.JoinedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            table.Write(Console.Out);
        });

        return new Command("seller", "Microsoft sellers.") { register, list, assign, team, joined, QueueOwners() };
    }

    private static Command QueueOwners()
    {
        var sellers = new Option<string[]>("--seller") { Description = "An owner seller's id, repeatable." };
        var emails = new Option<string[]>("--email") { Description = "An owner's e-mail address (an Operator), repeatable." };
        var command = new Command("queue-owners", "Show, or with --seller/--email set, who is mailed when a request lands in the fallback queue (Operator, R4).") { sellers, emails };
        command.SetClusterAction(async (r, s, json) =>
        {
            var (ids, addresses) = (r.GetValue(sellers) ?? [], r.GetValue(emails) ?? []);
            var owners = ids.Length + addresses.Length == 0
                ? await s.Client.GetQueueOwners(s.Actor)
                : await s.Client.SetQueueOwners(s.Actor, new CoSell.QueueOwners(ids, addresses));
            if (json) { Print.Json(owners); return; }
            Console.Out.WriteLine($"sellers: {string.Join(", ", owners.SellerIds)}");
            Console.Out.WriteLine($"emails: {string.Join(", ", owners.Emails)}");
        });
        return command;
    }
}
