using System.CommandLine;
using CoSell.Cli;
using CoSell.Cli.Commands;

// cosell: the command-line front-end. 'token' mints development tokens; every other command talks to the
// cluster through the grain client as the caller the token names.
var root = new RootCommand("CoSell.Orleans command line: co-sell referrals through the grain client.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(TokenCommand.Build());
foreach (var command in DirectoryCommands.Build().Concat(ReferralCommands.Build()).Concat(OrganizationCommands.Build()).Append(RegistrationCommands.Build()).Append(NoteCommands.Build()).Append(CopyCommand.Build()).Concat(NotificationCommands.Build()).Concat(BulkCommands.Build()))
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
