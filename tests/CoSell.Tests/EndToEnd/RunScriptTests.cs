using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CoSell.Testing;
using Xunit.Abstractions;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// Issue 11, point 1: <c>./run.sh --silos 3</c> itself (the script, not a copy of its logic) keeps serving after one
/// silo is killed, reports the dead silo, and stops everything gracefully on Ctrl-C. It asserts no waiting time, so it
/// runs beside the other tests, on ports and tables of its own.
/// </summary>
[LongRunning]
public sealed partial class RunScriptTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Run_sh_with_three_silos_rides_out_a_killed_silo_and_stops_all_on_ctrl_c()
    {
        Skip.If(RunningSystem.BuildConfiguration != "Release", "run.sh starts the Release build; this run built Debug");
        await using var smtp = await TestSmtpServer.StartAsync(LoopbackPort.Free());
        var http = LoopbackPort.Free();
        var portal = LoopbackPort.Free();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var environment = new Dictionary<string, string>
        {
            ["COSELL_SKIP_BUILD"] = "1",
            ["COSELL_AZURITE_PORT"] = AzuritePort().ToString(CultureInfo.InvariantCulture),
            ["COSELL_SMTP_PORT"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["COSELL_HTTP_PORT"] = http.ToString(CultureInfo.InvariantCulture),
            ["COSELL_PORTAL_PORT"] = portal.ToString(CultureInfo.InvariantCulture),
            ["COSELL_SILO_PORT_BASE"] = (LoopbackPort.FreeRange(4) - 1).ToString(CultureInfo.InvariantCulture),
            ["COSELL_GATEWAY_PORT_BASE"] = (LoopbackPort.FreeRange(4) - 1).ToString(CultureInfo.InvariantCulture),
            ["COSELL_SILO_HTTP_BASE"] = (LoopbackPort.FreeRange(4) - 1).ToString(CultureInfo.InvariantCulture),
            ["CoSell__Cluster__ClusterId"] = $"runsh-{suffix}",
            ["CoSell__Cluster__ServiceId"] = $"runsh-{suffix}",
            ["CoSell__Cluster__MembershipTable"] = $"Members{suffix}",
            ["CoSell__Cluster__FastFailureDetection"] = "true",
            ["CoSell__Storage__GrainStateTable"] = $"State{suffix}",
            ["CoSell__Storage__RemindersTable"] = $"Reminders{suffix}",
            ["CoSell__Storage__DataProtectionTable"] = $"Keys{suffix}",
            ["CoSell__Storage__DataTable"] = $"Data{suffix}",
        };
        await using var script = ChildProcess.StartProgram("bash", [Path.Combine(RunningSystem.RepositoryRoot, "run.sh"), "--silos", "3"], environment, RunningSystem.RepositoryRoot);
        try
        {
            var gateway = new Uri($"http://127.0.0.1:{http}");
            await RunningSystem.WaitReadyAsync(gateway, script);
            var silos = SiloPids().Matches(script.Output).ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            Assert.Equal(3, silos.Count);

            using var op = Client(gateway, Actors.Operator);
            var registered = await op.PutAsync($"/v1/customers/c-{suffix}", Http.Json(new { name = "Contoso", address = new { addressLine1 = "1 Main", city = "Redmond", state = "WA", postalCode = "98052", country = "US" } }));
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

            // The portal runs beside them, a cluster client of its own: its sign-in page reads the cluster's directory.
            using (var browser = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portal}"), Timeout = TimeSpan.FromSeconds(30) })
            {
                await Eventually.Until(() => StatusOf(browser, "/signin"), s => s == HttpStatusCode.OK, "the portal answering", TimeSpan.FromSeconds(60));
            }

            using (var kill = Process.Start("kill", ["-KILL", silos[2].ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await Eventually.Until(() => Task.FromResult(script.Output), o => o.Contains($"silo 2 (pid {silos[2]}) exited", StringComparison.Ordinal), "run.sh reporting the dead silo");
            Assert.False(script.HasExited, $"run.sh stopped when one silo died:\n{script.Output}");

            // The survivors serve: the directory (a single grain, maybe on the dead silo) answers again once the
            // cluster has declared the silo dead.
            var started = Stopwatch.StartNew();
            await Eventually.Until(async () => (await op.GetAsync($"/v1/customers?search=Contoso")).StatusCode, s => s == HttpStatusCode.OK, "the gateway serving after the kill", TimeSpan.FromSeconds(60));
            output.WriteLine($"served again {started.Elapsed.TotalSeconds:0.0} s after run.sh reported the dead silo");
            Assert.Equal(HttpStatusCode.OK, (await op.PutAsync($"/v1/customers/c2-{suffix}", Http.Json(new { name = "Litware", address = new { addressLine1 = "9 Rue", city = "Paris", state = "", postalCode = "75001", country = "FR" } }))).StatusCode);
            Assert.False(script.HasExited);

            // Ctrl-C: everything stops, gracefully (no silo had to be killed), and nothing is left running.
            await script.SignalAsync("INT");
            Assert.True(await script.WaitForExitAsync(TimeSpan.FromSeconds(90)), $"run.sh did not stop on Ctrl-C:\n{script.Output}");
            Assert.DoesNotContain("did not stop within", script.Output);
            Assert.DoesNotContain("FATAL", script.Output);
            foreach (var survivor in new[] { 1, 3 })
            {
                Assert.Contains($"silo {survivor} (pid {silos[survivor]}) stopped with status 0", script.Output);
            }

            Assert.DoesNotContain("the portal exited", script.Output);

            foreach (var pid in silos.Values)
            {
                Assert.False(Alive(pid), $"silo pid {pid} still runs after Ctrl-C");
            }
        }
        finally
        {
            // run.sh's own lines first (what it started, what exited and how), then the tail of everything.
            output.WriteLine(string.Join('\n', script.Output.Split('\n').Where(l => l.StartsWith("[cosell]", StringComparison.Ordinal))));
            output.WriteLine(script.Output[^Math.Min(script.Output.Length, 4000)..]);
        }
    }

    /// <summary>The status a GET answers, or 0 while nothing listens yet (the portal opens its port once it reached the cluster).</summary>
    private static async Task<HttpStatusCode> StatusOf(HttpClient client, string path)
    {
        try
        {
            return (await client.GetAsync(path)).StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static HttpClient Client(Uri gateway, Actor actor)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", CoSell.Client.Identity.DevelopmentTokens.Mint(actor));
        return client;
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int AzuritePort() =>
        int.Parse(TablePort().Match(Azurite.ConnectionString).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"started silo (\d+) of \d+, pid (\d+)")]
    private static partial Regex SiloPids();

    [GeneratedRegex(@"TableEndpoint=http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex TablePort();
}
