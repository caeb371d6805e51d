using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli.Commands;

/// <summary><c>cosell notes ID [--add TEXT]</c>: the engagement's shared notes of a referral, and writing one (issue 16, point 4).</summary>
public static class NoteCommands
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "Referral id (your own referral of the engagement)." };
        var add = new Option<string?>("--add") { Description = "Write this note first; the other parties are told." };
        var command = new Command("notes", "The engagement's shared notes, oldest first; --add writes one.") { id, add };
        command.SetClusterAction(async (r, s, json) =>
        {
            if (r.GetValue(add) is { } text)
            {
                await s.Client.AddNote(s.Actor, r.GetValue(id)!, text);
            }

            var notes = await s.Client.GetNotes(s.Actor, r.GetValue(id)!);
            if (json) { Print.Json(notes); return; }
            var table = new Table("WHEN", "WHO", "NOTE");
            foreach (var n in notes) table.Add(n.At, $"{n.UserId}@{n.OrganizationName}", n.Text);
            table.Write(Console.Out);
        });
        return command;
    }
}
