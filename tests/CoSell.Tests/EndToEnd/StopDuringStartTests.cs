using CoSell.Testing;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// Issue 11: a silo or gateway host told to stop while it is still starting (Ctrl-C in <c>./run.sh</c> right after
/// launch, SIGTERM from a rolling restart or an autoscaler) exits as a requested stop, status 0. CI saw
/// <c>./run.sh --silos 3</c> report a silo "stopped with status 134": the host's cancelled start surfaced as an
/// unhandled exception and aborted the process.
/// </summary>
public sealed class StopDuringStartTests
{
    [Fact]
    public async Task A_silo_stopped_while_joining_exits_with_status_0()
    {
        // Storage that never answers keeps the silo in its start (membership and reminder tables initialising)
        // for as long as the test needs; the TERM arrives there, every run.
        var dll = RunningSystem.Output("silo", "CoSell.Silo.dll");
        await using var silo = ChildProcess.Start(dll,
        [
            "--contentRoot", Path.GetDirectoryName(dll)!,
            $"--Urls=http://127.0.0.1:{LoopbackPort.Free()}",
            $"--CoSell:Cluster:SiloPort={LoopbackPort.Free()}",
            $"--CoSell:Cluster:GatewayPort={LoopbackPort.Free()}",
            "--CoSell:Cluster:Provider=AzureTable",
            $"--CoSell:Storage:ConnectionString={Azurite.OnPort(LoopbackPort.Free())}",
            "--CoSell:Email:Enabled=false",
        ]);

        await StopWhileStartingAsync(silo, "MembershipOracle starting");
    }

    [Fact]
    public async Task A_gateway_host_stopped_while_looking_for_the_cluster_exits_with_status_0()
    {
        var dll = RunningSystem.Output(Path.Combine("client", "CoSell.Gateway.Host"), "CoSell.Gateway.Host.dll");
        await using var gateway = ChildProcess.Start(dll,
        [
            "--contentRoot", Path.GetDirectoryName(dll)!,
            $"--Urls=http://127.0.0.1:{LoopbackPort.Free()}",
            $"--CoSell:Cluster:GatewayPort={LoopbackPort.Free()}",
        ]);

        await StopWhileStartingAsync(gateway, "Connection attempt to endpoint");
    }

    private static async Task StopWhileStartingAsync(ChildProcess host, string startingMarker)
    {
        await Eventually.Until(() => Task.FromResult(host.Output), o => o.Contains(startingMarker, StringComparison.Ordinal), "the host starting", TimeSpan.FromSeconds(60));
        Assert.False(host.HasExited, host.Output);
        Assert.DoesNotContain("Application started", host.Output);

        await host.SignalAsync("TERM");

        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(60)), $"the host did not stop:\n{host.Output}");
        Assert.True(host.ExitCode == 0, $"exit status {host.ExitCode}:\n{host.Output}");
        Assert.Contains("Stopped while starting", host.Output);
        Assert.DoesNotContain("Unhandled exception", host.Output);
    }
}
