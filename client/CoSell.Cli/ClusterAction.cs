using System.CommandLine;
using CoSell.Cli.Output;

namespace CoSell.Cli;

/// <summary>Runs a command against the cluster and turns every failure into a message on stderr and a trustworthy exit code.</summary>
public static class ClusterAction
{
    public static void SetClusterAction(this Command command, Func<ParseResult, Session, bool, Task> action) =>
        command.SetAction(async (result, cancellation) =>
        {
            var options = GlobalOptions.From(result);
            try
            {
                await using var session = await Session.OpenAsync(options, cancellation);
                await action(result, session, options.Json);
                return ExitCodes.Success;
            }
            catch (CoSellException error)
            {
                Print.Error($"{error.Code.ToWireName()} [{error.Target}]: {error.Message}");
                return ExitCodes.Of(error.Code);
            }
            catch (Exception error) when (ClusterFailures.WasBounced(error) || error is TimeoutException
                || error.GetType().Name.Contains("Connection", StringComparison.Ordinal))
            {
                Print.Error($"the cluster is not reachable on 127.0.0.1:{options.GatewayPort} ({error.GetType().Name}): is ./run.sh running?");
                return ExitCodes.Unavailable;
            }
            catch (FileNotFoundException error)
            {
                Print.Error(error.Message);
                return ExitCodes.Invalid;
            }
        });
}
