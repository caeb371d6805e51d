using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell registration show|submit|review|list</c>: deal registration (R30, R31).</summary>
public static class RegistrationCommands
{
    public static Command Build()
    {
        var showId = new Argument<string>("id");
        var show = new Command("show", "Eligibility (failed criteria named) and the registration of a referral.") { showId };
        show.SetClusterAction(async (r, s, json) => Write(await s.Client.GetRegistration(s.Actor, r.GetValue(showId)!), json));

        var submitId = new Argument<string>("id");
        var type = new Option<ContractType>("--type") { Required = true };
        var value = new Option<decimal>("--value") { Required = true };
        var currency = new Option<string?>("--currency");
        var signed = new Option<DateOnly>("--signed") { Required = true, Description = "Contract signed date, yyyy-MM-dd." };
        var start = new Option<DateOnly>("--start") { Required = true };
        var end = new Option<DateOnly>("--end") { Required = true };
        var tenant = new Option<string>("--customer-tenant") { Required = true };
        var contact = new Option<string>("--contact") { Required = true, Description = "'First|Last|phone|email'." };
        var ifMatch = new Option<string?>("--if-match") { Description = "Only if the referral still has this ETag (R40), as the registration's answer prints it." };
        var submit = new Command("submit", "Submit, or amend and resubmit, the registration of a won deal.") { submitId, type, value, currency, signed, start, end, tenant, contact, ifMatch };
        submit.SetClusterAction(async (r, s, json) =>
        {
            var parts = r.GetValue(contact)!.Split('|');
            if (parts.Length != 4)
            {
                throw CoSellException.InvalidRequest("--contact", "--contact must be 'First|Last|phone|email'.");
            }

            Write(await s.Client.SubmitRegistration(s.Actor, r.GetValue(submitId)!, new RegistrationRequest
            {
                ContractType = r.GetValue(type),
                ContractValue = r.GetValue(value),
                Currency = r.GetValue(currency),
                ContractSignedDate = r.GetValue(signed),
                StartDate = r.GetValue(start),
                EndDate = r.GetValue(end),
                CustomerTenantId = r.GetValue(tenant),
                Contact = new Contact(parts[0], parts[1], parts[2], parts[3]),
            }, r.GetValue(ifMatch)), json);
        });

        var reviewId = new Argument<string>("id");
        var decision = new Option<ReviewDecision>("--decision") { Required = true };
        var comments = new Option<string?>("--comments");
        var review = new Command("review", "Operator: Approve, Reject or RequestInfo.") { reviewId, decision, comments, ifMatch };
        review.SetClusterAction(async (r, s, json) =>
            Write(await s.Client.ReviewRegistration(s.Actor, r.GetValue(reviewId)!, new RegistrationReview(r.GetValue(decision), r.GetValue(comments)), r.GetValue(ifMatch)), json));

        var status = new Option<RegistrationStatus?>("--status");
        var list = new Command("list", "Operator: the registration review queue.") { status };
        list.SetClusterAction(async (r, s, json) =>
        {
            var entries = await s.Client.ListRegistrations(s.Actor, r.GetValue(status));
            if (json) { Print.Json(entries); return; }
            var table = new Table("REFERRAL", "ORGANIZATION", "NAME", "STATUS", "VALUE", "UPDATED");
            foreach (var e in entries) table.Add(e.ReferralId, e.OrganizationId, e.ReferralName, e.Status, $"{e.ContractValue} {e.Currency}", e.UpdatedDateTime);
            table.Write(Console.Out);
        });

        return new Command("registration", "Deal registration of won deals (R30, R31).") { show, submit, review, list };
    }

    private static void Write(RegistrationView view, bool json)
    {
        if (json)
        {
            Print.Json(view);
            return;
        }

        Console.Out.WriteLine(view.Eligibility.Eligible ? "eligible" : $"not eligible: {string.Join(", ", view.Eligibility.FailedCriteria)}");
        if (view.Registration is { } reg)
        {
            Console.Out.WriteLine($"registration {reg.Status}: {reg.ContractType} {reg.ContractValue} {reg.Currency}, {reg.StartDate:yyyy-MM-dd}..{reg.EndDate:yyyy-MM-dd}{(reg.ReviewComments is null ? "" : $" — {reg.ReviewComments}")}");
        }

        if (view.ETag is { } etag)
        {
            Console.Out.WriteLine($"etag {etag}");
        }
    }
}
