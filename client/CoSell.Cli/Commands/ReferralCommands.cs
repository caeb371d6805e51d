using System.CommandLine;
using System.Text.Json;
using CoSell.Cli.Output;
using CoSell.Rest;

namespace CoSell.Cli.Commands;

/// <summary>The everyday referral commands: create, list, show, accept, decline, stage, close, invite, favorite, history.</summary>
public static class ReferralCommands
{
    private static readonly Option<string?> IfMatch = new("--if-match") { Description = "Only if the referral still has this ETag (R40)." };

    public static IEnumerable<Command> Build()
    {
        yield return Create();
        yield return List();
        yield return Show();
        yield return Accept();
        yield return Decline();
        yield return Stage();
        yield return Close();
        yield return Invite();
        yield return Favorite();
        yield return History();
    }

    private static Argument<string> Id() => new("id") { Description = "Referral id." };

    private static Command Create()
    {
        var file = new Option<FileInfo?>("--file") { Description = "A JSON create body, as POST /v1/referrals takes it." };
        var key = new Option<string?>("--idempotency-key") { Description = "Retrying with the same key creates nothing new (R40)." };
        var name = new Option<string?>("--name");
        var customer = new Option<string?>("--customer") { Description = "Customer id from 'cosell customer search'." };
        var contact = new Option<string?>("--contact") { Description = "Customer contact 'First|Last|phone|email' (required when inviting msft)." };
        var consent = new Option<bool>("--consent") { Description = "The customer consents to share contact details with Microsoft." };
        var value = new Option<decimal?>("--value");
        var currency = new Option<string?>("--currency") { DefaultValueFactory = _ => "USD" };
        var close = new Option<DateOnly?>("--close") { Description = "Estimated close date, yyyy-MM-dd." };
        var team = new Option<string[]>("--team") { Description = "Team member 'First|Last|phone|email', repeatable." };
        var solutions = new Option<string[]>("--solution") { Description = "Solution id, repeatable." };
        var location = new Option<string?>("--location") { Description = "Country (required for solution assessments)." };
        var invite = new Option<string[]>("--invite") { Description = "Invite a partner 'id[:tenant]', repeatable; it gets the deal's value, close date and solutions." };
        var msft = new Option<HelpType?>("--invite-msft") { Description = "Ask Microsoft for this help (co-sell)." };
        var command = new Command("create", "Create an outbound referral (from --file, or from flags).")
            { file, key, name, customer, contact, consent, value, currency, close, team, solutions, location, invite, msft };
        command.SetClusterAction(async (r, s, json) =>
        {
            CreateReferralRequest request;
            if (r.GetValue(file) is { } path)
            {
                var body = ReadJson<CreateReferralBody>(path);
                request = ResourceTranslation.ToRequest(body);
            }
            else
            {
                var dealSolutions = r.GetValue(solutions) ?? [];
                var invitations = (r.GetValue(invite) ?? []).Select(i =>
                {
                    var parts = i.Split(':', 2);
                    return new InvitationRequest
                    {
                        Invitee = parts[0],
                        TenantId = parts.Length > 1 ? parts[1] : null,
                        DealValue = r.GetValue(value),
                        Currency = r.GetValue(currency),
                        Solutions = dealSolutions,
                        HelpType = HelpType.GeneralOrOther,
                    };
                }).ToList();
                if (r.GetValue(msft) is { } help)
                {
                    invitations.Add(new InvitationRequest { Invitee = Organizations.Microsoft, HelpType = help });
                }

                request = new CreateReferralRequest
                {
                    Name = r.GetValue(name),
                    Customer = new CustomerInput(r.GetValue(customer), ParseContact(r.GetValue(contact), "--contact")),
                    Consent = new Consent(r.GetValue(consent)),
                    Details = new DealDetailsInput(r.GetValue(value), r.GetValue(currency), r.GetValue(close)),
                    Team = [.. (r.GetValue(team) ?? []).Select(t => ParseContact(t, "--team")!)],
                    Solutions = dealSolutions,
                    Location = r.GetValue(location),
                    Invitations = invitations,
                };
            }

            var created = await s.Client.CreateReferral(s.Actor, request, r.GetValue(key));
            Print.Referral(created, json);
            foreach (var warning in created.Warnings ?? [])
            {
                // On stderr, so a script reading the referral from stdout is not disturbed (issue 16: a possible duplicate).
                Console.Error.WriteLine($"warning ({warning.Code}): {warning.Message}");
            }
        });
        return command;
    }

    private static Command List()
    {
        var direction = new Option<ReferralDirection?>("--direction") { Description = "Incoming or Outgoing (default both)." };
        var favorites = new Option<bool>("--favorites") { Description = "Only your favorites." };
        var status = new Option<ReferralStatus?>("--status");
        var substatus = new Option<Substatus?>("--substatus");
        var type = new Option<DealType?>("--type");
        var stage = new Option<SalesStage?>("--stage");
        var customer = new Option<string?>("--customer") { Description = "Customer name contains." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Updated since (ISO 8601)." };
        var top = new Option<int>("--top") { DefaultValueFactory = _ => 25 };
        var token = new Option<string?>("--continuation-token");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only the referral ids, one per line (for scripts)." };
        var command = new Command("list", "List the inbound, outbound or favorites view as a table (R32, R33).")
            { direction, favorites, status, substatus, type, stage, customer, since, top, token, quiet };
        command.SetClusterAction(async (r, s, json) =>
        {
            var page = await s.Client.ListReferrals(s.Actor, new ReferralQuery
            {
                Direction = r.GetValue(direction),
                Favorites = r.GetValue(favorites),
                Status = r.GetValue(status),
                Substatus = r.GetValue(substatus),
                DealType = r.GetValue(type),
                SalesStage = r.GetValue(stage),
                CustomerName = r.GetValue(customer),
                UpdatedSince = r.GetValue(since),
                Top = r.GetValue(top),
                ContinuationToken = r.GetValue(token),
            });
            if (r.GetValue(quiet))
            {
                foreach (var item in page.Items)
                {
                    Console.Out.WriteLine(item.Id);
                }

                return;
            }

            Print.Page(page, json);
        });
        return command;
    }

    private static Command Show()
    {
        var id = Id();
        var command = new Command("show", "Show one referral.") { id };
        command.SetClusterAction(async (r, s, json) => Print.Referral(await s.Client.GetReferral(s.Actor, r.GetValue(id)!), json));
        return command;
    }

    private static Command Accept()
    {
        var id = Id();
        var name = new Option<string?>("--name") { Description = "Your own deal name." };
        var command = new Command("accept", "Accept an inbound referral; as a seller, engage (R19, R22).") { id, name, IfMatch };
        command.SetClusterAction(async (r, s, json) =>
            Print.Referral(await s.Client.Accept(s.Actor, r.GetValue(id)!, new AcceptReferralRequest(r.GetValue(name), IfMatch: r.GetValue(IfMatch))), json));
        return command;
    }

    private static Command Decline()
    {
        var id = Id();
        var reason = new Option<DeclineReason>("--reason") { Required = true };
        var notes = new Option<string?>("--notes");
        var command = new Command("decline", "Decline an inbound referral (R20, R22).") { id, reason, notes, IfMatch };
        command.SetClusterAction(async (r, s, json) =>
            Print.Referral(await s.Client.Decline(s.Actor, r.GetValue(id)!, new DeclineReferralRequest(r.GetValue(reason), r.GetValue(notes), r.GetValue(IfMatch))), json));
        return command;
    }

    private static Command Stage()
    {
        var id = Id();
        var stage = new Argument<SalesStage?>("stage") { Description = "Qualified, Developed, Proposed, Negotiating, or an assessment stage.", Arity = ArgumentArity.ZeroOrOne };
        var crm = new Option<string?>("--crm") { Description = "A stage in your CRM's vocabulary instead (R38)." };
        var command = new Command("stage", "Mark the sales stage (R24, R29, R38).") { id, stage, crm, IfMatch };
        command.SetClusterAction(async (r, s, json) =>
        {
            if (r.GetValue(stage) is null && r.GetValue(crm) is null)
            {
                throw CoSellException.InvalidRequest("stage", "Give a stage, or --crm with a CRM stage name.");
            }

            Print.Referral(await s.Client.Update(s.Actor, r.GetValue(id)!,
                new UpdateReferralRequest { SalesStage = r.GetValue(stage), CrmStage = r.GetValue(crm), IfMatch = r.GetValue(IfMatch) }), json);
        });
        return command;
    }

    private static Command Close()
    {
        var id = Id();
        var outcome = new Option<CloseOutcome>("--outcome") { Required = true };
        var reason = new Option<string?>("--reason") { Description = "Required for Lost." };
        var command = new Command("close", "Close as Won or Lost (R25).") { id, outcome, reason, IfMatch };
        command.SetClusterAction(async (r, s, json) =>
            Print.Referral(await s.Client.Close(s.Actor, r.GetValue(id)!, new CloseReferralRequest(r.GetValue(outcome), r.GetValue(reason), r.GetValue(IfMatch))), json));
        return command;
    }

    private static Command Invite()
    {
        var id = Id();
        var file = new Option<FileInfo?>("--file") { Description = "A JSON invitation, as POST /v1/referrals/{id}/invitations takes it." };
        var invitee = new Option<string?>("--invitee") { Description = "A partner id or msft." };
        var tenant = new Option<string?>("--tenant");
        var value = new Option<decimal?>("--value");
        var currency = new Option<string?>("--currency");
        var solutions = new Option<string[]>("--solution");
        var help = new Option<HelpType>("--help-type") { DefaultValueFactory = _ => HelpType.GeneralOrOther };
        var notes = new Option<string?>("--notes");
        var command = new Command("invite", "Invite Microsoft or a partner into a referral you created (R27).")
            { id, file, invitee, tenant, value, currency, solutions, help, notes, IfMatch };
        command.SetClusterAction(async (r, s, json) =>
        {
            var invitation = r.GetValue(file) is { } path
                ? ResourceTranslation.ToRequest(ReadJson<InvitationBody>(path))
                : new InvitationRequest
                {
                    Invitee = r.GetValue(invitee),
                    TenantId = r.GetValue(tenant),
                    DealValue = r.GetValue(value),
                    Currency = r.GetValue(currency),
                    Solutions = r.GetValue(solutions),
                    HelpType = r.GetValue(help),
                    Notes = r.GetValue(notes),
                };
            Print.Referral(await s.Client.Invite(s.Actor, r.GetValue(id)!, invitation, r.GetValue(IfMatch)), json);
        });
        return command;
    }

    private static Command Favorite()
    {
        var id = Id();
        var off = new Option<bool>("--off") { Description = "Unmark instead." };
        var command = new Command("favorite", "Mark (or with --off unmark) a referral as your favorite (R32).") { id, off };
        command.SetClusterAction(async (r, s, json) =>
        {
            await s.Client.SetFavorite(s.Actor, r.GetValue(id)!, !r.GetValue(off));
            Console.Out.WriteLine(r.GetValue(off) ? "unmarked" : "marked");
        });
        return command;
    }

    private static Command History()
    {
        var id = Id();
        var command = new Command("history", "Every change of a referral (R35).") { id };
        command.SetClusterAction(async (r, s, json) =>
        {
            var history = await s.Client.GetHistory(s.Actor, r.GetValue(id)!);
            if (json) { Print.Json(history); return; }
            var table = new Table("WHEN", "WHO", "ACTION", "WHAT", "ETAG");
            foreach (var h in history) table.Add(h.At, $"{h.UserId}@{h.OrganizationId}", h.Action, h.Description, h.Version);
            table.Write(Console.Out);
        });
        return command;
    }

    private static Contact? ParseContact(string? text, string option) => text is null ? null : ContactText.Parse(text, option);

    private static T ReadJson<T>(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"{file.FullName} does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(file.FullName), RestJson.Options)
                ?? throw CoSellException.InvalidRequest("file", $"{file.Name} holds null.");
        }
        catch (JsonException error)
        {
            throw CoSellException.InvalidRequest(error.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "file", $"{file.Name}: {error.Message}");
        }
    }
}
