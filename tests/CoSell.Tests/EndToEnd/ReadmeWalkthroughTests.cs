using System.Diagnostics;
using System.Text.RegularExpressions;
using CoSell.Testing;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// The README's curl and CLI walkthrough works as written (issue 3, acceptance 4): the block between the
/// walkthrough markers runs under bash against a running system, with only the address and cluster ids of
/// this test's system swapped in.
/// </summary>
[LongRunning]
public sealed partial class ReadmeWalkthroughTests : IAsyncLifetime
{
    private RunningSystem _system = null!;

    public async Task InitializeAsync() => _system = await RunningSystem.StartAsync();

    public async Task DisposeAsync() => await _system.DisposeAsync();

    [Fact]
    public async Task The_README_walkthrough_runs_as_written()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RunningSystem.RepositoryRoot, "README.md"));
        var block = Walkthrough().Match(readme);
        Assert.True(block.Success, "README.md has no walkthrough block");
        var script = "set -euo pipefail\n" + block.Groups["script"].Value.Replace("http://127.0.0.1:5080", _system.SiloHttp.ToString().TrimEnd('/'), StringComparison.Ordinal)
            + "\necho \"walkthrough-done $ID\"\n";

        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RunningSystem.RepositoryRoot };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment["COSELL_GATEWAY_PORT"] = _system.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["COSELL_CLUSTER_ID"] = _system.ClusterId;
        info.Environment["COSELL_SERVICE_ID"] = _system.ServiceId;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"the walkthrough failed ({process.ExitCode}):\n{output}\n{await stderr}");
        var id = Regex.Match(output, @"walkthrough-done (\S+)").Groups[1].Value;
        Assert.EndsWith("-2345678", id);
        Assert.Contains("Active/Accepted", output);
        Assert.Contains("Microsoft: Engaged", output);
    }

    [GeneratedRegex(@"<!-- walkthrough:begin -->\s*```sh\n(?<script>.*?)```\s*<!-- walkthrough:end -->", RegexOptions.Singleline)]
    private static partial Regex Walkthrough();
}
