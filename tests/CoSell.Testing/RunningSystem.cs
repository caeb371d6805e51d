using System.Net;
using System.Net.Sockets;

namespace CoSell.Testing;

/// <summary>
/// The real system as <c>./run.sh</c> starts it: the silo process with the REST gateway inside, on Azure Table
/// storage in the Azurite that <c>./test.sh</c> started; optionally a second, external gateway process.
/// Everything on loopback, on free ports, with tables of its own.
/// </summary>
public sealed class RunningSystem : IAsyncDisposable
{
    private readonly List<ChildProcess> _processes = [];

    private RunningSystem(string serviceId, string clusterId, int gatewayPort, Uri silo)
    {
        ServiceId = serviceId;
        ClusterId = clusterId;
        GatewayPort = gatewayPort;
        SiloHttp = silo;
    }

    public string ServiceId { get; }

    public string ClusterId { get; }

    /// <summary>The cluster's client gateway port (the grain client's way in).</summary>
    public int GatewayPort { get; }

    /// <summary>The REST gateway inside the silo.</summary>
    public Uri SiloHttp { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string BuildConfiguration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string Output(string projectFolder, string dll) =>
        Path.Combine(RepositoryRoot, projectFolder, "bin", BuildConfiguration, "net10.0", dll);

    public static async Task<RunningSystem> StartAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var http = LoopbackPort.Free();
        var system = new RunningSystem($"cosell-e2e-{suffix}", $"e2e-{suffix}", LoopbackPort.Free(), new Uri($"http://127.0.0.1:{http}"));
        var tables = Azurite.FreshTables();
        var silo = ChildProcess.Start(Output("silo", "CoSell.Silo.dll"),
        [
            "--contentRoot", Path.GetDirectoryName(Output("silo", "CoSell.Silo.dll"))!,
            $"--Urls={system.SiloHttp}",
            $"--CoSell:Cluster:SiloPort={LoopbackPort.Free()}",
            $"--CoSell:Cluster:GatewayPort={system.GatewayPort}",
            $"--CoSell:Cluster:ClusterId={system.ClusterId}",
            $"--CoSell:Cluster:ServiceId={system.ServiceId}",
            "--CoSell:Email:Enabled=false",
            .. tables.Select(kv => $"--{kv.Key}={kv.Value}"),
        ]);
        system._processes.Add(silo);
        await WaitReady(system.SiloHttp, silo);
        return system;
    }

    /// <summary>Start the REST gateway as a separate process, an external client of the cluster.</summary>
    public async Task<Uri> StartExternalGatewayAsync()
    {
        var uri = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var dll = Output(Path.Combine("client", "CoSell.Gateway.Host"), "CoSell.Gateway.Host.dll");
        var gateway = ChildProcess.Start(dll,
        [
            "--contentRoot", Path.GetDirectoryName(dll)!,
            $"--Urls={uri}",
            $"--CoSell:Cluster:GatewayPort={GatewayPort}",
            $"--CoSell:Cluster:ClusterId={ClusterId}",
            $"--CoSell:Cluster:ServiceId={ServiceId}",
        ]);
        _processes.Add(gateway);
        await WaitReady(uri, gateway);
        return uri;
    }

    /// <summary>Run the <c>cosell</c> CLI against this cluster.</summary>
    public Task<(int ExitCode, string StdOut, string StdErr)> Cli(params string[] arguments) =>
        ChildProcess.RunAsync(Output(Path.Combine("client", "CoSell.Cli"), "cosell.dll"),
            [.. arguments, "--gateway-port", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--cluster-id", ClusterId, "--service-id", ServiceId]);

    /// <summary>The built <c>cosell</c> CLI.</summary>
    public static string CliPath => Output(Path.Combine("client", "CoSell.Cli"), "cosell.dll");

    /// <summary>Mint a token with the CLI, as the README shows.</summary>
    public static async Task<string> MintToken(params string[] arguments)
    {
        var (exit, stdout, stderr) = await ChildProcess.RunAsync(Output(Path.Combine("client", "CoSell.Cli"), "cosell.dll"), ["token", .. arguments]);
        Assert.True(exit == 0, $"cosell token failed ({exit}): {stderr}");
        return stdout.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }
    }

    public static Task WaitReadyAsync(Uri baseUri, ChildProcess process) => WaitReady(baseUri, process);

    private static async Task WaitReady(Uri baseUri, ChildProcess process)
    {
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the process exited during start-up:\n{process.Output}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        Assert.Fail($"{baseUri} did not become ready in 90 s:\n{process.Output}");
    }


    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoSell.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CoSell.Orleans.sln not found above the test output folder.");
    }
}
