using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell copy ID [--name] [--close] [--team]</c>: a closed referral copied as a new private deal (issue 16, point 6; R26 holds).</summary>
public static class CopyCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "The closed referral (won, lost, declined or expired)." };
        var name = new Option<string?>("--name") { Description = "A new name; the closed deal's otherwise." };
        var close = new Option<DateOnly?>("--close") { Description = "A new estimated close date, yyyy-MM-dd (the old one may have passed)." };
        var team = new Option<string?>("--team") { Description = "A team member 'First|Last|phone|email' when the closed referral had none of yours." };
        var command = new Command("copy", "Copy a closed referral as a new private deal: same customer, details, team, solutions; linked both ways in history.") { id, name, close, team };
        command.SetClusterAction(async (r, s, json) =>
        {
            IReadOnlyList<Contact>? members = r.GetValue(team) is { } text ? [ContactText.Parse(text, "--team")] : null;
            var copy = await s.Client.CopyAsNew(s.Actor, r.GetValue(id)!, new CopyReferralRequest(r.GetValue(name), r.GetValue(close), members));
            Print.Referral(copy, json);
        });
        return command;
    }
}
